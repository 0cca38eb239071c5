// Word 97–2003 .doc: the body through word-extractor, then the text reader; damage refused before word-extractor follows it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../error-of.js';
import { extractAsync } from '../../src/extract.js';
import { readWordBinary } from '../../src/readers/word-binary.js';
import { makeCfb } from './make-cfb.js';
import { mendCutProperties } from '../../src/readers/word-sprms.js';

const YANAN = new URL('../../fixtures/converted/doc/yanan-2025-town-functions.doc', import.meta.url);
const NUMBERED = new URL('../../fixtures/doc/numbering-word-drew-is-not-in-the-text-of-a-doc/input.doc', import.meta.url);
const CUT_SHORT = new URL('../../fixtures/doc/a-table-row-libreoffice-cut-one-byte-short-is-mended-and-read/input.doc', import.meta.url);

describe('readWordBinary', () => {
  it('should read the body a paragraph a line, curly quotes kept, headers and footers left out', async () => {
    const read = await readWordBinary(readFileSync(YANAN), { path: 'yanan.doc' });
    expect(read.format).toBe('doc');
    expect(read.lines.slice(0, 2).map((line) => [line.line, line.text])).toEqual([[1, '延政办函〔2025〕37号'], [2, '各县(市、区)人民政府,市级有关部门、单位:']]);
    expect(read.lines.some((line) => line.raw.includes('“三农”'))).toBe(true);
    expect(read.lines.some((line) => /政府信息公开|— \d+ —/.test(line.text))).toBe(false);
  });

  it('should read a table a row a line, its cells separated by tabs', async () => {
    const read = await readWordBinary(readFileSync(NUMBERED), { path: 'numbered.doc' });
    expect(read.lines.map((line) => line.raw)).toContain('序号\t重点任务\t牵头单位\t配合单位\t');
  });

  it('should warn when notes stand in paragraphs no marker opens: the numbering Word drew is not in the text', async () => {
    const document = await extractAsync(readFileSync(NUMBERED), { path: 'numbered.doc' });
    expect(document.diagnostics.find((d) => d.code === 'numbering-not-in-text')).toMatchObject({ severity: 'warning', line: 7 });
  });

  it('should make each noted paragraph outside every numbered task a task without a marker (N1, N2 …)', async () => {
    const document = await extractAsync(readFileSync(NUMBERED), { path: 'numbered.doc' });
    const lost = document.tasks.filter((task) => task.id.includes('N'));
    expect(lost.length).toBeGreaterThan(0);
    expect(lost[0]!.id).toMatch(/^N1$/);
    expect(lost.every((task) => task.units.length > 0 && task.path.join('') === '')).toBe(true);
    expect(document.diagnostics.find((d) => d.code === 'numbering-not-in-text')!.message).toContain('N1');
    expect(document.diagnostics.filter((d) => d.code === 'unattached-text' && lost.some((task) => task.line === d.line))).toEqual([]);
  });

  it('should mend a table row\'s properties LibreOffice cut one byte short, which word-extractor 1.0.4 reads past, and read the file (round 6 通川区)', async () => {
    const bytes = readFileSync(CUT_SHORT);
    const read = await readWordBinary(bytes, { path: 'tongchuan.doc' });
    expect(read.lines.map((line) => line.raw)).toContain('类别\t序号\t工作任务\t责任单位\t完成时限\t');
    expect(read.diagnostics.map((d) => d.code)).toEqual(['doc-properties-mended']);
    // the input is left as it was; a file with nothing cut is not rewritten
    const mended = mendCutProperties(bytes)!;
    expect(mended.length).toBe(bytes.length);
    expect(Buffer.compare(readFileSync(CUT_SHORT), bytes)).toBe(0);
    expect([...mended].filter((byte, i) => byte !== bytes[i])).toHaveLength(1);
    expect(mendCutProperties(readFileSync(YANAN))).toBeNull();
    expect(mendCutProperties(makeCfb(['WordDocument']))).toBeNull();
  });

  it('should refuse a compound file whose chains loop before word-extractor follows them, and a damaged one', async () => {
    expect(await errorOf(() => readWordBinary(makeCfb(['WordDocument'], { loop: true }), { path: 'loop.doc' }))).toEqual({ code: 'E_BINARY', message: 'is a damaged Word 97–2003 file (its sector chains loop or leave the file)' });
    expect((await errorOf(() => readWordBinary(makeCfb(['WordDocument']), { path: 'empty.doc' }))).code).toBe('E_BINARY');
  });
});
