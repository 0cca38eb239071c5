/**
 * One side's text of a character diff, with its paragraph breaks put back: the comparison diffs
 * each side's texts joined without their line breaks (where a plan breaks a task is no change of
 * its text), so the writer finds where each paragraph and each item of the side ended and breaks
 * the text there again.
 */
import type { DiffItem, TextChange } from '../../model/diff.js';
import { escapeHtml } from './escape.js';

/**
 * The unchanged text and this side's changes marked (`<del>` in A, `<ins>` in B), a `\n` where
 * one of the side's paragraphs or items ends (the page shows it with `white-space: pre-line`).
 *
 *     renderTextChanges([{ op: 'equal', text: '完善园区基础设施。拓展' }, { op: 'insert', text: '园区' }], 'insert', [{ text: '完善园区基础设施。\n拓展', … }])
 *     // → '完善园区基础设施。\n拓展<ins>园区</ins>'
 */
export function renderTextChanges(changes: readonly TextChange[], op: 'delete' | 'insert', items: readonly DiffItem[]): string {
  const tag = op === 'delete' ? 'del' : 'ins';
  const breaks = breakOffsets(items);
  let next = 0;
  let offset = 0;
  const parts: string[] = [];
  for (const change of changes) {
    if (change.op !== 'equal' && change.op !== op) continue;
    const end = offset + change.text.length;
    let text = '';
    let from = offset;
    for (; next < breaks.length && breaks[next]! < end; next++) {
      text += `${change.text.slice(from - offset, breaks[next]! - offset)}\n`;
      from = breaks[next]!;
    }
    text += change.text.slice(from - offset);
    offset = end;
    parts.push(change.op === 'equal' ? escapeHtml(text) : `<${tag}>${escapeHtml(text)}</${tag}>`);
  }
  return parts.join('');
}

/** Where, in the side's texts joined without line breaks, a paragraph or an item ends: ascending, none at either end. */
function breakOffsets(items: readonly DiffItem[]): number[] {
  const breaks: number[] = [];
  let offset = 0;
  for (const item of items) {
    for (const line of item.text.split('\n')) {
      offset += line.length;
      if (offset > 0 && breaks.at(-1) !== offset) breaks.push(offset);
    }
  }
  // the end of the last item is the end of the text
  if (breaks.at(-1) === offset) breaks.pop();
  return breaks;
}
