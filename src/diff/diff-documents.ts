/**
 * diffDocuments(A, B): pairs the tasks (and appendix table rows) of two extracted plans and
 * reports, pair by pair, how the text was reworded and how the responsibility moved.
 */
import { diffChars } from 'diff';
import type { DiffItem, DiffSide, DocumentDiff, TaskPair, TextChange } from '../model/diff.js';
import { DOCUMENT_LEVELS, type DocumentLevel, type PolicyDocument, printedPath, type UnitAssignment } from '../model/document.js';
import { alignItems } from './align.js';
import { compareUnits } from './compare-units.js';
import { append } from '../collections.js';

export interface DiffOptions {
  /** Items less similar than this (0–1, character bigrams) are not paired; default 0.35. */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.35;

/** Past this many edits a text diff is given as the whole text deleted and inserted: it bounds the time a rewrite takes. */
const MAX_EDITS = 4000;

interface Entry {
  item: DiffItem;
  units: readonly UnitAssignment[];
}

/**
 * Compares plan A with plan B: body tasks with body tasks, appendix table rows with table rows.
 *
 *     const d = diffDocuments(jilinPlan, yanbianPlan);
 *     d.pairs[1].units.removed // → [{ name: '省畜牧业管理局', … }]
 */
export function diffDocuments(a: PolicyDocument, b: PolicyDocument, options: DiffOptions = {}): DocumentDiff {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const pairs: TaskPair[] = [];
  const onlyA: DiffItem[] = [];
  const onlyB: DiffItem[] = [];
  let groups = 0;
  const levels = { a: levelRank(a.meta.level), b: levelRank(b.meta.level) };
  for (const [left, right] of [[tasksOf(a), tasksOf(b)], [rowsOf(a), rowsOf(b)]] as const) {
    const alignment = alignItems(left.map(({ item }) => item), right.map(({ item }) => item), threshold);
    // a split or merge is compared as a whole: the rows of a split task together against the task
    const compared = new Map<number, Pick<TaskPair, 'textChanged' | 'textDiff' | 'units'>>();
    for (const link of alignment.links) {
      let group = compared.get(link.group);
      if (group === undefined) {
        const members = alignment.links.filter((other) => other.group === link.group);
        const fromA = [...new Set(members.map((member) => member.a))].map((i) => left[i]!);
        const fromB = [...new Set(members.map((member) => member.b))].map((j) => right[j]!);
        // joined without a separator: where one side breaks a task into rows is no change of its text
        const textA = fromA.map(({ item }) => item.text.replace(/\n/g, '')).join('');
        const textB = fromB.map(({ item }) => item.text.replace(/\n/g, '')).join('');
        const textChanged = textA !== textB;
        const units = compareUnits(fromA.flatMap((entry) => entry.units), fromB.flatMap((entry) => entry.units), levels);
        group = { textChanged, textDiff: textChanged ? diffText(textA, textB) : [], units };
        compared.set(link.group, group);
      }
      pairs.push({ a: left[link.a]!.item, b: right[link.b]!.item, similarity: link.similarity, relation: link.relation, group: groups + link.group, moved: link.moved, ...group });
    }
    groups += new Set(alignment.links.map((link) => link.group)).size;
    append(onlyA, alignment.onlyA.map((i) => left[i]!.item));
    append(onlyB, alignment.onlyB.map((j) => right[j]!.item));
  }
  return { a: sideOf(a), b: sideOf(b), threshold, pairs, onlyA, onlyB, summary: summarize(pairs, onlyA, onlyB) };
}

function tasksOf(document: PolicyDocument): Entry[] {
  return document.tasks.map((task) => ({
    item: { kind: 'task', id: task.id, path: printedPath(task.path), title: task.title, text: task.text, line: task.line },
    units: task.units,
  }));
}

function rowsOf(document: PolicyDocument): Entry[] {
  return document.tables.flatMap((table, t) => table.rows.map((row): Entry => ({
    item: { kind: 'table-row', id: `表${t + 1}-${row.no}`, path: row.no, title: null, text: row.text, line: row.line },
    units: row.units,
  })));
}

/** A plan's level as a rank, 0 central, 1 provincial … 5 village, to compare with its units' ranks. */
function levelRank(level: DocumentLevel | null): number | null {
  return level === null ? null : level === 'central' ? 0 : DOCUMENT_LEVELS.indexOf(level) + 1;
}

function sideOf(document: PolicyDocument): DiffSide {
  return { path: document.source.path, title: document.meta.title, level: document.meta.level };
}

/** A's text into B's, character by character, neighbouring pieces of one kind joined. */
export function diffText(a: string, b: string): TextChange[] {
  const changes = diffChars(a, b, { maxEditLength: MAX_EDITS });
  if (changes === undefined) return [{ op: 'delete', text: a }, { op: 'insert', text: b }];
  const out: TextChange[] = [];
  for (const change of changes) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += change.value;
    else out.push({ op, text: change.value });
  }
  return out;
}

function summarize(pairs: readonly TaskPair[], onlyA: readonly DiffItem[], onlyB: readonly DiffItem[]): DocumentDiff['summary'] {
  // a group's changes are carried by each of its pairs: counted once
  const groups = new Map(pairs.map((pair) => [pair.group, pair.units]));
  const changedGroups = new Set(pairs.filter((pair) => pair.textChanged).map((pair) => pair.group));
  const movedGroups = new Set(pairs.filter((pair) => pair.moved).map((pair) => pair.group));
  const count = (pick: (units: TaskPair['units']) => readonly unknown[]): number => [...groups.values()].reduce((sum, units) => sum + pick(units).length, 0);
  const summary = {
    pairs: pairs.length,
    moved: movedGroups.size,
    textChanged: changedGroups.size,
    unitsAdded: count((units) => units.added),
    unitsRemoved: count((units) => units.removed),
    rolesChanged: count((units) => units.roleChanged),
    equivalents: count((units) => units.equivalent),
    onlyA: onlyA.length,
    onlyB: onlyB.length,
  };
  const differences = summary.moved + summary.textChanged + summary.unitsAdded + summary.unitsRemoved + summary.rolesChanged + summary.equivalents + summary.onlyA + summary.onlyB > 0;
  return { ...summary, differences };
}
