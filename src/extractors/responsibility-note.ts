/**
 * Responsibility notes (责任表述): finds them in a task's text and reads their units, roles and deadline.
 */
import type { Role } from '../model/document.js';
import { foldTraditional } from './fold.js';
import { readDeadline } from './deadline.js';
import { type ListedUnit, type ListMode, readUnitList } from './units.js';

/** A note found in a task's text. */
export interface NoteSpan {
  /** Offsets in the text searched: the note is text.slice(start, end). */
  start: number;
  end: number;
  /** Its closing bracket is missing (read to the end of the paragraph). */
  unclosed: boolean;
  note: ParsedNote;
}

export interface ParsedNote {
  units: ListedUnit[];
  deadline: string | null;
  /** A role convention stated inside the note (`除按职责分工负责外,列第一位为牵头部门`). */
  convention: string | null;
  /** Written with labels (责任单位: …) rather than role words. */
  labeled: boolean;
}

/** What a label introduces: units in a role, a deadline, or something to skip (a person's name). */
type LabelKind = Role | 'deadline' | 'other';

/**
 * How sure the caller is that the text is a note: `verb`, a bracket in a task that must say a role
 * (`(X负责)`) or a label; `strict`, a bracket standing as the task's last sentence, a bare list
 * whose names must end like organizations; `cell`, a table's unit column, a list by construction.
 */
export type NoteMode = 'verb' | 'strict' | 'cell';

// Labels that open a note or a part of one; the colon is optional inside brackets.
//     > | 〔责任单位:市住建局,各县(市、区)政府;配合单位:市自然资源局〕
//          ^^^^^                            ^^^^^
const LABEL =
  /[【[]?(牵头单位|牵头部门|牵头处室|牵头科室|主责单位|主责部门|主体责任单位|责任单位|责任部门|责任处室|责任科室|责任主体|实施单位|承办单位|落实单位|配合单位|配合部门|配合处室|协办单位|协办部门|参与单位|参与部门|协助单位|协同单位|支持单位|完成时限|完成时间|时间节点|时限要求|办结时限|时限|责任领导|牵头领导|分管领导|责任人|联系人|备注)[】\]]?\s*[:：]?\s*/g;

// A document-wide convention stated inside a note or the text.
//     > | 除按职责分工负责外,列第一位为牵头部门
export const CONVENTION =
  /(?:除[^,，;；。()]{0,12}外[,，]?\s*)?(?:列|排|排在|排名|列在|名列)第一(?:位|个)?的?(?:单位|部门)?(?:为|是|即为)牵头(?:单位|部门)/;

/** 配合单位:无 — a label filled with "none". */
const NO_UNIT = /^(?:无|暂无|略|待定|不涉及|\/|-|—)$/;

/** Some word a note written with role words or labels must contain. */
const MAY_BE_NOTE = /负|牵头|统筹|主抓|主责|落实|实施|承办|承担|配合|协|参与|指导|督|单位|部门|处室|科室|时限|时间|节点|领导|责任|联系人|备注|第一/;

