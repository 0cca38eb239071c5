/**
 * Table rows ↔ body tasks: each row finds the task whose text contains it best (character
 * bigrams: Chinese has no spaces), and disagreements on units are reported.
 */
import type { Diagnostic, ResponsibilityTable, Role, TableRow, Task } from '../model/document.js';
import { columnKind, isUnitKind } from './table-header.js';
import { unitKey } from './units.js';

const ROLE_WORDS: Readonly<Record<Role, string>> = { lead: '牵头', responsible: '负责', support: '配合' };

/** A row belongs to a task when at least this share of its bigrams occurs in the task's text. */
const MIN_CONTAINMENT = 0.5;
/** Characters of a probe: long enough to be rare, short enough to survive small rewordings. */
const PROBE = 6;
/** Tasks a row is compared with at most: a table restates its own plan, which stands near it. */
const MAX_CANDIDATES = 500;
/** Characters of the shortest task title a row may be linked by (加强组织领导). */
const MIN_TITLE = 4;
/** Tasks a reworded row (no probe found whole) is compared with by bigrams. */
const MAX_REWORDED = 100;

/** Punctuation and spaces, which the bigrams leave out (a table may punctuate a task differently). */
const PUNCTUATION = new Set([...' \n\t,，。;；、:：()（）“”"']);

/** Character bigrams as numbers (two UTF-16 code units), punctuation skipped: no string per bigram. */
function bigrams(text: string): Set<number> {
  const grams = new Set<number>();
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    if (PUNCTUATION.has(text[i]!)) continue;
    const code = text.charCodeAt(i);
    if (previous >= 0) grams.add(previous * 0x10000 + code);
    previous = code;
  }
  return grams;
}

/** Share of a row's bigrams found in a task's. */
function containment(row: ReadonlySet<number>, task: ReadonlySet<number>): number {
  let found = 0;
  for (const gram of row) if (task.has(gram)) found++;
  return found / row.size;
}

/**
 * Sets each row's `task` to the id of the body task it restates, and reports where a row and its
 * task name different units. A table may split one task into several rows (the jilin plan's
 * rows 3–5 are its task 3); a row naming a unit its task does not, or a task whose units no row
 * names, is a disagreement the analyst must settle (in a list by unit, only the first is).
 *
 * Tasks are searched nearest first (those standing before the table, closest first; at most
 * {@link MAX_CANDIDATES}): the first holding a few short probes of the row (native substring
 * search) wins; then a task whose title the row opens with and goes on from (a row restating a
 * short task in more words); only when none does (a reworded row) are bigrams compared.
 */
export function linkTableRows(table: ResponsibilityTable, tasks: readonly Task[], byLine: readonly number[] = tasksInLineOrder(tasks)): Diagnostic[] {
  // each task's bigrams, made when first needed
  const taskGrams = new Map<number, Set<number>>();
  const gramsOf = (i: number): Set<number> => {
    let grams = taskGrams.get(i);
    if (!grams) taskGrams.set(i, (grams = bigrams(tasks[i]!.text)));
    return grams;
  };
  const titles = new Map<number, string>();
  const titleAt = (i: number): string => {
    let title = titles.get(i);
    if (title === undefined) titles.set(i, (title = titleOf(tasks[i]!)));
    return title;
  };
  const order = nearestFirst(tasks, byLine, table.line);
  const projectList = isProjectList(table.columns);
  const sections = new Map<string, number>();
  const rowsOfTask = new Map<number, number[]>();
  let next = -1; // rows follow the tasks' order: after the first row, look near the last match first
  table.rows.forEach((row, r) => {
    const text = row.text;
    if (text.length < 2) return;
    // probes as written: body and table are normalized alike, so a row cut from a task matches
    const probes = [0, Math.floor(text.length / 2), text.length - PROBE].filter((at) => at >= 0).map((at) => text.slice(at, at + PROBE));
    const holds = (i: number): boolean => probes.every((probe) => tasks[i]!.text.includes(probe));
    // the usual case: the row is cut from one task, which holds every probe — no bigrams needed
    let best = -1;
    if (next >= 0) for (let i = Math.max(0, next - 1); i < Math.min(tasks.length, next + 3) && best < 0; i++) if (holds(i)) best = i;
    if (best < 0) best = order.find(holds) ?? -1;
    if (best < 0) best = restatedTitle(text, order, titleAt);
    // a row under a section that is a task's title is that task's, before any sharing of words (滁州 probe round 70)
    if (best < 0) best = sectionTask(row.section, order, titleAt, sections);
    // a project list's rows are projects, no measures reworded (鄂温克 probe round 68: `奶食品加工合作社扩建项目` under
    // `2.发展特色产业项目。依托民族特色奶食品…`): linked only where the row is cut from a task or restates its title
    if (best < 0 && !projectList) {
      // a reworded row: the tasks sharing a probe, else the plan's tasks nearest the table
      let candidates: number[] = [];
      for (let k = 0; k < order.length && candidates.length < MAX_REWORDED; k++) {
        if (probes.some((probe) => tasks[order[k]!]!.text.includes(probe))) candidates.push(order[k]!);
      }
      if (candidates.length === 0) candidates = order.slice(0, MAX_REWORDED);
      let bestShare = MIN_CONTAINMENT;
      const grams = bigrams(text);
      for (const i of candidates) {
        const share = containment(grams, gramsOf(i));
        if (share > bestShare) [best, bestShare] = [i, share];
      }
    }
    if (best < 0) best = sectionTask(row.section, order, titleAt, sections);
    if (best < 0) return;
    next = best;
    row.task = tasks[best]!.id;
    rowsOfTask.set(best, [...(rowsOfTask.get(best) ?? []), r]);
  });
  return compareUnits(table, tasks, rowsOfTask);
}

