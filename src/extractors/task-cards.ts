/**
 * Task cards (任务交办卡): Word or HTML tables that each hold one task as a record, labels beside
 * their values, read as the rows of one task table.
 */
import type { TableCell, TableGrid } from '../readers/types.js';
import { type ColumnKind, columnKind, isUnitKind } from './table-header.js';

/** One task's card: its fields in the order it gives them, and the source line it starts at. */
interface Card {
  fields: Array<[label: string, value: string]>;
  line: number;
}

/** The longest label a card writes: `责任单位及责任人` is 8; a longer cell is a value, not a label. */
const MAX_LABEL = 12;

/**
 * The task tables the runs of task cards among a document's grids make, each run read as one
 * grid: a header row of the cards' labels, then a row a card. Other grids are given back as they
 * are. Cards stand in a run where `adjacent` says nothing but blank lines parts two grids and
 * they open with the same label.
 *
 *     > | 任务编号 | 1                  | 任务名称 | 建设城市生命线安全工程 |
 *     > | 工作内容 | 完成中心城区燃气、供水、桥梁等城市生命线安全监测系统一期建设… |
 *     > | 牵头单位 | 市住房和城乡建设局 | 责任领导 | 副市长 张××           |
 *     > | 配合单位 | 市城市管理局、市数据局、市应急管理局                       |
 *     > | 完成时限 | 2024年12月底前                                              |
 *     → 任务编号 | 任务名称 | 工作内容 | 牵头单位 | 责任领导 | 配合单位 | 完成时限
 *       1        | 建设城市生命线安全工程 | 完成中心城区… | 市住房和城乡建设局 | …
 */
export function readTaskCards(grids: readonly TableGrid[], adjacent: (before: TableGrid, after: TableGrid) => boolean): readonly TableGrid[] {
  const read: TableGrid[] = [];
  let run: { first: TableGrid; last: TableGrid; cards: Card[] } | null = null;
  let found = false;
  for (const grid of [...grids].sort((a, b) => a.at - b.at)) {
    const cards = readCards(grid);
    if (cards && run && adjacent(run.last, grid) && cards[0]!.fields[0]![0] === run.cards[0]!.fields[0]![0]) {
      run.cards.push(...cards);
      run.last = grid;
      continue;
    }
    if (run) read.push(cardTable(run.first, run.cards));
    run = cards ? { first: grid, last: grid, cards } : null;
    if (cards) found = true;
    else read.push(grid);
  }
  if (run) read.push(cardTable(run.first, run.cards));
  return found ? read : grids;
}

/** The kind a card's label cell gives the value beside it, or null when the cell is no label. */
function labelKind(text: string): ColumnKind | null {
  return text.length > 0 && text.length <= MAX_LABEL ? columnKind(text) : null;
}

/**
 * The cards a grid holds, or null when it is no card: each row label, value, label, value … (a
 * value merged across the row counted once), a caption across the grid above the first; a label
 * the card opened with, given again, opens the next card (a two-column grid of many cards).
 */
function readCards(grid: TableGrid): Card[] | null {
  const cards: Card[] = [];
  let card: Card | null = null;
  for (let r = 0; r < grid.rows.length; r++) {
    const pieces = cellsOfRow(grid.rows[r]!);
    if (pieces.length === 0) continue;
    if (pieces.length === 1 && card === null && cards.length === 0 && labelKind(pieces[0]!) === null) continue;
    if (pieces.length % 2 !== 0) return null;
    for (let i = 0; i < pieces.length; i += 2) {
      const [label, value] = [pieces[i]!, pieces[i + 1]!];
      if (label === '' && value === '') continue;
      // a value that is a column's name itself (牵头单位 | 配合单位) is a header row's, not a card's
      if (labelKind(label) === null || namesColumn(value)) return null;
      if (card && card.fields[0]![0] === label) {
        cards.push(card);
        card = null;
      }
      card ??= { fields: [], line: grid.rowLines?.[r] ?? grid.line + r };
      const same = card.fields.find(([name]) => name === label);
      if (same) same[1] = same[1] && value ? `${same[1]}\n${value}` : same[1] || value;
      else card.fields.push([label, value]);
    }
  }
  if (card) cards.push(card);
  return cards.length > 0 && cards.every(isCard) ? cards : null;
}

/** The texts of a row's cells, each merged cell once, without the empty cells padding its end. */
function cellsOfRow(row: readonly TableCell[]): string[] {
  const texts = row.filter((cell) => !cell.fromLeft && !cell.fromAbove).map((cell) => cell.text);
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return texts;
}

/** Whether a value names a column of a task table: a 序号, a unit column, a deadline, a category. */
function namesColumn(value: string): boolean {
  const kind = labelKind(value);
  return kind !== null && kind !== 'text' && kind !== 'other';
}

/** A card names a task and its units: a text label (任务名称, 工作内容) and a unit label (牵头单位, 责任单位). */
function isCard(card: Card): boolean {
  const kinds = card.fields.map(([label]) => columnKind(label));
  return kinds.includes('text') && kinds.some(isUnitKind);
}

/**
 * The cards of a run as one grid where the first of them stood: the labels in the order the cards
 * give them (a label only some cards have placed after the label it follows there), a card a row.
 */
function cardTable(first: TableGrid, cards: readonly Card[]): TableGrid {
  const labels: string[] = [];
  for (const card of cards) {
    card.fields.forEach(([label], i) => {
      if (labels.includes(label)) return;
      const after = i > 0 ? labels.indexOf(card.fields[i - 1]![0]) : -1;
      labels.splice(after < 0 ? labels.length : after + 1, 0, label);
    });
  }
  nameFirst(labels);
  const cell = (text: string): TableCell => ({ text, fromAbove: false, fromLeft: false });
  const rows = cards.map((card) => labels.map((label) => cell(card.fields.find(([name]) => name === label)?.[1] ?? '')));
  return { rows: [labels.map(cell), ...rows], at: first.at, line: first.line, rowLines: [cards[0]!.line, ...cards.map((card) => card.line)] };
}

/** A text label that describes the task rather than names it: 工作内容, 具体措施, 目标要求. */
const DESCRIBES = /(?:内容|措施|要求|目标)$/;

/**
 * The labels with the task's name before its description, whichever a card gives first: a row's
 * text opens with its name (宜宾 card 4 writes 工作内容 on its first row, 任务名称 under it).
 */
function nameFirst(labels: string[]): void {
  const at = labels.flatMap((label, i) => (columnKind(label) === 'text' ? [i] : []));
  const ordered = at.map((i) => labels[i]!).sort((a, b) => Number(DESCRIBES.test(a)) - Number(DESCRIBES.test(b)));
  at.forEach((i, n) => (labels[i] = ordered[n]!));
}
