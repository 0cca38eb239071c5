/** The matrix and the units table, from hand-built documents whose units are already named. */
import { describe, expect, it } from 'vitest';
import type { PolicyDocument, Role, UnitAssignment, UnitKind, UnitLevel } from '../../src/model/document.js';
import { buildMatrix } from '../../src/views/matrix.js';
import { listUnits } from '../../src/views/units-table.js';
import { makeDocument, makeTask } from '../writers/make-document.js';

function unit(name: string, role: Role, canonical: string, level: UnitLevel | null, kind: UnitKind = 'department'): UnitAssignment {
  return { name, role, generic: kind === 'generic', canonical, level, function: null, kind };
}

/** The jilin plan's task 1 and the yanbian copy's, as two tasks of one document. */
function plan(): PolicyDocument {
  const document = makeDocument();
  document.tasks = [
    makeTask({ id: '1', path: ['1.'], headings: [], title: '完善园区基础设施', units: [
      unit('市、县级党委、政府', 'responsible', '市、县级党委、政府', '县', 'government'),
      unit('省住房城乡建设厅', 'responsible', '省住房和城乡建设厅', '省'),
      unit('省住建厅', 'lead', '省住房和城乡建设厅', '省'),
    ] }),
    makeTask({ id: '2', path: ['2.'], headings: [], text: '推进生活服务设施建设。'.repeat(5), units: [
      unit('省商务厅', 'responsible', '省商务厅', '省'),
      unit('省住房和城乡建设厅', 'support', '省住房和城乡建设厅', '省'),
      unit('省直相关部门', 'responsible', '省直相关部门', '省', 'generic'),
    ] }),
    makeTask({ id: '3', path: ['3.'], headings: [], title: '加强组织领导' }),
  ];
  return document;
}

describe('buildMatrix', () => {
  it('should merge spellings of one unit into its canonical column, keeping the strongest role', () => {
    const matrix = buildMatrix([plan()]);
    expect(matrix.columns.map((column) => [column.label, column.total])).toEqual([
      ['省住房和城乡建设厅', 2], ['省商务厅', 1], ['市、县级党委、政府', 1], ['省直相关部门', 1],
    ]);
    expect(matrix.rows.map((row) => [row.id, row.cells, row.total])).toEqual([
      ['1', ['lead', null, 'responsible', null], 2],
      ['2', ['support', 'responsible', null, 'responsible'], 3],
      ['3', [null, null, null, null], 0],
    ]);
    // a task without a title is named by the start of its text
    expect(matrix.rows[1]!.title).toBe(`${'推进生活服务设施建设。'.repeat(4).slice(0, 40)}…`);
  });

  it('should keep the names as written when asked', () => {
    expect(buildMatrix([plan()], { names: 'as-written' }).columns.map((column) => column.label)).toEqual([
      // same level and workload: by code unit (建 U+5EFA before 房 U+623F)
      '省住建厅', '省住房和城乡建设厅', '省住房城乡建设厅', '省商务厅', '市、县级党委、政府', '省直相关部门',
    ]);
  });

  it('should give each file its own columns with by: file', () => {
    const a = plan();
    const b = plan();
    b.source.path = 'fixtures/corpus/other.txt';
    const matrix = buildMatrix([a, b], { by: 'file' });
    expect(matrix.columns.map((column) => column.label).slice(0, 2)).toEqual(['other.txt/省住房和城乡建设厅', 'other.txt/省商务厅']);
    expect(matrix.columns).toHaveLength(8);
    // a row has cells only in its own file's columns
    expect(matrix.rows[0]!.cells.slice(0, 4)).toEqual([null, null, null, null]);
  });
});

describe('listUnits', () => {
  it('should list each spelling once with its role counts, spellings of one unit together', () => {
    expect(listUnits([plan()]).map((row) => [row.name, row.canonical, row.lead, row.responsible, row.support])).toEqual([
      ['省住建厅', '省住房和城乡建设厅', 1, 0, 0],
      ['省住房和城乡建设厅', '省住房和城乡建设厅', 0, 0, 1],
      ['省住房城乡建设厅', '省住房和城乡建设厅', 0, 1, 0],
      ['省商务厅', '省商务厅', 0, 1, 0],
      ['市、县级党委、政府', '市、县级党委、政府', 0, 1, 0],
      ['省直相关部门', '省直相关部门', 0, 1, 0],
    ]);
  });
});
