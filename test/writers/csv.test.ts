/** The CSV matrix: header bytes, BOM, CRLF, quoting, and a parse-back round trip. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Role, UnitKind } from '../../src/model/document.js';
import { writeCsv } from '../../src/writers/csv.js';
import { writtenUnit } from '../../src/extractors/units.js';
import { makeDocument, makeLeadDocument, makeTask } from './make-document.js';

/**
 * A strict RFC 4180 reader: CRLF ends a record; a bare \r or \n is only allowed inside quotes,
 * so a writer that forgets to quote a line break fails here instead of in Excel.
 */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < input.length) {
    let cell = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        const end = input.indexOf('"', i);
        if (end === -1) throw new Error(`unterminated quote at ${i}`);
        cell += input.slice(i, end);
        i = end + 1;
        if (input[i] !== '"') break;
        cell += '"';
        i++;
      }
    } else {
      const match = /[,\r\n"]|$/.exec(input.slice(i));
      const length = match?.index ?? 0;
      cell = input.slice(i, i + length);
      i += length;
    }
    record.push(cell);
    if (input[i] === ',') {
      i++;
    } else if (input.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`unexpected ${JSON.stringify(input.slice(i, i + 5))} at ${i}`);
    }
  }
  return records;
}

const ZH_HEADER = '文件,类别,任务编号,序号,上级标题,任务标题,任务内容,责任单位,角色,规范名称,层级,职能,单位类型,完成时限,责任表述\r\n';
const ZH_KINDS: Record<UnitKind, string> = { 'party-committee': '党委', government: '政府', department: '部门', 'public-institution': '事业单位', enterprise: '企业', 'mass-organization': '群团组织', financial: '金融机构', generic: '泛指' };
const ZH_ROLES: Record<Role, string> = { lead: '牵头', responsible: '负责', support: '配合' };

/** The cells the matrix should hold, derived from the documents independently of the writer. */
function expectedRecords(documents: PolicyDocument[]): string[][] {
  return documents.flatMap((document) =>
    document.tasks.flatMap((task) => {
      const units = task.units.length === 0 ? [null] : task.units;
      return units.map((unit) => [
        document.source.path ?? '',
        '任务',
        task.id,
        task.path.join(''),
        task.headings.join(' / '),
        task.title ?? '',
        task.text,
        unit?.name ?? '',
        unit === null ? '' : ZH_ROLES[unit.role],
        unit?.canonical ?? '',
        unit?.level ?? '',
        unit?.function ?? '',
        unit === null ? '' : ZH_KINDS[unit.kind],
        task.deadline ?? '',
        task.responsibility ?? '',
      ]);
    }),
  );
}

describe('writeCsv', () => {
  it('should start with a BOM and the Chinese header row ending in CRLF', () => {
    const output = writeCsv([makeDocument()]);
    expect(output.startsWith('\uFEFF' + ZH_HEADER)).toBe(true);
    expect(Buffer.from(output, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('should write one row per task and unit, quoting cells with a comma or a line break', () => {
    const output = writeCsv([makeDocument()], { bom: false });
    const firstRow = output.split('\r\n')[1];
    expect(firstRow).toBe(
      'fixtures/corpus/yanbian.txt,任务,2.1.1,二、(一)1.,"二、工作分工 / (一)推进产业项目建设,提升造血能力",完善园区基础设施,' +
        '"完善园区基础设施。推进园区与镇区基础设施共建共享,推动产城一体、镇园融合。\n拓展园区发展空间,加大招商引资力度,不断壮大园区发展规模。",' +
        '各县市党委、政府,负责,各县市党委、政府,,,部门,2025年8月底前,(责任单位:各县市党委、政府;州住建局按职责分工负责)',
    );
    expect(output.endsWith('\r\n')).toBe(true);
  });

  it('should give a task without units one row with empty unit and role', () => {
    const records = parseCsv(writeCsv([makeDocument()], { bom: false }));
    expect(records).toHaveLength(1 + 5);
    expect(records[5]).toEqual(['fixtures/corpus/yanbian.txt', '任务', '3.2', '三、(二)', '三、工作措施', '', expect.stringMatching(/^2022年4月底前/), '', '', '', '', '', '', '', '']);
  });

  it('should parse back to the same cells, across documents', () => {
    const documents = [makeDocument(), makeLeadDocument()];
    const records = parseCsv(writeCsv(documents).slice(1));
    expect(records.slice(1)).toEqual(expectedRecords(documents));
    expect(records.map((record) => record[8])).toContain('牵头');
  });

  it('should write English headers and role words with header: en', () => {
    const output = writeCsv([makeLeadDocument()], { header: 'en', bom: false });
    const records = parseCsv(output);
    expect(output.startsWith('file,kind,task_id,path,headings,title,text,unit,role,canonical,level,function,unit_kind,deadline,note\r\n')).toBe(true);
    expect(records.slice(1).map((record) => [record[7], record[8]])).toEqual([
      ['执法保障科', 'responsible'],
      ['自然资源服务科', 'lead'],
      ['民政办公室', 'responsible'],
    ]);
  });

  it('should quote a paragraph break even in a cell with no comma', () => {
    const document = makeLeadDocument();
    document.tasks = [makeTask({ id: '1', path: ['1.'], headings: [], text: '完善园区基础设施。\n拓展园区发展空间。' })];
    expect(writeCsv([document], { bom: false }).split('\r\n')[1]).toBe(
      'fixtures/corpus/shuangying.txt,任务,1,1.,,,"完善园区基础设施。\n拓展园区发展空间。",,,,,,,,',
    );
  });

  it('should double quotes and leave formula-looking cells as written', () => {
    const document = makeLeadDocument();
    document.tasks = [makeTask({ id: '1', path: ['1.'], headings: [], text: '=SUM(A1) 打造“一镇一业”"特色"', responsibility: '-(配合)' })];
    const output = writeCsv([document], { bom: false });
    expect(output).toContain(',"=SUM(A1) 打造“一镇一业”""特色""",,,,,,,,-(配合)\r\n');
  });

  it('should write only the header row for no documents', () => {
    expect(writeCsv([], { bom: false })).toBe(ZH_HEADER);
  });

  it('should round-trip arbitrary task text and unit names', () => {
    const tricky = fc.constantFrom('"', ',', '\n', '\r', '\r\n', ' ', '😀', '完善', '、', '=', '\uFEFF', '\u2028');
    const text = fc.array(fc.oneof(tricky, fc.string({ unit: 'binary' })), { maxLength: 8 }).map((parts) => parts.join(''));
    const unit = fc.record({ name: text, role: fc.constantFrom<Role>('lead', 'responsible', 'support'), generic: fc.boolean() }).map(writtenUnit);
    const task = fc.record({ text, title: fc.option(text), units: fc.array(unit, { maxLength: 3 }), heading: text });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 4 }), fc.option(text), (tasks, path) => {
        const document = makeDocument();
        document.source.path = path;
        document.tasks = tasks.map((t, i) =>
          makeTask({ id: String(i + 1), path: [`${i + 1}.`], headings: [t.heading], title: t.title, text: t.text, units: t.units }),
        );
        const output = writeCsv([document]);
        expect(output.startsWith('\uFEFF')).toBe(true);
        expect(parseCsv(output.slice(1))).toEqual([ZH_HEADER.slice(0, -2).split(','), ...expectedRecords([document])]);
      }),
      { numRuns: 200 },
    );
  });
});
