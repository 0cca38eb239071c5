/** Writes a plan comparison as rows: CSV for Excel, or a Markdown table. */
import type { DiffItem, DiffUnit, DocumentDiff } from '../model/diff.js';
import { type CsvOptions, itemKindLabel, stringifyCsv } from './csv.js';
import { escapeCell } from './matrix.js';
import { renderTextChanges } from './diff-text.js';
import { ROLE_LABELS } from './text.js';

const HEADER = {
  zh: ['类别', 'A 编号', 'A 序号', 'A 内容', 'B 编号', 'B 序号', 'B 内容', '相似度', '对应关系', '位置变动', '文字改动', '新增单位', '删除单位', '角色变化', '跨层级对应'],
  en: ['kind', 'a_id', 'a_path', 'a_text', 'b_id', 'b_path', 'b_text', 'similarity', 'relation', 'moved', 'text_changed', 'units_added', 'units_removed', 'roles_changed', 'equivalents'],
};
const RELATION = { zh: { 'one-to-one': '一对一', split: '拆分', merge: '合并', 'only-a': '仅在 A', 'only-b': '仅在 B' }, en: { 'one-to-one': 'one-to-one', split: 'split', merge: 'merge', 'only-a': 'only-a', 'only-b': 'only-b' } } as const;

/** One record per pair, then one per task on one side only; the header first. */
export function diffRecords(diff: DocumentDiff, header: 'zh' | 'en' = 'zh'): string[][] {
  const yes = (value: boolean): string => (value ? (header === 'en' ? 'yes' : '是') : '');
  const role = (unit: DiffUnit): string => `${unit.name}（${header === 'en' ? unit.role : ROLE_LABELS[unit.role]}）`;
  const side = (item: DiffItem | null): string[] => (item === null ? ['', '', ''] : [item.id, item.path, item.text]);
  const records = [HEADER[header]];
  for (const pair of diff.pairs) {
    const units = pair.units;
    records.push([
      itemKindLabel(pair.a.kind, header === 'en'), ...side(pair.a), ...side(pair.b), pair.similarity.toFixed(3), RELATION[header][pair.relation], yes(pair.moved), yes(pair.textChanged),
      units.added.map(role).join('、'), units.removed.map(role).join('、'),
      units.roleChanged.map(({ a, b }) => `${role(a)} → ${role(b)}`).join('、'),
      units.equivalent.map(({ a, b }) => `${a.name} → ${b.name}`).join('、'),
    ]);
  }
  for (const item of diff.onlyA) records.push([itemKindLabel(item.kind, header === 'en'), ...side(item), ...side(null), '', RELATION[header]['only-a'], '', '', '', '', '', '']);
  for (const item of diff.onlyB) records.push([itemKindLabel(item.kind, header === 'en'), ...side(null), ...side(item), '', RELATION[header]['only-b'], '', '', '', '', '', '']);
  return records;
}

export function writeDiffCsv(diff: DocumentDiff, options: CsvOptions = {}): string | Uint8Array {
  return stringifyCsv(diffRecords(diff, options.header), options);
}

/** The pairs with changes as a Markdown table: ids, the text diff, the unit changes. */
export function writeDiffMarkdown(diff: DocumentDiff): string {
  const cell = escapeCell;
  const lines = [
    `## ${cell(diff.a.title ?? diff.a.path ?? 'A')} ↔ ${cell(diff.b.title ?? diff.b.path ?? 'B')}`, '',
    '| A | B | 相似度 | 文字改动 | 新增单位 | 删除单位 | 角色变化 |', '|---|---|---:|---|---|---|---|',
  ];
  for (const pair of diff.pairs) {
    const units = pair.units;
    if (!pair.textChanged && !pair.moved && units.added.length + units.removed.length + units.roleChanged.length === 0) continue;
    const names = (list: readonly DiffUnit[]): string => list.map((unit) => unit.name).join('、');
    lines.push(`| ${cell(pair.a.id)} | ${cell(pair.b.id)}${pair.moved ? '（移动）' : ''} | ${pair.similarity.toFixed(3)} | ${cell(pair.textChanged ? renderTextChanges(pair.textDiff) : '')} | ${cell(names(units.added))} | ${cell(names(units.removed))} | ${cell(units.roleChanged.map(({ a, b }) => `${a.name} ${ROLE_LABELS[a.role]}→${ROLE_LABELS[b.role]}`).join('、'))} |`);
  }
  const named = (item: DiffItem): string => cell(`${item.id} ${item.title ?? Array.from(item.text).slice(0, 30).join('')}`);
  for (const item of diff.onlyA) lines.push(`| ${named(item)} | （无） | | | | | |`);
  for (const item of diff.onlyB) lines.push(`| （无） | ${named(item)} | | | | | |`);
  const s = diff.summary;
  lines.push('', `${s.pairs} 对，${s.textChanged} 处文字改动，${s.moved} 处位置变动；单位新增 ${s.unitsAdded}、删除 ${s.unitsRemoved}、角色变化 ${s.rolesChanged}；仅在 A ${s.onlyA}，仅在 B ${s.onlyB}。`);
  return `${lines.join('\n')}\n`;
}
