// The PDF reader on PDFs made by Chromium and qpdf (fixtures/converted): CID fonts, locations on the page, and the one-line errors.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../error-of.js';
import { extractAsync } from '../../src/extract.js';
import { readPdf } from '../../src/readers/pdf.js';
import { plainStyle, writeText } from '../../src/writers/text.js';

const fixture = (path: string): Uint8Array => readFileSync(new URL(`../../fixtures/converted/${path}`, import.meta.url));

describe('readPdf', () => {
  // the legacy build's core-js replaced them with JavaScript: a batch worker ran at half speed after one PDF
  it("should leave Node's JSON, Array.prototype.push and Function.prototype.toString as they were", async () => {
    const before = [JSON.parse, JSON.stringify, Array.prototype.push, Function.prototype.toString];
    await readPdf(fixture('pdf/yanan-2025-town-functions.pdf'), { path: 'yanan.pdf' });
    expect([JSON.parse, JSON.stringify, Array.prototype.push, Function.prototype.toString]).toEqual(before);
    expect(Function.prototype.toString.call(JSON.stringify)).toContain('[native code]');
  });

  it('should read a PDF in CID fonts (Identity-H), page by page, a finding placed on its page', async () => {
    const bytes = fixture('pdf/jilin-2022-county-towns-37-measures.pdf');
    expect(Buffer.from(bytes).includes('/CIDFontType2')).toBe(true);
    const document = await extractAsync(bytes, { path: '37.pdf' });
    expect(document.source.format).toBe('pdf');
    expect(document.tasks).toHaveLength(96);
    expect(document.diagnostics.filter((d) => d.code === 'unclosed-note').map((d) => d.location)).toEqual(['p.9:18', 'p.18:12']);
  });

  it('should place each task and table row on its page, as the listing shows it', async () => {
    const document = await extractAsync(fixture('pdf/yanbian-2022-demo-towns-tasks.pdf'), { path: 'yanbian.pdf' });
    expect(document.tasks.find((task) => task.id === '2.1.1')).toMatchObject({ location: 'p.2:7' });
    expect(document.tables[0]!.rows.every((row) => /^p\.\d+:\d+$/.test(row.location ?? ''))).toBe(true);
    expect(writeText([document], { style: plainStyle })).toMatch(/2\.1\.1 +1\. 完善园区基础设施 +p\.2:7\n/);
  });

  it('should drop the running header and the page numbers', async () => {
    const read = await readPdf(fixture('pdf/yanan-2025-town-functions.pdf'), { path: 'yanan.pdf' });
    expect(read.lines.some((line) => /政府信息公开|— \d+ —/.test(line.text))).toBe(false);
    expect(read.pages!.map((page) => page.label)).toEqual(['p.1', 'p.2', 'p.3', 'p.4', 'p.5']);
  });

  it('should fold the radicals a Type 3 font gives for ideographs (人 as ⼈), and keep what no rule can fold (户 as 戶)', async () => {
    const read = await readPdf(fixture('pdf-type3/yanan-2025-town-functions.opening.pdf'), { path: 'opening.pdf' });
    const text = read.lines.map((line) => line.text).join('\n');
    expect(text).toContain('各县(市、区)人民政府');
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/);
  });

  it('should read a table drawn with rules across pages as one grid, its repeated header dropped', async () => {
    const read = await readPdf(fixture('pdf-table/jilin-2022-demo-towns-plan.pdf'), { path: 'table.pdf' });
    expect(read.tables).toHaveLength(1);
    const rows = read.tables[0]!.rows.map((row) => row.map((cell) => cell.text));
    expect(rows[0]).toEqual(['序号', '重点工作', '责任部门']);
    expect(rows.filter((row) => row[0] === '序号')).toHaveLength(1);
    expect(rows.filter((row) => /^\d+$/.test(row[0]!)).map((row) => row[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('should read a PDF whose password only restricts printing', async () => {
    const document = await extractAsync(fixture('special/permissions-only.pdf'), { path: 'p.pdf' });
    expect(document.tasks.map((task) => [task.path.join(''), task.units.map((unit) => unit.name)])).toEqual([['一、(一)', ['市住建局', '各县(市、区)政府', '市自然资源局']]]);
  });

  it('should say in one line that a PDF needs a password, has no text layer, or has fonts that map to no Unicode', async () => {
    expect(await errorOf(() => readPdf(fixture('special/password.pdf'), { path: 'p.pdf' }))).toMatchObject({ code: 'E_ENCRYPTED', message: expect.stringMatching(/^is an encrypted PDF that needs a password/) });
    expect(await errorOf(() => readPdf(fixture('special/scan.pdf'), { path: 'p.pdf' }))).toMatchObject({ code: 'E_NO_TEXT', message: expect.stringMatching(/^is a PDF without a text layer \(a scan\?\)/) });
    expect(await errorOf(() => readPdf(fixture('special/fonts-without-unicode.pdf'), { path: 'p.pdf' }))).toMatchObject({ code: 'E_NO_TEXT', message: expect.stringMatching(/^is a PDF whose fonts map to no Unicode/) });
  });

  it('should refuse more pages or more text than the limits, and damaged bytes', async () => {
    const bytes = fixture('pdf/yanan-2025-town-functions.pdf');
    expect(await errorOf(() => readPdf(bytes, { path: 'p.pdf', limits: { pages: 3, unpackedBytes: 1e8, cells: 1e6 } }))).toEqual({ code: 'E_TOO_LARGE', message: 'has 5 pages, over the limit of 3' });
    expect((await errorOf(() => readPdf(bytes, { path: 'p.pdf', limits: { pages: 10, unpackedBytes: 2000, cells: 1e6 } }))).code).toBe('E_TOO_LARGE');
    expect((await errorOf(() => readPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<'), { path: 'p.pdf' }))).code).toBe('E_BINARY');
  });

  // pdfjs inflates a page's content stream whole: a bomb must be stopped before it is opened
  it('should refuse a PDF whose compressed streams inflate past the unpacked limit, before pdfjs reads it', async () => {
    const bomb = deflateSync(Buffer.alloc(5_000_000, 0x20));
    const bytes = Buffer.concat([
      Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
        `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n4 0 obj << /Length ${bomb.length} /Filter /FlateDecode >> stream\r\n`, 'latin1'),
      bomb,
      Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
    ]);
    expect(await errorOf(() => readPdf(bytes, { path: 'bomb.pdf', limits: { pages: 10, unpackedBytes: 1_000_000, cells: 1e6 } }))).toEqual({ code: 'E_TOO_LARGE', message: 'its compressed streams inflate past 1 MB' });
    // under a limit it passes, it is read as the page it is: blank
    expect((await errorOf(() => readPdf(bytes, { path: 'bomb.pdf', limits: { pages: 10, unpackedBytes: 10_000_000, cells: 1e6 } }))).code).toBe('E_NO_TEXT');
  });
});

describe('a drawn table with a row across a page break (安庆 probe round 22)', () => {
  it('should keep the row whose bottom rule the page break took, and join its rest under the repeated header', async () => {
    const document = await extractAsync(fixture('special/table-row-across-pages.pdf'), { path: 'p.pdf' });
    expect(document.tables.map((table) => [table.title, table.rows.map((row) => row.no).join(',')])).toEqual([
      ['某市2024年城市更新重点任务分工表', '1,2,3,4,5,6,7,8,9,10,11,12,13,14'],
    ]);
    const row = document.tables[0]!.rows[4]!;
    expect([row.text, row.units.map((u) => `${u.name}:${u.role}`)]).toEqual(['开展城市内涝治理,新建改造排水管网30公里。', ['市水利局:lead', '市生态环境局:support']]);
  });
});
