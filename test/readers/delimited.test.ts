// CSV and TSV tables in UTF-8 or GBK: records, title rows, the grid handed to the table reader.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { parseRecords, readDelimited } from '../../src/readers/delimited.js';

const TABLE = [
  '延边州示范镇建设重点任务清单,,,',
  '序号,重点任务,牵头单位,配合单位',
  '1,"推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。",州交通运输局,"州住建局',
  '州公安局"',
  '2,"完善路灯及信号灯,人行道铺装。",州住建局,各县(市)党委、政府',
].join('\r\n');

const rows = (document: ReturnType<typeof extract>) => document.tables[0]!.rows.map((row) => [row.no, row.text, row.units.map((unit) => `${unit.name}/${unit.role}`).join(' ')]);

describe('parseRecords', () => {
  it('should keep commas, doubled quotes and line breaks inside quoted fields, and give each record its first line', () => {
    expect(parseRecords('a,"b, ""c""\nd",e\r\nf,g\n', ',')).toEqual([
      { fields: ['a', 'b, "c"\nd', 'e'], line: 1 },
      { fields: ['f', 'g'], line: 3 },
    ]);
  });

  it('should skip empty lines and read a last record without a line break', () => {
    expect(parseRecords('\n\na\tb\n\nc\td', '\t')).toEqual([{ fields: ['a', 'b'], line: 3 }, { fields: ['c', 'd'], line: 5 }]);
  });
});

describe('readDelimited', () => {
  it('should read the title row as a line and the rest as a grid, a quoted line break staying in its cell', () => {
    const read = readDelimited(Buffer.from(TABLE), { path: '清单.csv' });
    expect(read.lines.map((line) => [line.line, line.text])).toEqual([[1, '延边州示范镇建设重点任务清单']]);
    expect(read.tables[0]!.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位'],
      ['1', '推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。', '州交通运输局', '州住建局\n州公安局'],
      ['2', '完善路灯及信号灯,人行道铺装。', '州住建局', '各县(市)党委、政府'],
    ]);
    expect(read.tables[0]!.rowLines).toEqual([2, 3, 5]);
  });

  it('should read GBK as it reads UTF-8, and give the same table rows', () => {
    const utf8 = extract(Buffer.from(TABLE), { path: '清单.csv' });
    const gbk = extract(iconv.encode(TABLE, 'gbk'), { path: '清单.csv' });
    expect(gbk.source).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    expect(rows(gbk)).toEqual(rows(utf8));
    expect(rows(utf8)).toEqual([
      ['1', '推进道路交通设施建设。推进镇区与县城、村庄交通设施互联互通。', '州交通运输局/lead 州住建局/support 州公安局/support'],
      ['2', '完善路灯及信号灯,人行道铺装。', '州住建局/lead 各县(市)党委、政府/support'],
    ]);
    expect(utf8.tables[0]!.title).toBe('延边州示范镇建设重点任务清单');
  });

  it('should read tab-separated rows, by the .tsv name or by a first line with more tabs than commas', () => {
    const tsv = TABLE.replace(/,/g, '\t').replace('信号灯\t人行道', '信号灯,人行道');
    expect(rows(extract(Buffer.from(tsv), { path: '清单.tsv' }))).toEqual(rows(extract(Buffer.from(TABLE), { path: '清单.csv' })));
    expect(rows(extract(Buffer.from(tsv), { path: '清单.csv' }))).toEqual(rows(extract(Buffer.from(TABLE), { path: '清单.csv' })));
  });

  it('should stop at the cell limit', () => {
    try {
      readDelimited(Buffer.from('a,b,c\n'.repeat(10)), { path: 'big.csv', limits: { pages: 1, unpackedBytes: 1e6, cells: 20 } });
      expect.unreachable();
    } catch (error) {
      expect(isPolicyExtractError(error) && [error.code, error.message]).toEqual(['E_TOO_LARGE', 'more than 20 cells, over the limit']);
    }
  });
});
