/**
 * The comparison of two extracted plans (a provincial plan and the prefecture plan that copies
 * it, or two versions of one plan): paired tasks, their text and unit changes, tasks on one side only.
 */
import type { DocumentLevel, Role, UnitKind, UnitLevel } from './document.js';

/** A task or appendix table row on one side of the comparison. */
export interface DiffItem {
  kind: 'task' | 'table-row';
  /** The task id, or for a table row `表1-3` (table and 序号). */
  id: string;
  /** The markers as printed (`四、(一)1.`), or the table's 序号. */
  path: string;
  title: string | null;
  text: string;
  line: number;
}

/** A unit as compared: its name as written and what normalization found. */
export interface DiffUnit {
  name: string;
  canonical: string;
  level: UnitLevel | null;
  function: string | null;
  kind: UnitKind;
  role: Role;
}

export interface UnitChanges {
  /** In B, with no counterpart in A. */
  added: DiffUnit[];
  /** In A, with no counterpart in B. */
  removed: DiffUnit[];
  /** On both sides (same unit, or its counterpart at the other level) with another role. */
  roleChanged: Array<{ a: DiffUnit; b: DiffUnit }>;
  /** Counterparts under another name, found through their line of work: 省住房城乡建设厅 ↔ 州住建局. */
  equivalent: Array<{ a: DiffUnit; b: DiffUnit }>;
}

/** One piece of a character-level text diff. */
export interface TextChange {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** How the items of a pair's group correspond. */
export type PairRelation =
  | 'one-to-one'
  /** One item of A became several of B (each such pair shares the A item and the group). */
  | 'split'
  /** Several items of A became one of B. */
  | 'merge';

export interface TaskPair {
  a: DiffItem;
  b: DiffItem;
  /** Character-bigram similarity of the two texts, 0–1 (Dice coefficient). */
  similarity: number;
  relation: PairRelation;
  /** Pairs of one split or merge share a group number; units are compared per group. */
  group: number;
  /** The pair stands elsewhere in B's order than in A's. */
  moved: boolean;
  /** The group's text changed (a split's rows joined, against the task they split). */
  textChanged: boolean;
  /** The character diff of the group's A text into its B text; empty when it did not change. */
  textDiff: TextChange[];
  /** The group's unit changes (the pairs of one group carry the same). */
  units: UnitChanges;
}

export interface DiffSide {
  path: string | null;
  title: string | null;
  level: DocumentLevel | null;
}

export interface DiffSummary {
  pairs: number;
  /** Groups (a pair, or a split's pairs together) that moved. */
  moved: number;
  /** Groups (a pair, or a split's pairs together) whose text changed; the unit counts are per group too. */
  textChanged: number;
  unitsAdded: number;
  unitsRemoved: number;
  rolesChanged: number;
  equivalents: number;
  onlyA: number;
  onlyB: number;
  /** Any difference at all: what decides the exit code (diff(1): 0 none, 1 some). */
  differences: boolean;
}

export interface DocumentDiff {
  a: DiffSide;
  b: DiffSide;
  /** The similarity under which items are not paired. */
  threshold: number;
  pairs: TaskPair[];
  onlyA: DiffItem[];
  onlyB: DiffItem[];
  summary: DiffSummary;
}
