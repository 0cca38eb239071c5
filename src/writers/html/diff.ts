/**
 * Writes a plan comparison as one HTML page: the two plans side by side, paired tasks on one row
 * with their character changes marked, the unit changes beside them, one-sided tasks in their
 * place, and a switch to show only what changed (CSS alone: the page has no script).
 */
import type { DiffItem, DiffSide, DocumentDiff, TaskPair, TextChange } from '../../model/diff.js';
import { describeSide, hasUnitChanges, KIND_HEADINGS, RELATION_LABELS, roleChangeLabel, unitLabel } from '../diff-text.js';
import { escapeHtml, paragraphs } from './escape.js';
import { renderPage } from './page.js';
import { renderTextChanges } from './text-changes.js';

/** One row of the side-by-side view: a group of pairs (one pair, a split or a merge), or an item on one side only. */
interface AlignedRow {
  a: DiffItem[];
  b: DiffItem[];
  /** The group's pairs; empty for a one-sided item. */
  pairs: TaskPair[];
}

/**
 * Renders the comparison page.
 *
 *     writeDiffHtml(diffDocuments(jilin, yanbian))
 *     // → '<!DOCTYPE html>…<tr class="changed"><td><div class="item-head"><span class="id">4.1.2</span>…<del>“吉林大米”“长白山</del>…'
 */
