/** Word tables (w:tbl) as grids, merged cells copied into every place they cover; a table nested in a cell is flattened into its text. */
import { readParagraph, type Context } from './docx-paragraphs.js';
import { attr, child, childrenThrough, intAttr, isOn, local, NONE, walkChildren, WRAPPERS, type XmlNode } from './docx-xml.js';
import { foldLine, removeStraySpaces } from './text.js';
import type { TableCell } from './types.js';

/** Word allows 63 columns; a larger w:gridSpan is damage (or an attack on memory). */
const MAX_SPAN = 64;

/**
 * A w:tbl as a grid: w:gridSpan copies a cell rightwards (fromLeft), a w:vMerge continuation
 * copies the cell above (fromAbove); rows are padded to the widest. Rows deleted with tracked changes are left out.
 *
 *     > | 序号 | 重点任务 | 牵头单位 | 配合单位 |
 *     > | 一、推进城市更新 (gridSpan 4)            |
 */
export function readTable(tbl: XmlNode, context: Context): TableCell[][] {
  const { w } = context;
  const rows: TableCell[][] = [];
  for (const tr of childrenThrough(tbl, w, 'tr')) {
    const trPr = child(tr, w, 'trPr');
    if (child(trPr, w, 'del')) continue;
    const row: TableCell[] = [];
    padRow(row, row.length + Math.min(intAttr(child(trPr, w, 'gridBefore'), w, 'val') ?? 0, MAX_SPAN));
    const above = rows[rows.length - 1];
    for (const tc of childrenThrough(tr, w, 'tc')) {
      const tcPr = child(tc, w, 'tcPr');
      const span = Math.min(Math.max(intAttr(child(tcPr, w, 'gridSpan'), w, 'val') ?? 1, 1), MAX_SPAN);
      const start = row.length;
      if (continues(child(tcPr, w, 'vMerge'), w) && above?.[start]) {
        for (let i = 0; i < span; i++) {
          const cell = above[start + i];
          row.push(cell ? { ...cell, fromAbove: true, fromLeft: i > 0 } : { text: '', fromAbove: false, fromLeft: i > 0 });
        }
      } else if (continues(child(tcPr, w, 'hMerge'), w) && start > 0) {
        // the legacy horizontal merge of Word 97 files converted to .docx
        const left = row[start - 1]!;
        for (let i = 0; i < span; i++) row.push({ ...left, fromLeft: true });
      } else {
        const text = cellText(tc, context);
        const emphasized = boldRuns(tc, w);
        for (let i = 0; i < span; i++) row.push(emphasized.length > 0 ? { text, fromAbove: false, fromLeft: i > 0, emphasized } : { text, fromAbove: false, fromLeft: i > 0 });
      }
    }
    padRow(row, row.length + Math.min(intAttr(child(trPr, w, 'gridAfter'), w, 'val') ?? 0, MAX_SPAN));
    if (row.length > 0) rows.push(row);
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) padRow(row, width);
  return rows;
}

/** `<w:vMerge/>` and `<w:vMerge w:val="continue"/>` continue the cell above; `restart` starts one. */
function continues(merge: XmlNode | undefined, w: string): boolean {
  return merge !== undefined && attr(merge, w, 'val') !== 'restart';
}

function padRow(row: TableCell[], width: number): void {
  while (row.length < width) row.push({ text: '', fromAbove: false, fromLeft: false });
}

/**
 * A cell's paragraphs, normalized, joined by \n. A table nested in the cell is flattened into it:
 * each inner row one line, its cells joined by a space.
 */
function cellText(tc: XmlNode, context: Context): string {
  const lines: string[] = [];
  let target = lines;
  const stack: Array<{ nodes: XmlNode[]; index: number; done: (() => void) | null }> = [{ nodes: tc.children ?? NONE, index: 0, done: null }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.index++];
    if (!node) {
      stack.pop();
      top.done?.();
      continue;
    }
    const kind = local(node, context.w);
    if (kind === 'p') {
      for (const segment of readParagraph(node, context) ?? NO_SEGMENTS) {
        const text = removeStraySpaces(foldLine(segment));
        if (text !== '') target.push(text);
      }
    } else if (kind === 'tr' || kind === 'tc') {
      const outer = target;
      const inner: string[] = [];
      target = inner;
      stack.push({
        nodes: node.children ?? NONE,
        index: 0,
        done: () => {
          target = outer;
          const text = inner.join(' ');
          if (text !== '') outer.push(text);
        },
      });
    } else if (kind === 'tbl' || WRAPPERS.has(kind)) {
      stack.push({ nodes: node.children ?? NONE, index: 0, done: null });
    }
  }
  return lines.join('\n');
}

const NO_SEGMENTS: string[] = [];

/**
 * The texts of a cell's runs set in bold (`<w:b/>`), runs side by side joined, normalized like
 * the cell's text: `市自然资源和规划局、**市住建局**` → ['市住建局'].
 */
export function boldRuns(tc: XmlNode, w: string): string[] {
  const runs: string[] = [];
  let current = '';
  const end = (): void => {
    const text = removeStraySpaces(foldLine(current)).trim();
    if (text !== '') runs.push(text);
    current = '';
  };
  walkChildren(tc, (node) => {
    const kind = local(node, w);
    if (kind === 'p') end();
    if (kind !== 'r') return kind !== 'rPr' && kind !== 'pPr' && kind !== 'del' && kind !== 'moveFrom';
    let text = '';
    for (const t of node.children ?? NONE) if (local(t, w) === 't') for (const data of t.children ?? NONE) text += data.data ?? '';
    if (text === '') return false;
    if (isOn(child(child(node, w, 'rPr'), w, 'b'), w)) current += text;
    else end();
    return false;
  });
  end();
  return runs;
}
