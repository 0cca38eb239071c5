/** `policy-extract diff A B`: the report, the formats, and diff(1)'s exit codes. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const JILIN = join(root, 'fixtures/corpus/jilin-2022-demo-towns-plan.txt');
const YANBIAN = join(root, 'fixtures/corpus/yanbian-2022-demo-towns-tasks.txt');

describe('policy-extract diff', () => {
  it('should report the unit changes of the corpus pair and exit 1', async () => {
    const { code, stdout } = await run(['diff', JILIN, YANBIAN]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ {2}4\.1\.2 ↔ 2\.1\.2 {2}加快产业服务平台建设 {2}0\.721$/m);
    expect(stdout).toMatch(/^ {6}单位 {2}− 省畜牧业管理局（负责）$/m);
    expect(stdout).toMatch(/^ {6}单位 {2}\+ 州生态环境局（负责）$/m);
    expect(stdout).toContain('在全[-省-]{+州+}遴选[-30-]{+8+}个');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('43 对（2 处位置变动，30 处文字改动）· 单位 +4 −2 · 角色变化 0 · 跨层级对应 102 · 仅在 A 2 · 仅在 B 0');
  });

  it('should exit 0 and say so for a plan against itself', async () => {
    const { code, stdout } = await run(['diff', YANBIAN, YANBIAN]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/没有差异\n$/);
  });

  it('should write JSON with pairs, onlyA, onlyB and a summary', async () => {
    const { stdout } = await run(['diff', JILIN, YANBIAN, '-f', 'json']);
    const diff = JSON.parse(stdout) as { pairs: Array<Record<string, unknown>>; onlyA: unknown[]; onlyB: unknown[]; summary: Record<string, unknown> };
    expect(Object.keys(diff.pairs[0]!)).toEqual(['a', 'b', 'similarity', 'relation', 'group', 'moved', 'textChanged', 'textDiff', 'units']);
    expect(Object.keys(diff.pairs[0]!.units as object)).toEqual(['added', 'removed', 'roleChanged', 'equivalent']);
    expect(diff.summary).toMatchObject({ unitsAdded: 4, unitsRemoved: 2, onlyA: 2, onlyB: 0 });
  });

  it('should write CSV and Markdown rows', async () => {
    const csv = await run(['diff', JILIN, YANBIAN, '-f', 'csv', '--no-bom']);
    expect(csv.stdout.split('\r\n')[0]).toBe('类别,A 编号,A 序号,A 内容,B 编号,B 序号,B 内容,相似度,对应关系,位置变动,文字改动,新增单位,删除单位,角色变化,跨层级对应');
    const md = await run(['diff', JILIN, YANBIAN, '-f', 'md']);
    expect(md.stdout).toContain('| 4.1.2 | 2.1.2 | 0.721 |');
  });

  it('should write the side-by-side HTML page for -o FILE.html', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'policy-extract-diff-')), 'diff.html');
    try {
      expect((await run(['diff', JILIN, YANBIAN, '-o', out])).code).toBe(1);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<input type="checkbox" id="changes-only">');
      expect((await run(['diff', JILIN, YANBIAN, '-f', 'html'])).stdout).toBe(html);
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
  });

  it('should exit 2 when a plan cannot be read, or the threshold is no similarity', async () => {
    const missing = await run(['diff', JILIN, join(root, 'no-such.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.errors[0]).toMatch(/no-such\.txt: no such file/);
    expect((await run(['diff', JILIN, YANBIAN, '--threshold', '2'])).code).toBe(2);
    expect((await run(['diff', JILIN])).code).toBe(2);
  });
});
