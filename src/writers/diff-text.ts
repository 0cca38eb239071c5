/**
 * Writes a plan comparison as the terminal report: pairs with their text and unit changes, one-sided
 * tasks, a summary. Its labels of sides, relations and unit changes serve the HTML comparison too.
 */
import type { DiffItem, DiffSide, DiffUnit, DocumentDiff, PairRelation, TaskPair, TextChange } from '../model/diff.js';
import { excerpt } from '../readers/text.js';
import { DOCUMENT_LEVEL_LABELS, plainStyle, ROLE_LABELS, type TextStyle } from './text.js';

export interface DiffTextOptions {
  style?: TextStyle;
  /** Print unchanged pairs and the counterparts found (州住建局 for 省住建厅) too. */
  verbose?: boolean;
}

/** The heading over each kind of pair. */
export const KIND_HEADINGS: Readonly<Record<DiffItem['kind'], string>> = { task: '任务', 'table-row': '附表' };

/** Characters of unchanged text kept around each change. */
const CONTEXT = 12;

/**
 * Renders the report. Deleted text is `[-…-]`, inserted `{+…+}` (colored too on a terminal,
 * never by color alone).
 *
 *     writeDiffText(diffDocuments(jilin, yanbian))
 *     // → 'A fixtures/…/jilin-2022-demo-towns-plan.txt（省级）\nB …\n\n  4.1.2 ↔ 2.1.2  加快产业服务平台建设  0.721\n      文字  …\n      单位  − 省畜牧业管理局（负责）\n…'
 */
export function writeDiffText(diff: DocumentDiff, options: DiffTextOptions = {}): string {
  const style = options.style ?? plainStyle;
  const lines: string[] = [];
  for (const [label, side] of [['A', diff.a], ['B', diff.b]] as const) lines.push(style.title(`${label} ${describeSide(side)}`));
  let kind: DiffItem['kind'] | null = null;
  const shownGroups = new Set<number>();
  for (const pair of diff.pairs) {
    const changed = pair.textChanged || pair.moved || hasUnitChanges(pair);
    if (!changed && !options.verbose) continue;
    if (pair.a.kind !== kind) {
      kind = pair.a.kind;
      lines.push('', style.heading(KIND_HEADINGS[kind]));
    }
    const flags = [RELATION_LABELS[pair.relation], pair.moved ? '位置变动' : ''].filter(Boolean).join(' ');
    lines.push(`  ${style.id(`${pair.a.id} ↔ ${pair.b.id}`)}  ${titleOf(pair.b)}  ${style.dim(pair.similarity.toFixed(3))}${flags ? `  ${style.warning(flags)}` : ''}`);
    // a split's text and units are compared once for the whole group
    if (shownGroups.has(pair.group)) continue;
    shownGroups.add(pair.group);
    if (pair.textChanged) lines.push(`      文字  ${renderTextChanges(pair.textDiff, style)}`);
    const units = pair.units;
    const unitLines = [
      ...units.removed.map((unit) => style.error(`− ${unitLabel(unit)}`)),
      ...units.added.map((unit) => style.responsible(`+ ${unitLabel(unit)}`)),
      ...units.roleChanged.map((change) => style.warning(`~ ${roleChangeLabel(change)}`)),
    ];
    if (options.verbose && units.equivalent.length > 0) unitLines.push(style.dim(`≈ ${units.equivalent.map(({ a, b }) => `${a.name} → ${b.name}`).join(' · ')}`));
    unitLines.forEach((line, index) => lines.push(`      ${index === 0 ? '单位' : '    '}  ${line}`));
  }
  for (const [label, items] of [['仅在 A', diff.onlyA], ['仅在 B', diff.onlyB]] as const) {
    if (items.length === 0) continue;
    lines.push('', style.heading(label));
    for (const item of items) lines.push(`  ${style.id(item.id)}  ${titleOf(item)}  ${style.dim(`line ${item.line}`)}`);
  }
  const s = diff.summary;
  lines.push('', style.dim(`${s.pairs} 对（${s.moved} 处位置变动，${s.textChanged} 处文字改动）· 单位 +${s.unitsAdded} −${s.unitsRemoved} · 角色变化 ${s.rolesChanged} · 跨层级对应 ${s.equivalents} · 仅在 A ${s.onlyA} · 仅在 B ${s.onlyB}${s.differences ? '' : ' · 没有差异'}`));
  return `${lines.join('\n')}\n`;
}

/**
 * A side as the report's head names it: path, level and title.
 *
 *     describeSide({ path: 'jilin.txt', level: 'provincial', title: '吉林省…方案' }) // → 'jilin.txt（省级）  吉林省…方案'
 */
export function describeSide(side: DiffSide): string {
  const level = side.level ? `（${DOCUMENT_LEVEL_LABELS[side.level]}）` : '';
  return `${side.path ?? '-'}${level}${side.title ? `  ${side.title}` : ''}`;
}

/** Whether the pair's group gained, lost or re-roled a unit (counterparts under another name are no change). */
export function hasUnitChanges(pair: TaskPair): boolean {
  return pair.units.added.length + pair.units.removed.length + pair.units.roleChanged.length > 0;
}

/** How a pair's items correspond, in words; nothing for one to one. */
export const RELATION_LABELS: Readonly<Record<PairRelation, string>> = { 'one-to-one': '', split: '拆分', merge: '合并' };

function titleOf(item: DiffItem): string {
  const text = item.title ?? item.text.split('\n')[0] ?? '';
  return text.length > 30 ? `${excerpt(text, 0, 30)}…` : text;
}

/** `省畜牧业管理局（负责）`: a unit added or removed. */
export function unitLabel(unit: DiffUnit): string {
  return `${unit.name}（${ROLE_LABELS[unit.role]}）`;
}

/** `州住建局 → 省住建厅 负责 → 牵头`: a unit whose role changed, the other side's name where it differs. */
export function roleChangeLabel({ a, b }: { a: DiffUnit; b: DiffUnit }): string {
  return `${a.name}${a.name === b.name ? '' : ` → ${b.name}`} ${ROLE_LABELS[a.role]} → ${ROLE_LABELS[b.role]}`;
}

/** Longer insertions and deletions are cut to their first characters and a count. */
const LONG_CHANGE = 40;

/**
 * The changed stretches of a text with a little context, `…` where unchanged text is left out;
 * a long insertion or deletion shows its start and how many characters it has. Cuts fall between
 * characters, never inside one (code points, not UTF-16 units).
 */
export function renderTextChanges(changes: readonly TextChange[], style: TextStyle = plainStyle): string {
  return changes.map((change, index) => {
    const chars = Array.from(change.text.replace(/\n/g, '⏎'));
    if (change.op !== 'equal') {
      const shown = chars.length > LONG_CHANGE ? `${chars.slice(0, LONG_CHANGE / 2).join('')}…(${chars.length}字)` : chars.join('');
      return change.op === 'delete' ? style.error(`[-${shown}-]`) : style.responsible(`{+${shown}+}`);
    }
    const first = index === 0;
    const last = index === changes.length - 1;
    if (chars.length <= 2 * CONTEXT) return chars.join('');
    const head = chars.slice(0, CONTEXT).join('');
    const tail = chars.slice(-CONTEXT).join('');
    return first ? `…${tail}` : last ? `${head}…` : `${head}…${tail}`;
  }).join('');
}
