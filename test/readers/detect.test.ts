// Formats by content (magic numbers, ZIP parts, compound-file streams), then by name; and the formats refused with their conversion.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../error-of.js';
import { extractAsync } from '../../src/extract.js';
import { cfbChainsEnd, listCfbStreams } from '../../src/readers/cfb.js';
import { detectFormat } from '../../src/readers/detect.js';
import { makeCfb } from './make-cfb.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const zip = (names: string[]): Uint8Array => zipSync(Object.fromEntries(names.map((name) => [name, text('<x/>')])));

const refusalOf = (bytes: Uint8Array, path: string) => errorOf(() => extractAsync(bytes, { path }));

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

  it('should find no directory in a cut file or an eight-byte signature', () => {
    expect(listCfbStreams(makeCfb(['WordDocument']).slice(0, 600))).toBeNull();
    expect(listCfbStreams(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBeNull();
  });
});

describe('refused formats', () => {
  it('should name each refused format and how to convert it, in one line', async () => {
    expect(await refusalOf(makeCfb(['Workbook']), '分工表.xls')).toEqual({ code: 'E_UNSUPPORTED', message: 'is an Excel 97–2003 workbook (.xls), which is not read: convert it to .xlsx first (soffice --headless --convert-to xlsx FILE.xls)' });
    expect((await refusalOf(makeCfb(['Workbook']), '分工表.et')).message).toMatch(/^is a WPS spreadsheet \(\.et\).*soffice --headless --convert-to xlsx FILE\.et/);
    expect((await refusalOf(makeCfb(['WpsContent']), '通知.wps')).message).toMatch(/^is a WPS text document \(\.wps\).*--convert-to docx FILE\.wps/);
    expect(await refusalOf(zip(['OFD.xml']), '通知.ofd')).toMatchObject({ code: 'E_UNSUPPORTED', message: expect.stringMatching(/^is an OFD document/) });
    expect(await refusalOf(makeCfb(['EncryptedPackage']), '分工表.xlsx')).toMatchObject({ code: 'E_ENCRYPTED' });
    expect(await refusalOf(makeCfb(['PowerPoint Document']), '汇报.ppt')).toMatchObject({ code: 'E_BINARY' });
  });
});
