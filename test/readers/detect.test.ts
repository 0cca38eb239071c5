// Formats by content (magic numbers, ZIP parts, compound-file streams and the marks WPS leaves in them), then by name; and the formats refused with their conversion.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../error-of.js';
import { extractAsync } from '../../src/extract.js';
import { readFileSync } from 'node:fs';
import { cfbChainsEnd, listCfbStreams, readCfbStreams } from '../../src/readers/cfb.js';
import { detectFormat } from '../../src/readers/detect.js';
import { makeCfb, makeCustomProperties } from './make-cfb.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const zip = (names: string[]): Uint8Array => zipSync(Object.fromEntries(names.map((name) => [name, text('<x/>')])));

const refusalOf = (bytes: Uint8Array, path: string) => errorOf(() => extractAsync(bytes, { path }));

/** What WPS Office writes into the custom properties of a file it saves: its build, after the language (2052, Chinese). */
const WPS_BUILD = { KSOProductBuildVer: '2052-11.1.0.10132' };
const summary = (properties: Record<string, string>, codePage: 1200 | 936 = 1200) => ({ name: '\u0005DocumentSummaryInformation', data: makeCustomProperties(properties, codePage) });
/** A workbook WPS 表格 saved (an .et: an Excel 97–2003 workbook with WPS's build among its custom properties). */
const ET = makeCfb(['Workbook', '\u0005SummaryInformation', summary(WPS_BUILD)]);
/** A workbook Excel saved, with a custom property of its own. */
const XLS = makeCfb(['Workbook', '\u0005SummaryInformation', summary({ 部门: '住建局' })]);
const YANAN_DOC = new URL('../../fixtures/converted/doc/yanan-2025-town-functions.doc', import.meta.url);

