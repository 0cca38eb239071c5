/**
 * The installed command runs from one esbuild bundle (dist/cli-bundle): a module the bundle cannot
 * see (a path computed at run time) is missing from it, which in-process CLI tests cannot show.
 * Each input format is read here through bin/policy-extract.js, as a user runs it, from the code cache
 * the build wrote (bin/cli-script.js).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../bin/policy-extract.js', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;

const INPUTS: ReadonlyArray<readonly [string, string]> = [
  ['text', 'fixtures/corpus/yanbian-2022-demo-towns-tasks.txt'],
  ['html', 'fixtures/html/appendix-table-with-rowspan-becomes-a-grid/input.html'],
  ['docx', 'fixtures/docx/automatic-numbering-and-a-table/input.docx'],
  ['pdf', 'fixtures/converted/pdf/jilin-2022-county-towns-37-measures.pdf'],
  ['doc', 'fixtures/converted/doc/jilin-2022-county-towns-37-measures.doc'],
  ['xlsx', 'fixtures/converted/xlsx/jilin-2022-demo-towns-plan.xlsx'],
  ['csv', 'fixtures/converted/csv/jilin-2022-demo-towns-plan.csv'],
];

describe('the bundled command', () => {
  it.each(INPUTS)('should read a %s input', (format, path) => {
    const child = spawnSync(process.execPath, [BIN, path, '-f', 'json', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.status).toBeLessThanOrEqual(1);
    const document = JSON.parse(child.stdout) as { source: { format: string }; tasks: unknown[]; tables: Array<{ rows: unknown[] }> };
    expect(document.source.format).toBe(format);
    expect(document.tasks.length + document.tables.reduce((rows, table) => rows + table.rows.length, 0)).toBeGreaterThan(0);
  });

  it('should run the bundle from the code cache the build wrote, V8 taking it', () => {
    const child = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('./bin/cli-script.js').loadCli().script.cachedDataRejected))"], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('false');
  });

  it('should load the YAML package from its own bundle and code cache, V8 taking it', () => {
    const script = [
      "const { requirePackage, scripts } = require('./bin/cli-script.js');",
      "const { stringify } = requirePackage('yaml');",
      "process.stdout.write(JSON.stringify([stringify({ a: 1 }), [...scripts].map(([file, script]) => [file.split('/').pop(), script.cachedDataRejected])]));",
    ].join('\n');
    const child = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual(["a: 1\n", [['yaml.cjs', false]]]);
  });

  it('should write YAML through the bundled command', () => {
    const child = spawnSync(process.execPath, [BIN, 'fixtures/corpus/yanan-2025-town-functions.txt', '-f', 'yaml', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toMatch(/^source:\n {2}path: fixtures\/corpus\/yanan-2025-town-functions.txt\n/);
  });

  it('should read an HTML page from standard input', () => {
    const child = spawnSync(process.execPath, [BIN, '-', '-f', 'json', '--quiet'], { cwd: ROOT, encoding: 'utf8', input: '<html><body><p>一、重点任务</p><p>1.推进工作。(责任单位:州住建局)</p></body></html>' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toMatchObject({ source: { format: 'html' }, tasks: [{ units: [{ name: '州住建局' }] }] });
  });
});
