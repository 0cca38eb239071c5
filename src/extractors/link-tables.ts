/**
 * Table rows ↔ body tasks: each row finds the task whose text contains it best (character
 * bigrams: Chinese has no spaces), and disagreements on units are reported.
 */
import type { Diagnostic, ResponsibilityTable, Task } from '../model/document.js';
import { unitKey } from './units.js';

/** A row belongs to a task when at least this share of its bigrams occurs in the task's text. */
const MIN_CONTAINMENT = 0.5;

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  const compact = text.replace(/[\s,，。;；、:：()（）“”"]/g, '');
  for (let i = 0; i + 1 < compact.length; i++) grams.add(compact.slice(i, i + 2));
  return grams;
}

/**
 * Sets each row's `task` to the id of the body task it restates, and reports where a row and its
 * task name different units. A table may split one task into several rows (the jilin plan's
 * rows 3–5 are its task 3); a row naming a unit its task does not, or a task whose units no row
 * names, is a disagreement the analyst must settle.
 */
export function linkTableRows(table: ResponsibilityTable, tasks: readonly Task[]): Diagnostic[] {
  const index = new Map<string, number[]>();
  const taskGrams = tasks.map((task) => bigrams(task.text));
  taskGrams.forEach((grams, i) => {
    for (const gram of grams) {
      const list = index.get(gram);
      if (list) list.push(i);
      else index.set(gram, [i]);
    }
  });
  const rowsOfTask = new Map<number, number[]>();
  table.rows.forEach((row, r) => {
    const grams = bigrams(row.text);
    if (grams.size === 0) return;
    const hits = new Map<number, number>();
    for (const gram of grams) for (const i of index.get(gram) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    let best = -1;
    let bestShare = MIN_CONTAINMENT;
    for (const [i, count] of hits) {
      const share = count / grams.size;
      if (share > bestShare || (share === bestShare && best >= 0 && i < best)) [best, bestShare] = [i, share];
    }
    if (best < 0) return;
    row.task = tasks[best]!.id;
    rowsOfTask.set(best, [...(rowsOfTask.get(best) ?? []), r]);
  });
  return compareUnits(table, tasks, rowsOfTask);
}

function compareUnits(table: ResponsibilityTable, tasks: readonly Task[], rowsOfTask: ReadonlyMap<number, number[]>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const name = table.title ?? '表格';
  for (const [t, rowIndexes] of [...rowsOfTask].sort((a, b) => a[0] - b[0])) {
    const task = tasks[t]!;
    if (task.units.length === 0) continue;
    const taskKeys = new Map(task.units.filter((u) => !u.generic).map((u) => [unitKey(u.name), u.name]));
    const rows = rowIndexes.map((r) => table.rows[r]!);
    const rowKeys = new Map(rows.flatMap((row) => row.units.filter((u) => !u.generic).map((u) => [unitKey(u.name), u.name] as const)));
    const extra = [...rowKeys].filter(([key]) => !taskKeys.has(key)).map(([, unit]) => unit);
    const missing = [...taskKeys].filter(([key]) => !rowKeys.has(key)).map(([, unit]) => unit);
    const where = [...new Set(rows.map((row) => row.no))].join('、');
    if (extra.length === 0 && missing.length === 0) {
      // the jilin plan's rows 3–5 split its task 3, each row with a share of the units
      const shares = new Set(rows.map((row) => row.units.map((u) => unitKey(u.name)).sort().join('|')));
      if (shares.size > 1) diagnostics.push({ code: 'table-task-split', severity: 'info', message: `任务 ${task.id} 在${name}中拆为第 ${where} 行，各行的责任单位不同，合起来与任务一致`, line: rows[0]!.line });
      continue;
    }
    const parts = [extra.length ? `表中多出 ${extra.join('、')}` : '', missing.length ? `表中缺少 ${missing.join('、')}` : ''].filter(Boolean);
    diagnostics.push({ code: 'table-task-mismatch', severity: 'warning', message: `${name}第 ${where} 行与任务 ${task.id} 的责任单位不一致：${parts.join('；')}`, line: rows[0]!.line });
  }
  return diagnostics;
}