describe('detectFormat', () => {
  it('should tell ZIPs apart by the parts they hold, whatever their names', () => {
    expect(detectFormat(zip(['[Content_Types].xml', 'word/document.xml']), '附件.xlsx')).toBe('docx');
    expect(detectFormat(zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']), '附件.txt')).toBe('xlsx');
    expect(detectFormat(zip(['OFD.xml', 'Doc_0/Document.xml']), '通知.zip')).toBe('ofd');
  });

  it('should tell compound files apart by their streams', () => {
    expect(detectFormat(makeCfb(['WordDocument', '1Table']), '责任清单.doc')).toBe('doc');
    expect(detectFormat(makeCfb(['WordDocument', '1Table']), '责任清单.wps')).toBe('doc');
    expect(detectFormat(makeCfb(['Workbook']), '分工表.xls')).toBe('xls');
    expect(detectFormat(makeCfb(['Workbook']), '分工表.et')).toBe('et');
    expect(detectFormat(makeCfb(['EncryptedInfo', 'EncryptedPackage']), '分工表.xlsx')).toBe('encrypted-office');
    expect(detectFormat(makeCfb(['WpsContent']), '通知.wps')).toBe('wps');
    expect(detectFormat(makeCfb(['PowerPoint Document']), '汇报.ppt')).toBe('ole2');
  });

  it('should know a WPS 表格 workbook by the build WPS writes into its custom properties, however it is named (.xls named so stays .xls)', () => {
    for (const name of ['分工表.et', '分工表.txt', '分工表.doc', '分工表']) expect(detectFormat(ET, name), name).toBe('et');
    expect(detectFormat(makeCfb(['Workbook', summary(WPS_BUILD, 936)]), '分工表.txt')).toBe('et');
    expect(detectFormat(makeCfb(['Workbook', 'WpsCustomData']), '分工表.dat')).toBe('et');
    // WPS saving as .xls marks the file too: it is the .xls it is named
    expect(detectFormat(ET, '分工表.xls')).toBe('xls');
    expect(detectFormat(XLS, '分工表.txt')).toBe('xls');
  });

  it('should know a WPS text document in WPS’s own form by its marks, and a Microsoft Works .wps by its streams', () => {
    expect(detectFormat(makeCfb(['WpsCustomData']), '通知.txt')).toBe('wps');
    expect(detectFormat(makeCfb([summary(WPS_BUILD)]), '通知.doc')).toBe('wps');
    // a WPS 演示 presentation is marked too, and is no text document
    expect(detectFormat(makeCfb(['PowerPoint Document', 'WpsCustomData']), '汇报.dps')).toBe('ole2');
    expect(detectFormat(makeCfb(['MN0', 'SPELLING']), '通知.wps')).toBe('works');
    expect(detectFormat(makeCfb([{ name: 'CONTENTS', data: new TextEncoder().encode('CHNKWKS\u0000\u0001') }]), '通知.txt')).toBe('works');
  });

  it('should read a .wps that is a Word 97–2003 document as one, whatever its name', () => {
    const word = readFileSync(YANAN_DOC);
    for (const name of ['通知.wps', '通知.txt', '通知']) expect(detectFormat(word, name), name).toBe('doc');
  });

  it('should read a PDF header in the first kilobyte, and go by the name for pages and CSV', () => {
    expect(detectFormat(text('%PDF-1.7\n%âãÏÓ\n'), '实施方案.txt')).toBe('pdf');
    expect(detectFormat(text(`${' '.repeat(100)}%PDF-1.4\n`), null)).toBe('pdf');
    expect(detectFormat(text('序号,重点任务,牵头单位\n'), '分工表.csv')).toBe('csv');
    expect(detectFormat(text('序号\t重点任务\t牵头单位\n'), '分工表.TSV')).toBe('csv');
    expect(detectFormat(text('一、总体要求\n'), '通知.htm')).toBe('html');
    expect(detectFormat(text('一、总体要求\n'), '通知.csv.txt')).toBe('text');
  });
});

describe('compound files', () => {
  it('should list the streams of a directory, and say when a chain loops', () => {
    expect(listCfbStreams(makeCfb(['WordDocument', '1Table']))).toEqual(['Root Entry', 'WordDocument', '1Table']);
    expect(cfbChainsEnd(makeCfb(['WordDocument']))).toBe(true);
    expect(cfbChainsEnd(makeCfb(['WordDocument'], { loop: true }))).toBe(false);
    expect(listCfbStreams(makeCfb(['WordDocument'], { loop: true }))).toEqual(['Root Entry', 'WordDocument']);
  });

  it('should read a stream kept in the mini stream, cut at the limit asked for', () => {
    const properties = makeCustomProperties(WPS_BUILD);
    expect(readCfbStreams(makeCfb(['Workbook', summary(WPS_BUILD)]), '\u0005DocumentSummaryInformation')).toEqual([properties]);
    expect(readCfbStreams(makeCfb([{ name: 'CONTENTS', data: new TextEncoder().encode('CHNKWKS') }]), 'CONTENTS', 4)).toEqual([new TextEncoder().encode('CHNK')]);
    expect(readCfbStreams(makeCfb(['Workbook']), 'WpsCustomData')).toEqual([]);
  });

  it('should find no directory in a cut file or an eight-byte signature', () => {
    expect(listCfbStreams(makeCfb(['WordDocument']).slice(0, 600))).toBeNull();
    expect(listCfbStreams(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
  });
});

describe('refused formats', () => {
  it('should refuse WPS files by their content when they are misnamed, in the line that names the format and the conversion', async () => {
    expect(await refusalOf(ET, '分工表.txt')).toEqual({ code: 'E_UNSUPPORTED', message: 'is a WPS spreadsheet (.et), which is not read: save it as .xlsx in WPS, or convert it (soffice --headless --convert-to xlsx FILE.et)' });
    expect(await refusalOf(ET, '分工表.doc')).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringMatching(/^is a WPS spreadsheet \(\.et\)/) });
    expect(await refusalOf(makeCfb(['WpsCustomData']), '通知.txt')).toEqual({ code: 'E_UNSUPPORTED', message: 'is a WPS text document (.wps), which is not read: save it as .docx in WPS, or convert it (soffice --headless --convert-to docx FILE.wps)' });
  });

  it('should refuse a .wps word-extractor cannot read as a WPS document, not as a damaged Word file', async () => {
    expect(await refusalOf(makeCfb(['WordDocument', 'WpsCustomData']), '通知.wps')).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringMatching(/^is a WPS text document \(\.wps\)/) });
    expect(await refusalOf(makeCfb(['WordDocument', summary(WPS_BUILD)]), '通知.txt')).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringMatching(/^is a WPS text document \(\.wps\)/) });
    expect(await refusalOf(makeCfb(['WordDocument']), '通知.doc')).toMatchObject({ code: 'E_BINARY', message: expect.stringMatching(/^is a damaged Word 97–2003 file/) });
  });

  it('should name each refused format and how to convert it, in one line', async () => {
    expect(await refusalOf(makeCfb(['Workbook']), '分工表.xls')).toEqual({ code: 'E_UNSUPPORTED', message: 'is an Excel 97–2003 workbook (.xls), which is not read: convert it to .xlsx first (soffice --headless --convert-to xlsx FILE.xls)' });
    expect((await refusalOf(makeCfb(['Workbook']), '分工表.et')).message).toMatch(/^is a WPS spreadsheet \(\.et\).*soffice --headless --convert-to xlsx FILE\.et/);
    expect((await refusalOf(makeCfb(['WpsContent']), '通知.wps')).message).toMatch(/^is a WPS text document \(\.wps\).*--convert-to docx FILE\.wps/);
    expect((await refusalOf(makeCfb(['MN0']), '通知.wps')).message).toBe('is a Microsoft Works document (.wps), which is not read: convert it to .docx (soffice --headless --convert-to docx FILE.wps)');
    expect(await refusalOf(zip(['OFD.xml']), '通知.ofd')).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringMatching(/^is an OFD document/) });
    expect(await refusalOf(makeCfb(['EncryptedPackage']), '分工表.xlsx')).toMatchObject({ code: 'E_ENCRYPTED' });
    expect(await refusalOf(makeCfb(['PowerPoint Document']), '汇报.ppt')).toMatchObject({ code: 'E_BINARY' });
  });
});