const NEXT_OPENER = /[(（〔【[﹝]/g;
/** The longest note read; bounds the work on a line with an opening bracket and no closing one. */
const MAX_NOTE = 800;

function labelKind(label: string): LabelKind {
  if (/领导|人$|备注/.test(label)) return 'other';
  if (label.startsWith('牵头')) return 'lead';
  if (/^(?:配合|协办|参与|协助|协同|支持)/.test(label)) return 'support';
  if (label.includes('时')) return 'deadline';
  return 'responsible';
}

/**
 * Reads the inside of a note, or returns null when it is not one (`以下简称示范镇`, `中办发〔2022〕37号`).
 *
 *     parseNote('省发展改革委牵头,省财政厅等按职责分工负责', 'verb')
 *     // → units 省发展改革委 lead, 省财政厅 responsible
 */
export function parseNote(content: string, mode: NoteMode, defaultRole: Role = 'responsible'): ParsedNote | null {
  let body = foldTraditional(content);
  // most brackets in a task are no note at all: (市), (含租房居住), (5G)
  if (mode === 'verb' && !MAY_BE_NOTE.test(body)) return null;
  let convention: string | null = null;
  const stated = body.includes('第一') ? CONVENTION.exec(body) : null;
  if (stated) {
    convention = content.slice(stated.index, stated.index + stated[0].length);
    body = `${body.slice(0, stated.index)}${body.slice(stated.index + stated[0].length)}`;
  }
  // keep positions aligned with the original for names: fold is one character for one
  const original = stated ? `${content.slice(0, stated.index)}${content.slice(stated.index + stated[0].length)}` : content;
  const segments = splitLabels(body, original);
  const labeled = segments.some((segment) => segment.kind !== null);
  const units: ListedUnit[] = [];
  let deadline: string | null = null;
  for (const segment of segments) {
    const text = segment.text.replace(/^[\s,，;；:：、]+|[\s,，;；、。.]+$/g, '');
    if (!text) continue;
    if (segment.kind === 'deadline') {
      deadline ??= text;
      continue;
    }
    if (segment.kind === 'other') continue;
    const listMode: ListMode = segment.kind !== null ? 'labeled' : mode === 'cell' ? 'verb' : mode;
    const list = readUnitList(text, segment.kind ?? defaultRole, listMode);
    if (segment.kind === null) {
      // an unlabeled part must be a clean unit list, unless labels carry the note
      if (labeled && !list.ok) {
        deadline ??= readDeadline(text);
        continue;
      }
      if (!list.ok || (mode === 'verb' && !list.hasRoleWord && !labeled)) return null;
    }
    units.push(...list.units.filter((unit) => unit.name.length <= 40 && !NO_UNIT.test(unit.name)));
  }
  if (units.length === 0 && deadline === null && convention === null) return null;
  if (units.length === 0 && !labeled && convention === null) return null;
  return { units, deadline, convention, labeled };
}

// Segmentation asks whether a paragraph ends with a note, then task building reads all its
// notes: the same brackets twice. Results are kept for one document (extract clears them).
const parsed = { verb: new Map<string, ParsedNote | null>(), strict: new Map<string, ParsedNote | null>() };

/** Forgets the notes read so far; extract() calls it once per document. */
export function forgetParsedNotes(): void {
  parsed.verb.clear();
  parsed.strict.clear();
}

function parseNoteOnce(content: string, mode: 'verb' | 'strict'): ParsedNote | null {
  const memo = parsed[mode];
  let note = memo.get(content);
  if (note === undefined) {
    if (memo.size >= 4096) memo.clear();
    note = parseNote(content, mode);
    memo.set(content, note);
  }
  return note;
}

interface Segment {
  kind: LabelKind | null;
  text: string;
}

function splitLabels(folded: string, original: string): Segment[] {
  const segments: Segment[] = [];
  let kind: LabelKind | null = null;
  let start = 0;
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(folded); match; match = LABEL.exec(folded)) {
    // a label counts at the start or after a separator: 州住建局负责责任单位 is no label
    const before = folded[match.index - 1];
    // 牵头单位:X责任单位:Y (the space between them dropped as stray) — a colon makes it a label anyway
    const bracketed = /^[【[]/.test(match[0]) || /[:：]\s*$/.test(match[0]);
    if (!bracketed && match.index > 0 && before !== undefined && !/[\s,，;；。:：、)）】〕\]]/.test(before)) continue;
    segments.push({ kind, text: original.slice(start, match.index) });
    kind = labelKind(match[1]!);
    start = match.index + match[0].length;
  }
  segments.push({ kind, text: original.slice(start) });
  return segments;
}

/**
 * Finds every note in a task's text (paragraphs joined by \n): bracketed notes anywhere,
 * `责任单位:` lines, `【责任单位】` labels, and a last bracket left unclosed.
 *
 *     findNotes('完善园区基础设施。…(责任单位:各县市党委、政府;州住建局按职责分工负责)')
 */