/** Whether a table's columns are a project list's: its rows named by 项目名称, no task or measure column beside it. */
function isProjectList(columns: readonly string[]): boolean {
  // a project's 建设内容及规模 is what it builds, no measure (赣州 probe round 92)
  return columns.some((column) => /^(?:项目名称|项目)$/.test(column)) && !columns.some((column) => /任务|措施|工作|举措|事项|内容/.test(column) && !/^建设(?:内容|规模)/.test(column));
}

/** A table section's marker: `一、`, `(二)`, `3.`. */
const SECTION_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,3}[、.])\s*/;

/**
 * The task a row's section is the title of, or -1: a table that spells a task out in rows of its
 * own words, under the task's title as their section (三明 probe round 20: rows under
 * `一、夯实数字基础设施` are the measures of task `(一)夯实数字基础设施。…`). Found once a section.
 */
function sectionTask(section: string | null, order: readonly number[], titleAt: (i: number) => string, found: Map<string, number>): number {
  if (section === null) return -1;
  let task = found.get(section);
  if (task === undefined) {
    const title = section.replace(SECTION_MARKER, '').replace(/[。;；]$/, '');
    // the body may open the title with the verb that starts the action (滁州 probe round 70: `（一）实施科技创新策源行动。` over rows
    // under `一、科技创新策源行动`)
    task = title.length < MIN_TITLE ? -1 : order.find((i) => titleAt(i) === title || titleAt(i).replace(ACTION_VERB, '') === title) ?? -1;
    found.set(section, task);
  }
  return task;
}

/** The verb a title may open its action with: 实施, 开展, 推进. */
const ACTION_VERB = /^(?:深入|大力|全面|持续|扎实)?(?:实施|开展|推进|推动|启动)/;

/** A task's title: its own, or its text's first sentence (`整治农村人居环境。`). */
function titleOf(task: Task): string {
  if (task.title) return task.title;
  const end = task.text.search(/[。;；!！?？\n]/);
  return end < 0 ? task.text : task.text.slice(0, end);
}

/**
 * The task whose title a row opens with, whole up to a stop, and then goes on (the nearest, of
 * the longest such titles), or -1. A row restating a short task in more words shares too few of
 * its bigrams with it to be found by them.
 *
 *     > | 整治农村人居环境，开展村庄清洁行动        (table row)
 *         ^^^^^^^^^^^^^^^^ 整治农村人居环境。      (task 1.2)
 */
function restatedTitle(text: string, order: readonly number[], titleAt: (i: number) => string): number {
  let best = -1;
  let longest = MIN_TITLE - 1;
  for (const i of order) {
    const title = titleAt(i);
    if (title.length <= longest || !text.startsWith(title)) continue;
    const after = text[title.length];
    if (after === undefined || PUNCTUATION.has(after)) [best, longest] = [i, title.length];
  }
  return best;
}

/**
 * Task indexes, those before the table first and closest first, then those after; capped. The
 * table's place among the tasks is found by bisection, so a long input with many tables costs each
 * table its candidates, not a pass over every task.
 */
function nearestFirst(tasks: readonly Task[], byLine: readonly number[], line: number): number[] {
  let low = 0;
  let high = byLine.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tasks[byLine[middle]!]!.line < line) low = middle + 1;
    else high = middle;
  }
  const order: number[] = [];
  for (let i = low - 1; i >= 0 && order.length < MAX_CANDIDATES; i--) order.push(byLine[i]!);
  for (let i = low; i < byLine.length && order.length < MAX_CANDIDATES; i++) order.push(byLine[i]!);
  return order;
}

/** Task indexes in line order, made once for all the tables of a document (tasks come in source order; the stable sort settles the odd exception). */
export function tasksInLineOrder(tasks: readonly Task[]): number[] {
  return tasks.map((_, i) => i).sort((a, b) => tasks[a]!.line - tasks[b]!.line);
}

/**
 * Whether a table lists its rows by unit: its unit column stands before the text (a 部门责任清单,
 * one row per unit, its duties in the next cell; 荆门 probe round 13).
 *
 *     > | 序号 | 责任单位     | 主要任务                                   | 完成时限
 *     > | 3    | 市卫生健康委 | 1.牵头推进新生儿出生“一件事”;2.做好…      | 2024年6月底前
 */