export function writeDiffHtml(diff: DocumentDiff): string {
  const title = `比较：${sideTitle(diff.a)} ↔ ${sideTitle(diff.b)}`;
  const kinds = (['task', 'table-row'] as const).map((kind) => ({ kind, rows: alignedRows(diff, kind) }));
  const changed = kinds.reduce((sum, { rows }) => sum + rows.filter(isChanged).length, 0);
  const tables = kinds.map(({ kind, rows }) => renderKind(kind, rows, diff)).filter((part) => part !== '');
  const body = [
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<dl class="meta">${renderSide('A', diff.a)}${renderSide('B', diff.b)}</dl>`,
    renderSummary(diff),
    `<p class="no-print"><label><input type="checkbox" id="changes-only"> 只看有变化的（${changed} 处）</label></p>`,
    '</header>',
    '<main>',
    ...tables,
    '</main>',
  ];
  return renderPage({ title, body: body.join('\n') });
}

function sideTitle(side: DiffSide): string {
  return side.title ?? side.path ?? '-';
}

function renderSide(label: string, side: DiffSide): string {
  return `<dt>${label}</dt><dd>${escapeHtml(describeSide(side))}</dd>`;
}

function renderSummary(diff: DocumentDiff): string {
  const s = diff.summary;
  const counts = [
    `${s.pairs} 对`, `位置变动 ${s.moved}`, `文字改动 ${s.textChanged}`, `单位 +${s.unitsAdded} −${s.unitsRemoved}`,
    `角色变化 ${s.rolesChanged}`, `跨层级对应 ${s.equivalents}`, `仅在 A ${s.onlyA}`, `仅在 B ${s.onlyB}`,
  ];
  if (!s.differences) counts.push('没有差异');
  return `<ul class="summary">${counts.map((count) => `<li>${count}</li>`).join('')}</ul>`;
}

/**
 * The rows of one kind in A's order; an item only in B stands after the row whose B item comes
 * before it in B, so both columns read in their plan's order wherever nothing moved.
 */
function alignedRows(diff: DocumentDiff, kind: DiffItem['kind']): AlignedRow[] {
  const groups = new Map<number, AlignedRow>();
  for (const pair of diff.pairs.filter((p) => p.a.kind === kind)) {
    const row = groups.get(pair.group) ?? { a: [], b: [], pairs: [] };
    if (!row.a.includes(pair.a)) row.a.push(pair.a);
    if (!row.b.includes(pair.b)) row.b.push(pair.b);
    row.pairs.push(pair);
    groups.set(pair.group, row);
  }
  const firstLine = (items: readonly DiffItem[]): number => items.reduce((first, item) => Math.min(first, item.line), Infinity);
  const rows = [...groups.values(), ...diff.onlyA.filter((item) => item.kind === kind).map((item): AlignedRow => ({ a: [item], b: [], pairs: [] }))];
  rows.sort((x, y) => firstLine(x.a) - firstLine(y.a));
  for (const item of diff.onlyB.filter((one) => one.kind === kind)) {
    const before = rows.findLastIndex((row) => row.b.length > 0 && firstLine(row.b) < item.line);
    rows.splice(before + 1, 0, { a: [], b: [item], pairs: [] });
  }
  return rows;
}

function isChanged(row: AlignedRow): boolean {
  const [pair] = row.pairs;
  if (pair === undefined) return true;
  return pair.textChanged || row.pairs.some((p) => p.moved) || hasUnitChanges(pair);
}

function renderKind(kind: DiffItem['kind'], rows: readonly AlignedRow[], diff: DocumentDiff): string {
  if (rows.length === 0) return '';
  return [
    `<section class="diff-${kind}">`,
    `<h2>${KIND_HEADINGS[kind]}（${rows.length}）</h2>`,
    '<table class="diff"><colgroup><col class="side"><col class="side"><col></colgroup>',
    `<thead><tr><th scope="col">A ${escapeHtml(sideTitle(diff.a))}</th><th scope="col">B ${escapeHtml(sideTitle(diff.b))}</th><th scope="col">变化</th></tr></thead>`,
    '<tbody>',
    ...rows.map(renderRow),
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

function renderRow(row: AlignedRow): string {
  const [pair] = row.pairs;
  const changes = pair?.textChanged ? pair.textDiff : null;
  const a = renderCell(row.a, changes, 'delete');
  const b = renderCell(row.b, changes, 'insert');
  return `<tr class="${isChanged(row) ? 'changed' : 'unchanged'}"><td>${a}</td><td>${b}</td><td>${renderChanges(row)}</td></tr>`;
}

/** One side of a row: each item's id, markers, title and line, then the text — the group's diff where the text changed. */
function renderCell(items: readonly DiffItem[], changes: readonly TextChange[] | null, op: 'delete' | 'insert'): string {
  if (items.length === 0) return '<span class="muted">—</span>';
  const heads = items.map((item) => {
    const label = `<span class="id">${escapeHtml(item.id)}</span>${escapeHtml(item.path)} ${escapeHtml(item.title ?? '')}`;
    return `<div class="item-head">${label} <span class="where">第 ${item.line} 行</span></div>`;
  });
  // one element for the whole diff (a change may span a paragraph break): its line breaks shown by the style sheet
  const text = changes === null
    ? items.map((item) => paragraphs(item.text)).join('')
    : `<p class="text-changes">${renderTextChanges(changes, op, items)}</p>`;
  return heads.join('') + text;
}

/** The row's relation, move, similarity and unit changes, each in words (color only repeats them). */
function renderChanges(row: AlignedRow): string {
  const [pair] = row.pairs;
  if (pair === undefined) return `<span class="badge">仅在 ${row.a.length > 0 ? 'A' : 'B'}</span>`;
  const badges = [
    RELATION_LABELS[pair.relation],
    row.pairs.some((p) => p.moved) ? '位置变动' : '',
  ].filter(Boolean).map((badge) => `<span class="badge">${badge}</span>`);
  const similarity = `<span class="where">相似度 ${row.pairs.map((p) => p.similarity.toFixed(3)).join(' / ')}</span>`;
  const { units } = pair;
  const lines = [
    ...units.added.map((unit) => `<li class="added">＋ 新增 ${escapeHtml(unitLabel(unit))}</li>`),
    ...units.removed.map((unit) => `<li class="removed">－ 删除 ${escapeHtml(unitLabel(unit))}</li>`),
    ...units.roleChanged.map((change) => `<li class="role-changed">～ ${escapeHtml(roleChangeLabel(change))}</li>`),
  ];
  const counterparts = units.equivalent.map(({ a, b }) => `<li>≈ ${escapeHtml(`${a.name} → ${b.name}`)}</li>`);
  const equivalents = counterparts.length === 0
    ? ''
    : `<details><summary class="where">跨层级对应 ${counterparts.length}</summary><ul class="unit-changes">${counterparts.join('')}</ul></details>`;
  return `${similarity}${badges.join('')}${lines.length > 0 ? `<ul class="unit-changes">${lines.join('')}</ul>` : ''}${equivalents}`;
}
