/**
 * A division of work that names tasks by their numbers, apart from them: a closing section
 * (`四、责任分工` / `第（一）至（三）项：市发展改革委牵头，…配合。` / `第（八）项：…负责。`, 株洲 probe round 42)
 * or a paragraph after the last task (`以上措施第1、2项由市商务局牵头，…；第8项由…；第9项由…`, 赣州).
 * The tasks it names that have no note of their own take its units.
 */
import type { Diagnostic, Task, UnitAssignment } from '../model/document.js';
import { type MarkerKind, parseChineseNumber, readMarker } from './numbering.js';
import { parseNote } from './responsibility-note.js';
import { writtenUnit } from './units.js';
import { append } from '../collections.js';

/** The title of a section that divides the work: `责任分工`, `任务分工`, `职责分工` … */
const DIVISION_TITLE = /^(?:责任|任务|职责|工作)?(?:分工|分解)(?:安排|情况)?[。:：]?$/;

/** Whether a task's text opens with the title of a section that divides the work (`任务分工` then its lines). */
export function opensDivisionSection(text: string): boolean {
  const titleEnd = text.indexOf('\n');
  return titleEnd >= 0 && isDivisionTitle(text.slice(0, titleEnd));
}

const isDivisionTitle = (text: string): boolean => text.length <= 12 && DIVISION_TITLE.test(text.trim());