function listsByUnit(table: ResponsibilityTable): boolean {
  const kinds = table.columns.map(columnKind);
  const unitAt = kinds.findIndex(isUnitKind);
  const textAt = kinds.indexOf('text');
  return unitAt >= 0 && textAt > unitAt;
}

/**
 * Each task's units against those of the rows restating it. A row of a list by unit
 * ({@link listsByUnit}) states its own unit's share of a task, whose other units have rows of
 * their own (often worded apart, and linked elsewhere or not at all): only the units it names that
 * the task does not are a disagreement there.
 */
/**
 * The units a task's rows give a role that contradicts the task's, as `X（任务中配合，表中牵头）`: leading in
 * every row that names it where the task has it supporting, or the reverse (a 责任单位 is either: no
 * disagreement; a unit leading one row of a split task and supporting another agrees with either).
 */
function changedRoles(task: Task, rows: readonly TableRow[], keyOf: (unit: string) => string): string[] {
  const taskRoles = new Map(task.units.filter((u) => !u.generic).map((u) => [keyOf(u.name), u.role]));
  const rowRoles = new Map<string, { name: string; roles: Set<Role> }>();
  for (const row of rows) {
    for (const unit of row.units) {
      if (unit.generic) continue;
      const key = keyOf(unit.name);
      const seen = rowRoles.get(key);
      if (seen) seen.roles.add(unit.role);
      else rowRoles.set(key, { name: unit.name, roles: new Set([unit.role]) });
    }
  }
  const changes: string[] = [];
  for (const [key, { name, roles }] of rowRoles) {
    const role = taskRoles.get(key);
    if (role === undefined || role === 'responsible') continue;
    const other: Role = role === 'lead' ? 'support' : 'lead';
    if (roles.size === 1 && roles.has(other)) changes.push(`${name}（任务中${ROLE_WORDS[role]}，表中${ROLE_WORDS[other]}）`);
  }
  return changes;
}

function compareUnits(table: ResponsibilityTable, tasks: readonly Task[], rowsOfTask: ReadonlyMap<number, number[]>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const name = table.title ?? '表格';
  const byUnit = listsByUnit(table);
  // a table names the same few units row after row
  const keys = new Map<string, string>();
  const keyOf = (unit: string): string => {
    let key = keys.get(unit);
    if (key === undefined) keys.set(unit, (key = unitKey(unit)));
    return key;
  };
  for (const [t, rowIndexes] of [...rowsOfTask].sort((a, b) => a[0] - b[0])) {
    const task = tasks[t]!;
    if (task.units.length === 0) continue;
    const taskKeys = new Map(task.units.filter((u) => !u.generic).map((u) => [keyOf(u.name), u.name]));
    const rows = rowIndexes.map((r) => table.rows[r]!);
    const rowKeys = new Map(rows.flatMap((row) => row.units.filter((u) => !u.generic).map((u) => [keyOf(u.name), u.name] as const)));
    const extra = [...rowKeys].filter(([key]) => !taskKeys.has(key)).map(([, unit]) => unit);
    const missing = byUnit ? [] : [...taskKeys].filter(([key]) => !rowKeys.has(key)).map(([, unit]) => unit);
    const where = [...new Set(rows.map((row) => row.no))].join('、');
    if (byUnit && extra.length === 0) continue;
    const roleChanges = byUnit ? [] : changedRoles(task, rows, keyOf);
    if (extra.length === 0 && missing.length === 0) {
      // the jilin plan's rows 3–5 split its task 3, each row with a share of the units
      const shares = new Set(rows.map((row) => row.units.map((u) => keyOf(u.name)).sort().join('|')));
      if (shares.size > 1) diagnostics.push({ code: 'table-task-split', severity: 'info', message: `任务 ${task.id} 在${name}中拆为第 ${where} 行，各行的责任单位不同，合起来与任务一致`, line: rows[0]!.line });
      else if (roleChanges.length > 0) diagnostics.push({ code: 'table-task-role-mismatch', severity: 'info', message: `${name}第 ${where} 行与任务 ${task.id} 的角色不同：${roleChanges.join('、')}`, line: rows[0]!.line });
      continue;
    }
    // …and where the names differ too, the leads a table's rows give otherwise (许昌 probe round 90: a row making 市卫生健康委
    // lead where the task has it supporting): a table re-assigning the lead is what an analyst checks first
    const parts = [extra.length ? `表中多出 ${extra.join('、')}` : '', missing.length ? `表中缺少 ${missing.join('、')}` : '', roleChanges.length ? `角色不同 ${roleChanges.join('、')}` : ''].filter(Boolean);
    diagnostics.push({ code: 'table-task-mismatch', severity: 'warning', message: `${name}第 ${where} 行与任务 ${task.id} 的责任单位不一致：${parts.join('；')}`, line: rows[0]!.line });
  }
  return diagnostics;
}
