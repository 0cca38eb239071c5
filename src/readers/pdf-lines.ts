/**
 * A PDF page's text runs put back into lines: by baseline (top to bottom), then left to right,
 * with a space where the gap between two runs is wider than a space.
 */
import { maxOf, minOf } from '../collections.js';

/** A run of text as the PDF places it, in page space with y growing downwards; `y` is its baseline. */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size on the page (the height of an em). */
  size: number;
}

/** A line of text on a page, and where it stands. */
export interface PdfLine {
  items: PdfItem[];
  text: string;
  /** Left and right ends, and the baseline. */
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Baselines closer than this share of the font size are one line (a superscript, a mixed-font run). */
const SAME_BASELINE = 0.35;
/** A gap wider than this share of the font size between two runs is a space. */
const SPACE_GAP = 0.22;
/**
 * A gap wider than this many characters parts two columns: a tab, which the text-table reader
 * splits rows at (a table laid out without ruling lines, one row a line).
 */
const COLUMN_GAP = 2.5;

/**
 * The items' lines in reading order: sorted by baseline, an item joining the line whose baseline
 * lies within a third of its size; each line's items left to right. A run drawn twice at (almost)
 * the same place — a bold faked by overprinting — counts once.
 *
 *     groupLines([{ text: '（责任单位：', x: 90, y: 300, width: 84, size: 14 }, { text: '一、总体要求', x: 90, y: 280, … }, …])
 *     // → [{ text: '一、总体要求', y: 280, … }, { text: '（责任单位：…', y: 300, … }]
 */
export function groupLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    if (group && item.y - baseline <= SAME_BASELINE * item.size) group.push(item);
    else {
      groups.push([item]);
      baseline = item.y;
    }
  }
  return groups.map(makePdfLine);
}

/** A line of items (in any order): sorted left to right, overprinted runs dropped, gaps as spaces, wide gaps as tabs. */
export function makePdfLine(items: readonly PdfItem[]): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const kept: PdfItem[] = [];
  let text = '';
  for (const item of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && isOverprint(previous, item)) continue;
    const gap = previous ? item.x - (previous.x + previous.width) : 0;
    if (gap > COLUMN_GAP * item.size) text = `${text.trimEnd()}\t`;
    else if (gap > SPACE_GAP * item.size && !text.endsWith(' ') && !item.text.startsWith(' ')) text += ' ';
    text += item.text;
    kept.push(item);
  }
  const size = maxOf(kept.map((item) => item.size));
  const right = maxOf(kept.map((item) => item.x + item.width));
  return { items: kept, text: text.trim(), x: kept[0]!.x, right, y: minOf(kept.map((item) => item.y)), size };
}

/** The same text drawn again within a point of the first: a faked bold, not two runs. */
function isOverprint(a: PdfItem, b: PdfItem): boolean {
  return a.text === b.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;
}
