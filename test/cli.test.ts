/** runCli with fake streams: what reaches stdout and stderr, and the exit code, for each part of the CLI contract. */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCfb, makeCustomProperties } from './readers/make-cfb.js';
import { run } from './run-cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const YANAN = join(root, 'fixtures/corpus/yanan-2025-town-functions.txt');
const JILIN = join(root, 'fixtures/corpus/jilin-2022-county-towns-37-measures.txt');
const VERSION = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[\d+(;\d+)*m/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A file in the temporary folder. */
function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('output', () => {
  it('should list the title and the units of a plan as text', async () => {
    const { code, stdout, stderr } = await run([YANAN]);
    expect(code).toBe(0);
    expect(stdout).toContain('2025年镇区强功能工作方案');
    expect(stdout).toMatch(/^ +负责 +市住建局 · 各县\(市、区\)政府$/m);
    expect(stdout).not.toMatch(ANSI);
    expect(stderr).toBe('');
  });

  it('should print the model as JSON with -f json', async () => {
    const { code, stdout } = await run([YANAN, '-f', 'json']);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { tasks: unknown[]; meta: { title: string } };
    expect(document.tasks).toHaveLength(17);
    expect(document.meta.title).toBe('2025年镇区强功能工作方案');
  });

  it('should print --version and -V and exit 0', async () => {
    for (const flag of ['--version', '-V']) {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`${VERSION}\n`);
      expect(stderr).toBe('');
    }
  });

  it('should print --help on stdout and exit 0', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('--format <format>');
  });
});