/** A clause that opens with the numbers of the tasks it names: `第（一）至（三）项：`, `以上措施第1、2项由`. */
const NUMBERED_CLAUSE = /^(?:(?:以上|上述|前述)(?:各项)?(?:措施|任务|工作|事项)?)?第(\(?)([0-9一二三四五六七八九十]{1,4})/;

interface Division {
  /** The families the numbers may be of: `(一)` is a (一)'s, `1` a 1.'s or a (1)'s. */
  kinds: readonly MarkerKind[];
  numbers: readonly number[];
  units: UnitAssignment[];
  /** The clause as written: the tasks' responsibility. */
  text: string;
  /** The source line of a paragraph after the tasks that holds it, or null for a section's line. */
  line: number | null;
  /** The chapter its numbers are counted in (`第二部分第（一）项…`: 2), or null where it names none. */
  part: number | null;
}

/** A part of the plan named before the numbers of its tasks: `第二部分`, `第三章`. */
const PART = /^第([一二三四五六七八九十]{1,3}|\d{1,2})(?:部分|章)/;

/** The clauses of a text that name tasks by number and units: parted by stops and semicolons. */
function readDivisions(text: string, line: number | null = null): Division[] {
  const divisions: Division[] = [];
  // the part the clauses name their tasks in, from the clause that names it to the next that names another
  // (温州 probe round 74: `第二部分第（一）项由…；第（二）项由…。` / `第三部分第（一）项由…`)
  let part: number | null = null;
  for (const clause of text.split(/[。;；\n]/)) {
    let trimmed = clause.trim();
    const partAt = trimmed.startsWith('第') ? PART.exec(trimmed) : null;
    if (partAt) {
      part = parseChineseNumber(partAt[1]!);
      trimmed = trimmed.slice(partAt[0].length);
    }
    const opening = NUMBERED_CLAUSE.exec(trimmed);
    if (!opening) continue;
    // `以上措施第1、2项由…` is read as `第1、2项由…`; a rule's article (`第四条　州住建局负责…`) names no task
    const written = trimmed.slice(trimmed.indexOf('第'));
    const item = written.indexOf('项');
    if (item < 0 || item > 26 || written.slice(0, item).includes('条')) continue;
    const note = parseNote(written, 'verb');
    if (note?.covers?.kind !== 'numbered' || note.units.length === 0) continue;
    const bracketed = opening[1] === '(';
    const arabic = /\d/.test(opening[2]!);
    const kinds: MarkerKind[] = arabic ? (bracketed ? ['num-paren'] : ['num', 'num-paren']) : bracketed ? ['cn-paren'] : ['cn-paren', 'cn'];
    divisions.push({ kinds, numbers: note.covers.numbers, units: note.units.map(writtenUnit), text: trimmed, line, part });
  }
  return divisions;
}

/** The texts of the paragraphs (in line order) that stand within lines [line, endLine]: found by bisection, not a pass over all. */
function paragraphsWithin(paragraphs: ReadonlyArray<{ text: string; line: number; endLine: number }>, line: number, endLine: number): string[] {
  let [low, high] = [0, paragraphs.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (paragraphs[middle]!.line < line) low = middle + 1;
    else high = middle;
  }
  const texts: string[] = [];
  for (let k = low; k < paragraphs.length && paragraphs[k]!.endLine <= endLine; k++) texts.push(paragraphs[k]!.text);
  return texts;
}

/**
 * Gives the units of a division of work by number to the tasks it names that have none; a section
 * that holds only such a division (`四、责任分工`) is no task. `statements` are other paragraphs that
 * may hold one (text after the last task). Returns the tasks left and the lines of the statements read.
 */
export function divideByNumber(
  tasks: Task[], statements: ReadonlyArray<{ text: string; line: number }>, diagnostics: Diagnostic[], paragraphs: ReadonlyArray<{ text: string; line: number; endLine: number }> = [],
): { tasks: Task[]; read: ReadonlySet<number> } {
  const none = { tasks, read: new Set<number>() };
  // a section's division lines may have been read as its notes, out of its text (岳西 probe round 73: `四、任务分工` / `第1—3项：…牵头…`)
  const mayHold = (task: Task): boolean => mayDivide(task.text) || (task.responsibility !== null && mayDivide(task.responsibility));
  if (!statements.some((statement) => mayDivide(statement.text)) && !tasks.some(mayHold)) return none;
  const divisions: Division[] = statements.flatMap((statement) => readDivisions(statement.text, statement.line));
  const sections = new Set<Task>();
  for (const task of tasks) {
    // the title first: most tasks' texts are never split; every line under it may have been read as its notes, the title
    // alone left (蕉岭 probe round 83: `三、责任分工` / `第1—2项：特种设备安全监察股牵头，…` / `第3、4项：…`)
    if (!opensDivisionSection(task.text) && !(task.responsibility !== null && isDivisionTitle(task.text))) continue;
    // read from the section's paragraphs as written: the task's text has lost the clauses read as its notes
    // (绵阳 probe round 51: `第（一）项由X牵头，Y配合，各县市区人民政府负责实施。` kept only `第（一）项由X牵头`)
    const written = paragraphsWithin(paragraphs, task.line, task.endLine);
    const lines = written.length > 1 ? written : task.text.split('\n');
    const found = lines.slice(1).flatMap((line) => readDivisions(line));
    if (found.length === 0) continue;
    sections.add(task);
    divisions.push(...found);
  }
  // a division on the line after the last task, read as that task's note (大瑶 probe round 46: `以上第1—3项由…；第4、5项由…`
  // after 7.): the note is the division's, and each task takes what it names for its number, the last one too
  const reread = new Set<number>();
  for (const task of tasks) {
    const at = task.text.lastIndexOf('\n');
    const line = at < 0 ? '' : task.text.slice(at + 1);
    if (!NUMBERED_CLAUSE.test(line)) continue;
    // its last clause may have been read as the task's note (`…；第3项由镇党建办牵头，镇纪委配合。`)
    const noted = task.responsibility !== null && NUMBERED_CLAUSE.test(task.responsibility);
    const found = readDivisions(noted ? `${line}；${task.responsibility}` : line);
    if (found.length < 2) continue;
    divisions.push(...found);
    task.text = task.text.slice(0, at);
    // the units the task read from the division as its prose are the division's to give
    // …or its closing sentence for every task, read from the division's paragraph as written (荆门 probe round 54:
    // `…；第11项由…负责。各县（市、区）人民政府…负责本辖区各项措施的落实。`)
    const paragraph = task.responsibility !== null && !noted ? paragraphsWithin(paragraphs, task.line, task.endLine).at(-1) ?? '' : '';
    const closing = paragraph !== '' && paragraph.startsWith(line) && paragraph.includes(task.responsibility!);
    if (noted || closing || (task.responsibility !== null && line.startsWith(task.responsibility.slice(0, 4)))) {
      task.units = [];
      task.responsibility = null;
      reread.add(task.line);
    }
  }
  if (divisions.length === 0) return none;
  const remaining = sections.size > 0 ? tasks.filter((task) => !sections.has(task)) : tasks;
  // the tasks by their own marker's family and number, looked up rather than searched for each division
  const byNumber = new Map<string, Task[]>();
  for (const task of remaining) {
    const marker = readMarker(task.path[task.path.length - 1] ?? '');
    if (!marker) continue;
    const key = `${marker.kind}:${marker.value}`;
    if (!byNumber.has(key)) byNumber.set(key, []);
    byNumber.get(key)!.push(task);
  }
  const inPart = (task: Task, part: number | null): boolean => part === null || (task.path.length > 1 && readMarker(task.path[0]!)?.value === part);
  const named = (division: Division): Task[] => division.numbers.flatMap((value) => division.kinds.flatMap((kind) => (byNumber.get(`${kind}:${value}`) ?? []).filter((task) => inPart(task, division.part))));
  const chosen = chooseGroups(divisions.map(named));
  const given = new Set<number>();
  // the paragraphs after the tasks whose division was read: no text left out
  const read = new Set<number>();
  for (const division of divisions) {
    for (const task of named(division)) {
      if (task.units.length > 0 || !chosen.has(groupOf(task))) continue;
      task.units = division.units.map((unit) => ({ ...unit }));
      task.responsibility = division.text;
      given.add(task.line);
      if (division.line !== null) read.add(division.line);
      diagnostics.push({ code: 'units-from-division', severity: 'info', message: `任务 ${task.id} 没有责任表述，责任单位取自按序号分工的“${division.text.slice(0, 24)}”`, line: task.line });
    }
  }
  // the tasks that now have units are no longer without (warned of as their siblings were built)
  if (given.size > 0 || reread.size > 0) {
    const kept = diagnostics.filter((d) => (d.code !== 'task-without-unit' || !given.has(d.line!)) && (d.code !== 'units-from-text' || !reread.has(d.line!)));
    diagnostics.length = 0;
    append(diagnostics, kept);
  }
  return { tasks: remaining, read };
}

/**
 * Whether paragraphs hold a division by number (a line opening with `第（一）至（三）项：…`, `以上第1—3项由…`):
 * the plan then marks who does its tasks there, and its unmarked items name no units in their prose.
 */
export function holdsDivision(paragraphs: ReadonlyArray<{ text: string }>): boolean {
  return paragraphs.some((paragraph) => (paragraph.text.startsWith('第') || paragraph.text.startsWith('以上') || paragraph.text.startsWith('上述')) &&
    NUMBERED_CLAUSE.test(paragraph.text) && readDivisions(paragraph.text).length > 0);
}

/** Whether a text may hold a division by number: `第…项` at all. */
function mayDivide(text: string): boolean {
  return text.includes('第') && text.includes('项');
}

/** The group a task stands in: the markers above it. */
function groupOf(task: Task): string {
  return task.path.slice(0, -1).join('\u0000');
}

/**
 * The groups of tasks the numbers refer to: where numbering restarts in each chapter (`二、` and `三、`
 * both have a (一)), the group holding the most of the tasks named; where it runs on, every group.
 */
function chooseGroups(named: ReadonlyArray<readonly Task[]>): Set<string> {
  const counts = new Map<string, number>();
  const seen = new Set<Task>();
  let repeated = false;
  for (const tasks of named) {
    // one division naming two tasks of one number (two chapters' (一)): the numbering restarts
    if (new Set(tasks.map((task) => task.path[task.path.length - 1])).size < tasks.length) repeated = true;
    for (const task of tasks) {
      if (seen.has(task)) continue;
      seen.add(task);
      counts.set(groupOf(task), (counts.get(groupOf(task)) ?? 0) + 1);
    }
  }
  if (!repeated) return new Set(counts.keys());
  let best: string | null = null;
  for (const [group, count] of counts) if (best === null || count > counts.get(best)!) best = group;
  return new Set(best === null ? [] : [best]);
}
