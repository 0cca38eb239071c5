/**
 * Word's automatic numbering (一、 （一） 1. drawn by the list definitions) is not in a .doc's
 * text: such a plan comes out with its notes standing in paragraphs that no marker opens. Said
 * in a warning, so a flat document is not taken for a complete one.
 */
import type { Diagnostic, Task } from '../model/document.js';
import type { SourceLine } from '../readers/text.js';
import type { NoteFinder } from './find-notes.js';

/**
 * A warning when lines before the attachments carry a responsibility note but belong to no task.
 *
 *     > | 推进老旧小区改造。2024年改造老旧小区120个。（责任单位：州住建局，各县市政府）
 *         ^ the .docx drew “1.” here; the .doc's text has no marker
 */
export function findLostNumbering(lines: readonly SourceLine[], end: number, tasks: readonly Task[], finder: NoteFinder): Diagnostic[] {
  const inTasks = new Set<number>();
  for (const task of tasks) for (let line = task.line; line <= task.endLine; line++) inTasks.add(line);
  const unnumbered = lines.slice(0, end).filter((line) => !inTasks.has(line.line) && finder.findNotes(line.text).length > 0);
  if (unnumbered.length === 0) return [];
  const message = `${unnumbered.length} 段文字带有责任单位却不在任何编号任务中：.doc 的文本不含 Word 自动编号，任务可能不全（在 Word 中另存为 .docx 后再读）`;
  return [{ code: 'numbering-not-in-text', severity: 'warning', message, line: unnumbered[0]!.line }];
}