export function findNotes(text: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  const folded = foldTraditional(text);
  const nextOpener = NEXT_OPENER;
  let i = 0;
  while (i < text.length) {
    // jump to the next opening bracket: most of a task's text has none
    nextOpener.lastIndex = i;
    if (!nextOpener.exec(text)) break;
    i = nextOpener.lastIndex - 1;
    const paragraphEnd = endOfParagraph(text, i);
    const close = findClose(text, i, paragraphEnd);
    if (close >= 0) {
      const content = text.slice(i + 1, close);
      const labelOnly = text[i] === '【' || text[i] === '[' ? pureLabel(folded.slice(i + 1, close)) : null;
      if (labelOnly) {
        // 【责任单位】市住建局、市发改委 — the label is bracketed, the list runs to the paragraph end
        const note = parseNoteOnce(`${labelOnly}:${text.slice(close + 1, paragraphEnd)}`, 'verb');
        if (note) {
          spans.push({ start: i, end: trimEnd(text, paragraphEnd), unclosed: false, note });
          i = paragraphEnd;
          continue;
        }
      }
      // a bracket with no role word counts only as a sentence of its own at the end: 。(市发改委、市财政局)
      const atEnd = /^[\s。.;；]*$/.test(text.slice(close + 1, paragraphEnd));
      const standsAlone = i === 0 || /[\n。;；!?！？]/.test(text[i - 1]!);
      const note = parseNoteOnce(content, 'verb') ?? (atEnd && standsAlone ? parseNoteOnce(content, 'strict') : null);
      if (note) {
        spans.push({ start: i, end: close + 1, unclosed: false, note });
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    // no closing bracket: a note if the rest of the paragraph reads as one
    if (paragraphEnd - i <= MAX_NOTE) {
      const note = parseNoteOnce(text.slice(i + 1, paragraphEnd).replace(/[。.\s]+$/, ''), 'verb');
      if (note) {
        spans.push({ start: i, end: trimEnd(text, paragraphEnd), unclosed: true, note });
        i = paragraphEnd;
        continue;
      }
    }
    i++;
  }
  return mergeSpans(spans, findLabelLines(text, folded));
}

/** `责任单位:州住建局` on its own line, or after the last sentence of a paragraph. */
function findLabelLines(text: string, folded: string): NoteSpan[] {
  const spans: NoteSpan[] = [];
  if (!folded.includes(':') && !folded.includes('：')) return spans; // every label line has a colon
  let start = 0;
  while (start < text.length) {
    const end = endOfParagraph(text, start);
    const paragraph = folded.slice(start, end);
    const label = /(?:^|[。;；])\s*(?:(?:牵头|主责|责任|配合|协办|参与|协助|实施|承办)(?:单位|部门|处室|科室)|完成时限|时间节点)\s*[:：]/.exec(paragraph);
    if (label) {
      const from = start + label.index + (/^[。;；]/.test(label[0]) ? 1 : 0);
      const note = parseNoteOnce(text.slice(from, end), 'verb');
      if (note && note.labeled) spans.push({ start: from, end: trimEnd(text, end), unclosed: false, note });
    }
    start = end + 1;
  }
  return spans;
}

/** Bracketed notes inside a label line belong to it. */
function mergeSpans(brackets: NoteSpan[], lines: NoteSpan[]): NoteSpan[] {
  if (lines.length === 0) return brackets;
  const kept = brackets.filter((b) => !lines.some((l) => b.start >= l.start && b.start < l.end));
  const lineKept = lines.filter((l) => !kept.some((b) => l.start >= b.start && l.start < b.end));
  return [...kept, ...lineKept].sort((a, b) => a.start - b.start);
}

function pureLabel(inside: string): string | null {
  const match = /^\s*(牵头单位|牵头部门|责任单位|责任部门|主责单位|配合单位|配合部门|协办单位|参与单位|完成时限|时间节点)\s*$/.exec(inside);
  return match ? match[1]! : null;
}

function endOfParagraph(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** The matching closing bracket within the paragraph and MAX_NOTE characters, or -1. */
function findClose(text: string, open: number, paragraphEnd: number): number {
  const limit = Math.min(paragraphEnd, open + MAX_NOTE);
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isOpener(code)) depth++;
    else if (isCloser(code) && --depth === 0) return i;
  }
  return -1;
}

// ( （ 〔 【 [ ﹝ and their closers, compared as code units (no one-character strings on the hot path)
function isOpener(code: number): boolean {
  return code === 0x28 || code === 0xff08 || code === 0x3014 || code === 0x3010 || code === 0x5b || code === 0xfe5d;
}

function isCloser(code: number): boolean {
  return code === 0x29 || code === 0xff09 || code === 0x3015 || code === 0x3011 || code === 0x5d || code === 0xfe5e;
}

/**
 * Whether a paragraph ends with a note — cheaper than findNotes: only the last bracket, or a
 * label line, is read.
 *
 *     endsWithNote('…物流配送中心。(责任单位:各县市党委、政府;州住建局按职责分工负责)') // → true
 */
export function endsWithNote(text: string): boolean {
  let end = text.length;
  while (end > 0 && /[\s。.;；]/.test(text[end - 1]!)) end--;
  if (end > 0 && isCloser(text.charCodeAt(end - 1))) {
    let depth = 0;
    for (let i = end - 1; i >= Math.max(0, end - MAX_NOTE); i--) {
      const code = text.charCodeAt(i);
      if (isCloser(code)) depth++;
      else if (isOpener(code) && --depth === 0) {
        const content = text.slice(i + 1, end - 1);
        const standsAlone = i === 0 || /[\n。;；!?！？]/.test(text[i - 1]!);
        if (parseNoteOnce(content, 'verb') ?? (standsAlone ? parseNoteOnce(content, 'strict') : null)) return true;
        break;
      }
    }
  }
  // a label line, a bracketed label, or a note left unclosed: the full search decides
  if (!/(?:单位|部门|时限|负责|牵头|配合|协助|参与|落实)/.test(text.slice(Math.max(0, end - MAX_NOTE)))) return false;
  const notes = findNotes(text);
  const last = notes[notes.length - 1];
  return last !== undefined && /^[\s。.;；]*$/.test(text.slice(last.end));
}
