/**
 * Word's automatic numbering (一、 （一） 1. drawn by the list definitions) is not in a .doc's
 * text: such a plan comes out with its notes standing in paragraphs that no marker opens. Those
 * paragraphs become tasks without a marker (N1, N2 …), with the paragraph before a note standing on
 * its own line, and a warning says why, so a flat document is not taken for a complete one.
 */
import type { Diagnostic } from '../model/document.js';
import type { NoteFinder } from './find-notes.js';
import type { Paragraph } from './paragraphs.js';
import type { Item } from './segment-tasks.js';

/**
 * The paragraphs outside every numbered item that carry a responsibility note, as items with no
 * marker printed, in line order; and a warning when there are any.
 *
 *     > | 推进老旧小区改造。2024年改造老旧小区120个。（责任单位：州住建局，各县市政府）
 *         ^ the .docx drew “1.” here; the .doc's text has no marker
 */
export function lostNumbering(paragraphs: readonly Paragraph[], finder: NoteFinder, idPrefix: string): { items: Item[]; diagnostics: Diagnostic[] } {
  const groups: Paragraph[][] = [];
  let open: Paragraph[] | null = null; // the task being read: a note line right after it is its own
  let text: Paragraph | null = null; // a paragraph without a note, which a note line right after it closes
  const sorted = [...paragraphs].sort((a, b) => a.line - b.line);
  const notedAt = sorted.map((paragraph) => finder.findNotes(paragraph.text).length > 0);
  // `牵头单位：县农业农村局` on its own line after the task's paragraph: that task's, not one of its own
  const noteLineAt = sorted.map((paragraph, k) => notedAt[k]! && finder.isNoteOnly(paragraph.text));
  /** Whether the items after a short line number one: its title; more, and it heads them. */
  const titlesOne = (k: number): boolean => {
    let items = 0;
    for (let j = k; j < sorted.length && notedAt[j]; j++) if (!noteLineAt[j]) items++;
    return items === 1;
  };
  for (let k = 0; k < sorted.length; k++) {
    const paragraph = sorted[k]!;
    const noted = notedAt[k]!;
    const noteLine = noteLineAt[k]!;
    const last = open?.[open.length - 1] ?? text;
    const follows = last !== null && paragraph.line - last.endLine <= 2;
    if (noteLine && follows && open) open.push(paragraph);
    else if (noteLine && follows && text) groups.push((open = [text, paragraph]));
    // `强化督查考核` / `将…纳入…考核。（责任单位：…）`: the item's title on a line of its own, its number lost with it
    else if (noted && follows && text && isItemTitle(text.text) && titlesOne(k)) groups.push((open = [text, paragraph]));
    else if (noted) groups.push((open = [paragraph]));
    else open = null;
    text = noted ? null : paragraph;
  }
  if (groups.length === 0) return { items: [], diagnostics: [] };
  const items = groups.map((group, index): Item => ({
    marker: { kind: 'num', value: index + 1, printed: '', length: 0 },
    key: 'lost',
    paragraphs: group,
    children: [],
    closed: true,
  }));
  const ids = items.length === 1 ? `${idPrefix}N1` : `${idPrefix}N1–${idPrefix}N${items.length}`;
  const message = `${items.length} 段文字带有责任单位却不在任何编号任务中：.doc 的文本不含 Word 自动编号，已列为无编号任务 ${ids}，任务的层级可能不全（在 Word 中另存为 .docx 后再读）`;
  return { items, diagnostics: [{ code: 'numbering-not-in-text', severity: 'warning', message, line: groups[0]![0]!.line }] };
}

/** The names of a plan's parts (重点任务, 保障措施): a heading over items, not an item's title. */
const PART_NAME = /^(?:总体要求|指导思想|基本原则|工作原则|工作目标|主要目标|目标任务|发展目标|重点任务|主要任务|工作任务|重点工作|主要措施|保障措施|组织保障|工作要求|实施步骤|进度安排|时间安排|组织实施|工作措施|工作安排)$/;

/** A short line with no sentence in it that names no part of the plan: an item's title. */
function isItemTitle(text: string): boolean {
  return text.length >= 4 && text.length <= 16 && !/[。;；,，:：!?！？]/.test(text) && !PART_NAME.test(text);
}