describe('-o', () => {
  it('should write a CSV with BOM and CRLF, atomically, leaving no temporary file', async () => {
    const out = join(dir, 'out.csv');
    const { code, stdout, errors } = await run([YANAN, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(errors).toEqual([`policy-extract: wrote ${out} (csv, 17 tasks)`]);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1, text.indexOf('\r\n'))).toBe('文件,类别,任务编号,序号,上级标题,任务标题,任务内容,责任单位,角色,规范名称,层级,职能,单位类型,完成时限,责任表述');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('should drop the BOM with --no-bom and replace an existing file', async () => {
    const out = temp('out.csv', 'old');
    expect((await run([YANAN, '-o', out, '--no-bom', '--header', 'en'])).code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes[0]).toBe(0x66);
    expect(bytes.toString('utf8')).toMatch(/^file,kind,task_id,path,[^\n]*\r\n/);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('should infer the format from the extension', async () => {
    const out = join(dir, 'out.yml');
    expect((await run([YANAN, '-o', out, '-q'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^source:\n {2}path: /);
  });

  it('should refuse to write over the input file: exit 2, one line, input unchanged', async () => {
    const input = temp('通知.txt', readFileSync(YANAN));
    const { code, stdout, errors } = await run([input, '-o', input]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^policy-extract: .*通知\.txt: refusing to write over the input file/);
    expect(readFileSync(input)).toEqual(readFileSync(YANAN));
    expect(readdirSync(dir)).toEqual(['通知.txt']);
  });

  it('should refuse to write over the input file through a symbolic link', async () => {
    const input = temp('通知.txt', readFileSync(YANAN));
    const link = join(dir, 'link.csv');
    symlinkSync(input, link);
    const { code, errors } = await run([input, '-o', link]);
    expect(code).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('refusing to write over the input file');
    expect(readFileSync(input)).toEqual(readFileSync(YANAN));
    expect(readdirSync(dir).sort()).toEqual(['link.csv', '通知.txt']);
  });

  it('should refuse an extension no writer knows instead of writing a text listing under it', async () => {
    const out = join(dir, 'matrix.pdf');
    const { code, errors } = await run([YANAN, '-o', out]);
    expect(code).toBe(2);
    expect(errors).toEqual([`policy-extract: ${out}: cannot tell the output format from ".pdf" (use -f text|json|yaml|csv|matrix|md|xlsx|html)`]);
    expect(readdirSync(dir)).toEqual([]);
    expect((await run([YANAN, '-o', out, '-f', 'json', '-q'])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('tasks');
  });

  it('should write an HTML report for -o report.html, and to standard output with -f html', async () => {
    const out = join(dir, 'report.html');
    const { code, errors } = await run([YANAN, '-o', out]);
    expect(code).toBe(0);
    expect(errors).toEqual([`policy-extract: wrote ${out} (html, 17 tasks)`]);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<h1>2025年镇区强功能工作方案</h1>');
    expect((await run([YANAN, '-f', 'html'])).stdout).toBe(html);
  });

  it('should write text to an output without an extension', async () => {
    const out = join(dir, 'matrix');
    expect((await run([YANAN, '-o', out, '-q'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^2025年镇区强功能工作方案\n/);
  });

  it('should leave no temporary file when the rename fails', async () => {
    mkdirSync(join(dir, 'out.csv'));
    const { code, errors } = await run([YANAN, '-o', join(dir, 'out.csv')]);
    expect(code).toBe(2);
    expect(errors).toEqual([`policy-extract: ${join(dir, 'out.csv')}: cannot write: is a directory`]);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });

  it('should report a missing output folder in one line', async () => {
    const { code, errors } = await run([YANAN, '-o', join(dir, 'no', 'out.csv')]);
    expect(code).toBe(2);
    expect(errors).toEqual([`policy-extract: ${join(dir, 'no', 'out.csv')}: cannot write: no such folder`]);
  });
});

describe('unreadable inputs', () => {
  it('should say "no such file" for a missing file', async () => {
    const missing = join(dir, '通知.txt');
    const { code, stdout, errors } = await run([missing]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errors).toEqual([`policy-extract: ${missing}: no such file`]);
  });

  it('should reject a directory', async () => {
    const { code, errors } = await run([dir]);
    expect(code).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^policy-extract: ${dir}: is a directory`));
  });

  it('should reject an empty file', async () => {
    const empty = temp('empty.txt', '');
    const { code, errors } = await run([empty]);
    expect(code).toBe(2);
    expect(errors).toEqual([`policy-extract: ${empty}: file is empty`]);
  });

  it('should say in one line what is wrong with a PDF it cannot read: damaged, a password, a scan', async () => {
    const damaged = temp('plan.txt', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n');
    const special = (name: string): string => join(root, 'fixtures/converted/special', name);
    const { code, stdout, errors } = await run([damaged, special('password.pdf'), special('scan.pdf'), special('fonts-without-unicode.pdf')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errors.map((line) => line.replace(root, '').replace(/ \((?:[^()]|\([^()]*\))*\)$/, ' (…)'))).toEqual([
      `policy-extract: ${damaged}: is a damaged PDF (…)`,
      'policy-extract: fixtures/converted/special/password.pdf: is an encrypted PDF that needs a password to open: remove it first (…)',
      'policy-extract: fixtures/converted/special/scan.pdf: is a PDF without a text layer (a scan?): run OCR on it first (…)',
      'policy-extract: fixtures/converted/special/fonts-without-unicode.pdf: is a PDF whose fonts map to no Unicode (its text comes out as glyph numbers, private-use or replacement characters): print it to PDF again, or run OCR on it',
    ]);
  });

  it('should refuse the formats it does not read in one line naming the format and the conversion, exit 2', async () => {
    const xls = temp('分工表.xls', makeCfb(['Workbook']));
    const wps = temp('通知.wps', makeCfb(['WpsCustomData']));
    // a WPS 表格 workbook sent on as 附件.txt: known by the build WPS writes into its properties
    const et = temp('附件.txt', makeCfb(['Workbook', { name: '\u0005DocumentSummaryInformation', data: makeCustomProperties({ KSOProductBuildVer: '2052-11.1.0.10132' }) }]));
    const { code, stdout, errors } = await run([xls, wps, et, YANAN, '-f', 'json']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { tasks: unknown[] }).tasks).toHaveLength(17);
    expect(errors).toEqual([
      `policy-extract: ${xls}: is an Excel 97–2003 workbook (.xls), which is not read: convert it to .xlsx first (soffice --headless --convert-to xlsx FILE.xls)`,
      `policy-extract: ${wps}: is a WPS text document (.wps), which is not read: save it as .docx in WPS, or convert it (soffice --headless --convert-to docx FILE.wps)`,
      `policy-extract: ${et}: is a WPS spreadsheet (.et), which is not read: save it as .xlsx in WPS, or convert it (soffice --headless --convert-to xlsx FILE.et)`,
    ]);
  });

  it('should read a .doc, a workbook and a CSV by their content, whatever their names, and a .wps WPS saved as a Word document', async () => {
    const doc = temp('附件.txt', readFileSync(join(root, 'fixtures/converted/doc/yanan-2025-town-functions.doc')));
    const xlsx = temp('附件2', readFileSync(join(root, 'fixtures/converted/xlsx/yanbian-2022-demo-towns-tasks.xlsx')));
    const wps = temp('通知.wps', readFileSync(join(root, 'fixtures/converted/doc/shuangying-2022-rural-construction.doc')));
    const { code, stdout } = await run([doc, xlsx, join(root, 'fixtures/converted/csv/yanbian-2022-demo-towns-tasks.csv'), wps, '-f', 'json']);
    expect(code).toBe(0);
    const documents = JSON.parse(stdout) as Array<{ source: { format: string }; tasks: unknown[]; tables: Array<{ rows: unknown[] }> }>;
    expect(documents.map((document) => [document.source.format, document.tasks.length, document.tables.map((table) => table.rows.length)])).toEqual([['doc', 17, []], ['xlsx', 0, [15]], ['csv', 0, [15]], ['doc', 21, []]]);
  });

  it('should still print the good file when another is missing, and exit 2', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, stdout, errors } = await run([missing, YANAN, '-f', 'json']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as { tasks: unknown[] }).tasks).toHaveLength(17);
    expect(errors).toEqual([`policy-extract: ${missing}: no such file`]);
  });

  it('should print no stack trace unless --debug', async () => {
    const missing = join(dir, 'missing.txt');
    expect((await run([missing])).stderr).not.toMatch(/\n\s+at /);
    const debug = await run([missing, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.errors[0]).toBe(`policy-extract: ${missing}: no such file`);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('standard input', () => {
  it('should read GBK bytes from - and report gb18030', async () => {
    const text = readFileSync(YANAN, 'utf8');
    const { code, stdout } = await run(['-', '-f', 'json'], { stdin: [iconv.encode(text, 'gbk')] });
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { source: { path: string; encoding: string }; tasks: unknown[] };
    expect(document.source).toMatchObject({ path: '-', encoding: 'gb18030' });
    expect(document.tasks).toHaveLength(17);
  });

  it('should reject empty standard input', async () => {
    const { code, errors } = await run(['-'], { stdin: [] });
    expect(code).toBe(2);
    expect(errors).toEqual(['policy-extract: -: file is empty']);
  });
});

describe('exit codes for findings', () => {
  it('should exit 0 on warnings, and 1 with --strict', async () => {
    const lenient = await run([JILIN, '-f', 'json']);
    expect(lenient.code).toBe(0);
    expect(lenient.errors.some((line) => /:168: warning: .*\[unclosed-note\]$/.test(line))).toBe(true);
    const strict = await run([JILIN, '-f', 'json', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(lenient.stdout);
  });

  it('should print 50 warnings of one code and count the rest, while the JSON keeps them all', async () => {
    const markers = temp('markers.txt', `2025年工作方案\n一、重点任务\n${'1.\n(1)\n①\n'.repeat(200)}`);
    const { code, stdout, errors } = await run([markers, '-f', 'json']);
    expect(code).toBe(0);
    expect(errors.filter((line) => line.endsWith('[empty-task]'))).toHaveLength(51);
    expect(errors).toContain(`${markers}: warning: 另有 150 条同类未列出（JSON 输出列出全部） [empty-task]`);
    const json = JSON.parse(stdout) as { diagnostics: Array<{ code: string }> };
    expect(json.diagnostics.filter((d) => d.code === 'empty-task')).toHaveLength(200);
  });

  it('should keep -q quiet about warnings but not change the exit code', async () => {
    const { code, stderr } = await run([JILIN, '-f', 'json', '--strict', '-q']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
  });

  it('should exit 1 on an undecodable byte in a long UTF-8 text (a diagnostic, not fatal)', async () => {
    const bytes = readFileSync(YANAN);
    const offset = bytes.indexOf('总体要求');
    const patched = Buffer.concat([bytes.subarray(0, offset), Buffer.from([0xff]), bytes.subarray(offset)]);
    const { code, stdout, errors } = await run([temp('patched.txt', patched), '-f', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { tasks: unknown[] }).tasks).toHaveLength(17);
    expect(errors.some((line) => /: error: invalid byte 0xFF at offset \d+.*\[undecodable-bytes\]$/.test(line))).toBe(true);
  });
});

describe('--color', () => {
  it('should color with --color always, even into a pipe', async () => {
    expect((await run([YANAN, '--color', 'always'])).stdout).toMatch(ANSI);
  });

  it('should not color with auto when stdout is not a terminal', async () => {
    expect((await run([YANAN, '--color', 'auto'])).stdout).not.toMatch(ANSI);
  });

  it('should color with auto on a terminal', async () => {
    expect((await run([YANAN], { isTTY: true })).stdout).toMatch(ANSI);
  });

  it('should not color with NO_COLOR set, even on a terminal', async () => {
    expect((await run([YANAN], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('should color when NO_COLOR is set but empty', async () => {
    expect((await run([YANAN], { isTTY: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  it('should never color a file written with -o', async () => {
    const out = join(dir, 'out.txt');
    expect((await run([YANAN, '-o', out, '--color', 'always'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(ANSI);
  });
});

describe('usage errors', () => {
  it('should exit 2 with a hint on an unknown option', async () => {
    const { code, stdout, errors } = await run([YANAN, '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errors).toEqual(["policy-extract: unknown option '--bogus'", '(run policy-extract --help for usage)']);
  });

  it('should exit 2 with a hint on a bad --format value', async () => {
    const { code, stdout, errors } = await run([YANAN, '-f', 'pdf']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(errors[0]).toMatch(/^policy-extract: .*'pdf' is invalid\. Allowed choices are text, json, yaml, csv, matrix, md, xlsx, html\.$/);
    expect(errors[1]).toContain('--help');
  });

  it('should exit 2 without any file', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain('--help');
  });

  it('should exit 2 on an unknown --encoding label', async () => {
    const { code, errors } = await run([YANAN, '--encoding', 'klingon']);
    expect(code).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('unknown encoding "klingon"');
  });
});

describe('the real process', () => {
  const bin = join(root, 'bin/policy-extract.js');
  const built = existsSync(join(root, 'dist/cli/main.js'));

  it.runIf(built)('should end quietly with exit 0 when the reader closes the pipe early (| head -c 100)', async () => {
    // Ten copies make about 1 MB of JSON, far past what the pipe buffers, so the write meets the closed pipe.
    const child = spawn(process.execPath, [bin, ...Array<string>(10).fill(JILIN), '-f', 'json'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received >= 100) child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
    expect(received).toBeGreaterThanOrEqual(100);
    expect(stderr).not.toMatch(/Error|EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});

describe('input formats', () => {
  it('should read a Word .docx and an HTML page by their content, whatever their names', async () => {
    const docx = await run(['fixtures/docx/automatic-numbering-and-a-table/input.docx', '-f', 'json', '-q']);
    expect(docx.code).toBe(0);
    expect(JSON.parse(docx.stdout).source.format).toBe('docx');
    const page = temp('通知.txt', '<!DOCTYPE html><html><body><div class="TRS_Editor"><p>一、重点任务</p><p>（一）推进农村厕所革命。（县农业农村局负责）</p></div></body></html>');
    const html = JSON.parse((await run([page, '-f', 'json', '-q'])).stdout);
    expect(html.source.format).toBe('html');
    expect(html.tasks[0].units.map((u: { name: string }) => u.name)).toEqual(['县农业农村局']);
  });

  it('should read as --input-format says', async () => {
    const page = temp('page.html', '<p>一、重点任务</p>\n<p>（一）推进农村厕所革命。（县农业农村局负责）</p>');
    const asText = JSON.parse((await run([page, '-f', 'json', '-q', '--input-format', 'text'])).stdout);
    expect(asText.source.format).toBe('text');
    const bad = await run([page, '--input-format', 'pdf']);
    expect(bad.code).toBe(2);
  });
});
