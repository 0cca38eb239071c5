/** The CLI's unit features: the `units` command, --aliases, the matrix formats, XLSX and GBK CSV. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from './run-cli.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const YANBIAN = join(root, 'fixtures/corpus/yanbian-2022-demo-towns-tasks.txt');
const JILIN = join(root, 'fixtures/corpus/jilin-2022-demo-towns-plan.txt');
const ALIASES = join(root, 'fixtures/units/alias-file-names-what-the-dictionary-lacks/aliases.yaml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-units-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('policy-extract units', () => {
  it('should list each unit once per spelling with its canonical name and role counts (json)', async () => {
    const { code, stdout } = await run(['units', YANBIAN, '-f', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(rows[0]!)).toEqual(['name', 'canonical', 'level', 'function', 'kind', 'lead', 'responsible', 'support']);
    expect(rows.find((row) => row.name === '州住建局')).toMatchObject({ canonical: '州住房和城乡建设局', level: '州', function: '住房和城乡建设', kind: 'department' });
  });

  it('should print a table on the terminal and the same rows as CSV', async () => {
    const text = await run(['units', YANBIAN]);
    expect(text.stdout.split('\n')[0]).toMatch(/^单位 +规范名称 +层级 +职能 +类型 +牵头 +负责 +配合$/);
    expect(text.stdout).toMatch(/^州住建局 +州住房和城乡建设局 +州 +住房和城乡建设 +部门 +0 +\d+ +0$/m);
    const csv = await run(['units', YANBIAN, '-f', 'csv', '--header', 'en', '--no-bom']);
    const records = parse(csv.stdout) as string[][];
    expect(records[0]).toEqual(['name', 'canonical', 'level', 'function', 'kind', 'lead', 'responsible', 'support']);
    expect(records.length - 1).toBe(text.stdout.trimEnd().split('\n').length - 2);
  });

  it('should take the format from the -o extension', async () => {
    const out = join(dir, 'units.json');
    expect((await run(['units', YANBIAN, '-o', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0]).toHaveProperty('canonical');
  });

  it('should read names through an alias file', async () => {
    const { stdout } = await run(['units', YANBIAN, '-f', 'json', '--aliases', ALIASES]);
    const rows = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(rows.find((row) => row.name === '延边供电公司')).toMatchObject({ canonical: '国网延边供电公司', kind: 'enterprise' });
  });

  it('should stop with one line naming the alias file when it is wrong', async () => {
    const missing = await run([YANBIAN, '--aliases', join(dir, 'none.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.errors).toEqual([`policy-extract: ${join(dir, 'none.yaml')}: no such alias file`]);
  });
});

describe('--format matrix', () => {
  it('should write tasks as rows, canonical units as columns, roles in the cells and totals (yanbian)', async () => {
    const { code, stdout } = await run([YANBIAN, '-f', 'matrix', '--no-bom']);
    expect(code).toBe(0);
    const [header = [], ...rows] = parse(stdout) as string[][];
    expect(header.slice(0, 6)).toEqual(['文件', '类别', '任务编号', '序号', '上级标题', '任务']);
    expect(header.at(-1)).toBe('合计');
    const housing = header.indexOf('州住房和城乡建设局');
    expect(housing).toBeGreaterThan(5);
    const first = rows.find((row) => row[2] === '2.1.1')!;
    expect(first[housing]).toBe('负责');
    const totals = rows.at(-1)!;
    expect(totals[5]).toBe('合计');
    // the totals record counts each column's filled cells
    expect(Number(totals[housing])).toBe(rows.slice(0, -1).filter((row) => row[housing] !== '').length);
  });

  it('should keep names as written with --names as-written, and set files side by side with --by file', async () => {
    const written = await run([YANBIAN, '-f', 'matrix', '--names', 'as-written', '--no-bom']);
    expect((parse(written.stdout) as string[][])[0]).toContain('州住建局');
    const byFile = await run([JILIN, YANBIAN, '-f', 'matrix', '--by', 'file', '--no-bom']);
    const header = (parse(byFile.stdout) as string[][])[0]!;
    expect(header).toContain('jilin-2022-demo-towns-plan.txt/省住房和城乡建设厅');
    expect(header).toContain('yanbian-2022-demo-towns-tasks.txt/州住房和城乡建设局');
  });

  it('should tell two files of one name apart by their folders', async () => {
    const { mkdirSync, copyFileSync } = await import('node:fs');
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      copyFileSync(YANBIAN, join(dir, folder, 'plan.txt'));
    }
    const { stdout } = await run([join(dir, 'a/plan.txt'), join(dir, 'b/plan.txt'), '-f', 'matrix', '--by', 'file', '--no-bom']);
    const header = (parse(stdout) as string[][])[0]!;
    expect(header).toContain('a/plan.txt/州住房和城乡建设局');
    expect(header).toContain('b/plan.txt/州住房和城乡建设局');
  });

  it('should write GBK for an Excel that wants it, and refuse a character GBK lacks', async () => {
    const gbk = await run([YANBIAN, '-f', 'matrix', '--csv-encoding', 'gbk']);
    expect(gbk.code).toBe(0);
    expect(iconv.decode(gbk.bytes, 'gbk')).toContain('州住房和城乡建设局');
    const odd = join(dir, 'odd.txt');
    const text = readFileSync(YANBIAN, 'utf8').replace('完善园区基础设施', '完善园区基础设施𠮷');
    (await import('node:fs')).writeFileSync(odd, text);
    const refused = await run([odd, '-f', 'csv', '--csv-encoding', 'gbk', '-o', join(dir, 'out.csv')]);
    expect(refused.code).toBe(2);
    expect(refused.errors[0]).toMatch(/: GBK cannot hold “𠮷” \(U\+20BB7\) in row 3, column 任务标题; “𠮷” \(U\+20BB7\) in row 3, column 任务内容; .*, and \d+ more \(use --csv-encoding gb18030 or utf8\)$/);
    expect(() => readFileSync(join(dir, 'out.csv'))).toThrow();
  });
});

describe('--format md', () => {
  it('should write a Markdown table with the document title', async () => {
    const { stdout } = await run([YANBIAN, '-f', 'md']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('## 延边州开展示范镇建设助推乡村振兴工作任务分工方案');
    expect(lines[2]).toMatch(/^\| 任务 \| 标题 \| 州住房和城乡建设局 \| /);
    expect(lines[3]).toMatch(/^\|---\|---\|:---:\|/);
  });
});

describe('--format xlsx', () => {
  it('should write a workbook with the four sheets that reads back', async () => {
    const out = join(dir, 'matrix.xlsx');
    const { code } = await run([YANBIAN, '-o', out, '-q']);
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['任务', '矩阵', '单位', '问题']);
    const matrix = workbook.getWorksheet('矩阵')!;
    const header = (matrix.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['文件', '类别', '任务编号', '序号', '上级标题', '任务']);
    expect(header).toContain('州住房和城乡建设局');
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const units = workbook.getWorksheet('单位')!;
    expect((units.getRow(1).values as unknown[]).slice(1)).toEqual(['单位', '规范名称', '层级', '职能', '类型', '牵头', '负责', '配合']);
    expect(typeof units.getRow(2).getCell(7).value).toBe('number');
  });

  it('should give the same bytes for the same input', async () => {
    const a = await run([YANBIAN, '-f', 'xlsx']);
    const b = await run([YANBIAN, '-f', 'xlsx']);
    expect(a.bytes.length).toBeGreaterThan(1000);
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('should not write a workbook to a terminal', async () => {
    const { code, errors } = await run([YANBIAN, '-f', 'xlsx'], { isTTY: true });
    expect(code).toBe(2);
    expect(errors[0]).toMatch(/xlsx is a binary format: write it to a file with -o FILE\.xlsx/);
  });
});
