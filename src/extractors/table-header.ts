/** Table headers by meaning (序号, 重点任务, 牵头单位, 配合单位, 完成时限 …), whatever their order. */
import type { Role } from '../model/document.js';
import { foldLine, removeStraySpaces } from '../readers/text.js';
import { foldTraditional } from './fold.js';

/** What a column holds, recognized by the meaning of its header. */
export type ColumnKind = 'no' | 'section' | 'text' | Role | 'deadline' | 'other';

// Header cells by meaning, whatever their order.
//     > | 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限
const HEADERS: ReadonlyArray<readonly [ColumnKind, RegExp]> = [
  ['no', /^(?:序号|编号|序|No\.?)$/i],
  ['lead', /^(?:牵头(?:单位|部门|处室|科室)?|主责(?:单位|部门)|牵头责任单位)$/],
  ['support', /^(?:配合(?:单位|部门|处室)|参与(?:单位|部门)|协办(?:单位|部门)|协助单位|协同单位|支持单位)$/],
  ['responsible', /^(?:责任(?:单位|部门|处室|科室|主体)|实施(?:单位|主体)|承办单位|落实单位|主体责任单位)$/],
  ['deadline', /^(?:完成(?:时限|时间)|时间节点|时限(?:要求)?|进度安排|时间安排|办结时限)$/],
  ['section', /^(?:类别|分类|领域|板块|方面|重点领域|任务类别|工作类别)$/],
  ['text', /(?:任务|工作|内容|措施|事项|举措|要求|目标|项目)$/],
  // 项目名称 opens a project list's rows as 重点任务 does (湘乡 民生实事项目任务分解表)
  ['text', /^(?:项目|任务|工作|事项)名称$/],
];

/** The kind of a header cell, or null when it means nothing to us. */
export function columnKind(header: string): ColumnKind | null {
  const folded = foldTraditional(header).replace(/\s+/g, '');
  for (const [kind, pattern] of HEADERS) if (pattern.test(folded)) return kind;
  return /领导|备注|说明|目标值|指标|考核|责任人|联系人|分值/.test(folded) ? 'other' : null;
}

/** Whether a row of cells is a table header: a 序号-like or unit column and one more column we know. */
export function isHeaderRow(cells: readonly string[]): boolean {
  const kinds = cells.map(columnKind);
  const known = kinds.filter((kind) => kind !== null && kind !== 'other').length;
  const hasUnits = kinds.some((kind) => kind === 'lead' || kind === 'responsible' || kind === 'support');
  return known >= 2 && (hasUnits || kinds.includes('no'));
}

/**
 * Fields of a raw text line that stands for a table row, normalized like lines: `|`-separated
 * (`| 1 | 推进… | 市住建局 |`), tab-separated (an empty field between two tabs is an empty cell),
 * or separated by two or more spaces or ideographic spaces. One field when the line is no row.
 */
export function splitRowFields(raw: string): string[] {
  const bars = raw.match(/[|｜]/g)?.length ?? 0;
  let fields: string[];
  if (bars >= 2) {
    fields = raw.split(/[|｜]/);
    if (fields[0]?.trim() === '') fields.shift();
    if (fields[fields.length - 1]?.trim() === '') fields.pop();
  } else if (raw.includes('\t')) {
    // leading tabs are kept: they say which column a continuation line belongs to
    fields = raw.trimEnd().split('\t');
  } else {
    fields = raw.trim().split(/\u3000+| {2,}/);
  }
  return fields.map((field) => removeStraySpaces(foldLine(field)));
}
