/**
 * Paragraphs → the numbered hierarchy (一、 / (一) / 1. / (1) / ①, 第一章 …), with numbering diagnostics.
 */
import type { Diagnostic } from '../model/document.js';
import { type Marker, decimalDepth, markerRank } from './numbering.js';
import type { Paragraph } from './paragraphs.js';
import { endsWithNote, findNotes } from './responsibility-note.js';

/** A numbered item: its marker, its own paragraphs (marker removed from the first) and its children. */
export interface Item {
  marker: Marker;
  /** The marker as it stood in the paragraph, separators and spaces included. */
  markerText: string;
  /** The family key used for nesting: the marker kind, decimal markers by depth. */
  key: string;
  paragraphs: Paragraph[];
  children: Item[];
  parent: Item | null;
  /** Its last paragraph ends with a responsibility note: later unnumbered text is not its own. */
  closed: boolean;
}

export interface Segmentation {
  /** Unnumbered paragraphs before the first item. */
  preamble: Paragraph[];
  roots: Item[];
  /** Unnumbered paragraphs after a closed task, kept apart so no text is lost. */
  loose: Paragraph[];
  diagnostics: Diagnostic[];
}

function familyKey(marker: Marker): string {
  return marker.kind === 'decimal' ? `decimal${decimalDepth(marker.printed)}` : marker.kind;
}

function familyRank(marker: Marker): number {
  return markerRank(marker.kind) + (marker.kind === 'decimal' ? decimalDepth(marker.printed) / 10 : 0);
}

/**
 * Nests numbered paragraphs like nested lists: a marker family already open is a sibling
 * (closing what is below it), a new family opens a level below — unless its usual rank is
 * higher than the open ones (a 二、 after 1. items closes them).
 */
export function segmentTasks(paragraphs: readonly Paragraph[]): Segmentation {
  const roots: Item[] = [];
  const preamble: Paragraph[] = [];
  const loose: Paragraph[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: Item[] = [];
  const lastValue = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const marker = paragraph.marker;
    if (!marker) {
      attachUnnumbered(stack, paragraph, preamble, loose);
      continue;
    }
    const key = familyKey(marker);
    const open = stack.findIndex((item) => item.key === key);
    if (open >= 0) stack.length = open;
    else while (stack.length > 0 && familyRank(stack[stack.length - 1]!.marker) > familyRank(marker)) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const siblings = parent ? parent.children : roots;
    const previous = lastOfFamily(siblings, key);
    checkNumbering(marker, previous, lastValue.get(key), paragraph.line, diagnostics);
    lastValue.set(key, marker.value);
    const first: Paragraph = { ...paragraph, text: paragraph.text.slice(marker.length), marker: null };
    const item: Item = { marker, markerText: paragraph.text.slice(0, marker.length), key, paragraphs: [first], children: [], parent, closed: endsWithNote(first.text) };
    siblings.push(item);
    stack.push(item);
  }
  return { preamble, roots, loose, diagnostics };
}

function lastOfFamily(siblings: readonly Item[], key: string): Item | null {
  for (let i = siblings.length - 1; i >= 0; i--) if (siblings[i]!.key === key) return siblings[i]!;
  return null;
}

function attachUnnumbered(stack: Item[], paragraph: Paragraph, preamble: Paragraph[], loose: Paragraph[]): void {
  const current = stack[stack.length - 1];
  if (!current) {
    preamble.push(paragraph);
    return;
  }
  // after a task closed by its note, only another note (责任单位:… on its own line) is still the task's
  if (current.closed && !isNoteOnly(paragraph.text)) {
    loose.push(paragraph);
    return;
  }
  current.paragraphs.push(paragraph);
  current.closed = endsWithNote(paragraph.text);
}

function isNoteOnly(text: string): boolean {
  const notes = findNotes(text);
  return notes.length > 0 && notes[0]!.start === 0 && /^[\s。.;；]*$/.test(text.slice(notes[notes.length - 1]!.end));
}

/** Numbering that restarts at 1 or runs on from the same family's last number is fine; anything else is reported. */
function checkNumbering(marker: Marker, previous: Item | null, runningValue: number | undefined, line: number, diagnostics: Diagnostic[]): void {
  const value = marker.value;
  const expected = previous ? previous.marker.value + 1 : 1;
  if (value === expected || (!previous && runningValue !== undefined && value === runningValue + 1)) return;
  if (previous && value === previous.marker.value) {
    diagnostics.push({ code: 'numbering-repeat', severity: 'warning', message: `序号“${marker.printed}”与上一条重复`, line });
  } else if (previous && value < previous.marker.value) {
    diagnostics.push({ code: 'numbering-out-of-order', severity: 'warning', message: `序号“${marker.printed}”出现在“${previous.marker.printed}”之后`, line });
  } else {
    const after = previous ? `“${previous.marker.printed}”之后` : '开头';
    diagnostics.push({ code: 'numbering-gap', severity: 'warning', message: `序号不连续：${after}是“${marker.printed}”`, line });
  }
}
