/**
 * Source lines → paragraphs: one line is one paragraph, except where a line was wrapped
 * (a hard-wrapped page, or a note whose closing bracket is on the next line).
 */
import { foldTraditional } from './fold.js';
import type { SourceLine } from '../readers/text.js';
import { DATE_LINE, DOC_NUMBER, isJunkLine, looksLikeIssuer, SEAL_LENT } from './layout.js';
import { type Marker, type MarkerKind, nextMarkerText, readMarker, toChineseNumber } from './numbering.js';
import { bracketBalance } from './brackets.js';
import { endsLikeOrganization } from './units.js';

export interface Paragraph {
  /** Normalized text (stray spaces removed). */
  text: string;
  /** First and last source line. */
  line: number;
  endLine: number;
  /** The numbering marker the paragraph opens with, read once here. */
  marker: Marker | null;
}

const ENDS_SENTENCE = /[。!?！？;；:：)）】〕」』”"]$/;

/** A page's running head: a title's words, no sentence, list or note in them. */
const RUNNING_HEAD = /^[^。,，;；:：、()（）]{6,40}$/;

/** How many lines from the top a plan's title stands within. */
const TITLE_AREA = 15;

/**
 * What a page's running head may be: the plan's title, as its first lines give it (alone, or in a
 * cover letter's `关于印发《…》的通知`), or a line printed on more than one page. A short line of the
 * text after a page break is neither.
 */
class RunningHeads {
  private readonly counts = new Map<string, number>();

  /** The document's running heads, counted once over all its lines however many parts are read (a long input has thousands). */
  static of(lines: readonly SourceLine[]): RunningHeads {
    let heads = runningHeads.get(lines);
    if (heads === undefined) runningHeads.set(lines, (heads = new RunningHeads(lines)));
    return heads;
  }

  private constructor(private readonly lines: readonly SourceLine[]) {
    for (const line of lines) if (line.text.length >= 6 && line.text.length <= 40) this.counts.set(line.text, (this.counts.get(line.text) ?? 0) + 1);
  }

  /** Whether the line at index `at` is a running head: printed again, or the title the lines above it (at the top) give. */
  has(text: string, at: number): boolean {
    if ((this.counts.get(text) ?? 0) >= 2) return true;
    let top = '';
    for (let i = 0; i < Math.min(TITLE_AREA, at); i++) top += this.lines[i]!.text;
    return top.includes(text);
  }
}

const runningHeads = new WeakMap<readonly SourceLine[], RunningHeads>();

/** A marker after a sentence or a note at the end of a line, its item's text on the next (南充 probe round 50: `…市财政局）4.`). */
const TRAILING_MARKER = /[。;；)）](\d{1,2}[.、]|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}、)$/;

/** Whether the next line with text opens with no marker of its own: the text a marker left on the line before belongs to. */
function nextTextOpensNoItem(lines: readonly SourceLine[], from: number, end: number): boolean {
  for (let j = from; j < end && j <= from + 3; j++) {
    const text = lines[j]!.text;
    if (!text || isJunkLine(text)) continue;
    return readMarker(text) === null;
  }
  return false;
}

/**
 * Builds the paragraphs of lines [start, end), dropping blank lines, page furniture and
 * signature blocks (office names over a date line).
 */
export function readParagraphs(lines: readonly SourceLine[], start: number, end: number): Paragraph[] {
  const skipped = signatureLines(lines, start, end);
  const wrapWidth = hardWrapWidth(lines, start, end);
  const outline = outlineHeads(lines, start, end);
  const badges = badgeLines(lines, start, end);
  // a badge (`01`) above its chapter's heading: the heading's marker
  let badge: Marker | null = null;
  const paragraphs: Paragraph[] = [];
  let previous: Paragraph | null = null;
  let lastLine = '';
  // brackets left open by the current paragraph; counted only when a line could continue it
  let open: number | null = null;
  const markers = new SameMarkers();
  // the last number of each marker family so far: what a heading's glued first item goes on from
  const lastValues = new Map<MarkerKind, number>();
  // a page's footer (`— 1 —`) since the last paragraph: the lines around it are one page break, no gap
  let pageBreak = false;
  // a marker a copy left at the end of the line before its item's text (`…市财政局）4.`), carried to that text
  let carried: string | null = null;
  // the document's running heads, looked for only where a page breaks a paragraph
  let heads: RunningHeads | null = null;
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    let text = line.text;
    if (!text || skipped.has(i)) continue;
    if (carried !== null) {
      text = carried + text;
      carried = null;
    }
    const trailing = text.length > 4 ? TRAILING_MARKER.exec(text) : null;
    if (trailing && nextTextOpensNoItem(lines, i + 1, end)) {
      carried = trailing[1]!;
      text = text.slice(0, trailing.index + 1);
    }
    if (badges.size > 0 && badges.has(i)) {
      badge = { kind: 'badge', value: Number(text), printed: text, length: text.length };
      continue;
    }
    const badged = badge;
    badge = null;
    if (badged) text = badged.printed + text;
    const marker = badged ?? markers.shared(readMarker(text)) ?? (outline.size > 0 ? outlineHead(line, outline) : null);
    // a numbered line is content; only the others can be page furniture
    if (!marker && isJunkLine(text)) {
      pageBreak = true;
      continue;
    }
    // the running head of the next page (the plan's title) inside a paragraph the page broke (南充, 商城 probe round 50:
    // `各县（市、` / `-2-` / `南充市2023年农村人居环境整治提升工作要点` / `区）政府）`): no text of it
    if (pageBreak && previous && !marker && !ENDS_SENTENCE.test(lastLine) && RUNNING_HEAD.test(text) && (heads ??= RunningHeads.of(lines)).has(text, i)) continue;
    const breakBefore = pageBreak;
    pageBreak = false;
    if (previous && !marker) {
      open ??= bracketBalance(previous.text);
      // the line's own brackets matter to a paragraph left open, or once the line joins one
      let balance = open > 0 ? bracketBalance(text) : null;
      // (责任单位：市发展和改革委员会、市财 / (blank) / — 1 — / (blank) / 政局): the page's lines are read as one
      const nextLine = breakBefore ? previous.endLine + 1 : line.line;
      // `责任单位：省农业农村厅（牵头）` / `　省供销社、省发展改革委（配合）` (四川 probe round 57): the note's next clause, on a line of its own
      const clause = nextLine - previous.endLine <= 2 && closesRoleClause(lastLine, text);
      if (clause || continues(previous, { lastLine, open, balance: balance ?? 0 }, text, nextLine, wrapWidth)) {
        balance ??= bracketBalance(text);
        previous.text += clause ? `,${text}` : text;
        previous.endLine = line.line;
        open += balance;
        lastLine = text;
        continue;
      }
    }
    previous = pushSplittingInlineItems(paragraphs, { text, line: line.line, endLine: line.line, marker }, lastValues);
    // counted from the paragraph's text when a next line could continue it
    open = null;
    lastLine = text;
  }
  return paragraphs;
}

/**
 * Markers as printed over and over (`1.` under each heading, `(1)` under each item) kept once:
 * a marker lasts as long as its paragraph, and a plan of short items has one a line.
 */
class SameMarkers {
  private readonly byPrinted = new Map<string, Marker>();

  /** The marker read before that is the same as this one, or this one. */
  shared(marker: Marker | null): Marker | null {
    if (marker === null) return null;
    const seen = this.byPrinted.get(marker.printed);
    if (seen && seen.kind === marker.kind && seen.value === marker.value && seen.length === marker.length) return seen;
    this.byPrinted.set(marker.printed, marker);
    return marker;
  }
}

/**
 * The item of the number after `last` glued right after a closing bracket in an unnumbered paragraph, cut off it (the
 * paragraph keeps the text before), or null.
 */
function itemAfterNote(paragraph: Paragraph, last: number | undefined): Paragraph | null {
  if (last === undefined) return null;
  for (const next of [`${last + 1}.`, `${last + 1}、`]) {
    for (let at = paragraph.text.indexOf(next); at > 0; at = paragraph.text.indexOf(next, at + 1)) {
      if (paragraph.text[at - 1] !== ')' && paragraph.text[at - 1] !== '）') continue;
      const marker = readMarker(paragraph.text.slice(at));
      if (marker?.kind !== 'num' || marker.value !== last + 1) continue;
      const rest: Paragraph = { text: paragraph.text.slice(at), line: paragraph.line, endLine: paragraph.endLine, marker };
      paragraph.text = paragraph.text.slice(0, at);
      return rest;
    }
  }
  return null;
}

/**
 * Adds a paragraph, split where several numbered items are written on one line:
 * `1.…(A负责)2.…(B负责)3.…` — split where the next number in sequence follows the end of a
 * sentence or a note. Returns the last paragraph added.
 */
function pushSplittingInlineItems(paragraphs: Paragraph[], paragraph: Paragraph, lastValues: Map<MarkerKind, number>): Paragraph {
  // a note on a line of its own with the next item glued after its bracket (湖镇 probe round 95: `（责任科室：镇消防工作站；
  // 配合：…各村（社区））5.道路交通安全。…`)
  const afterNote = paragraph.marker ? null : itemAfterNote(paragraph, lastValues.get('num'));
  if (afterNote) {
    paragraphs.push(paragraph);
    return pushSplittingInlineItems(paragraphs, afterNote, lastValues);
  }
  // a heading whose line break a scraper lost: `(二)加快完善城市基础设施4.实施…` is (二)'s title and task 4
  for (let glued = splitGluedHeading(paragraph, lastValues); glued !== null; glued = splitGluedHeading(paragraph, lastValues)) {
    paragraphs.push(paragraph);
    lastValues.set(paragraph.marker!.kind, paragraph.marker!.value);
    paragraph = glued;
  }
  paragraphs.push(paragraph);
  // a marker alone on its line (`(1)`) has no room for the next one
  for (let current = paragraph; current.marker && current.text.length > current.marker.length; ) {
    const next = nextMarkerText(current.marker);
    if (!next) break;
    let at = current.text.indexOf(next, current.marker.length);
    while (at > 0 && !/[。;；)）]/.test(current.text[at - 1]!)) at = current.text.indexOf(next, at + 1);
    const marker = at > 0 ? readMarker(current.text.slice(at)) : null;
    if (!marker || marker.kind !== current.marker.kind || marker.value !== current.marker.value + 1) break;
    const rest: Paragraph = { text: current.text.slice(at), line: current.line, endLine: current.endLine, marker };
    current.text = current.text.slice(0, at);
    paragraphs.push(rest);
    current = rest;
  }
  const last = paragraphs[paragraphs.length - 1]!;
  if (last.marker) lastValues.set(last.marker.kind, last.marker.value);
  return last;
}

/** The families of items a heading may have its first one glued to, by the heading's family. */
const GLUED_BELOW: Partial<Record<MarkerKind, readonly MarkerKind[]>> = { cn: ['cn-paren', 'num'], 'cn-paren': ['num'], chapter: ['cn', 'cn-paren', 'num', 'article'], section: ['cn-paren', 'num', 'article'] };
/** The longest heading title a glued item may follow. */
const MAX_GLUED_TITLE = 30;

/**
 * The item a heading's line runs on into, cut off the heading (which keeps its title), or null:
 * a marker of a family below the heading's, numbered as its family goes on (one past its last, or
 * 1), after a short title with no sentence in it (its own stop aside), and not inside a number (`1.2万户`).
 *
 *     > | （二）加快完善城市基础设施4.实施城市燃气管道等老化更新改造。…（…）5.推进…
 *                                 ^^ task 4 (3. was the last)
 */
function splitGluedHeading(paragraph: Paragraph, lastValues: ReadonlyMap<MarkerKind, number>): Paragraph | null {
  const { marker, text } = paragraph;
  const below = marker ? GLUED_BELOW[marker.kind] : undefined;
  if (!below || text.length <= marker!.length + 2) return null;
  const window = text.slice(0, marker!.length + MAX_GLUED_TITLE + 6);
  let best: { at: number; marker: Marker } | null = null;
  for (const kind of below) {
    for (const value of new Set([(lastValues.get(kind) ?? 0) + 1, 1])) {
      for (const printed of gluedTexts(kind, value)) {
        const at = window.indexOf(printed, marker!.length + 2);
        if (at < 0 || (best && best.at <= at) || at - marker!.length > MAX_GLUED_TITLE) continue;
        // the title may close with its stop: `（二）优化市场准入环境。4.压缩…` (惠州 probe round 38)
        const title = text.slice(marker!.length, at).replace(/[。;；]$/, '');
        if (/[。;；!！?？]/.test(title) || /[\d.．]$/.test(title)) continue;
        const found = readMarker(text.slice(at));
        if (found && found.kind === kind && found.value === value && found.length < text.length - at) best = { at, marker: found };
      }
    }
  }
  if (!best) return null;
  const rest: Paragraph = { text: text.slice(best.at), line: paragraph.line, endLine: paragraph.endLine, marker: best.marker };
  paragraph.text = text.slice(0, best.at);
  return rest;
}

/** How a marker of a family and number may be printed: `4.` `4．` `4、`, `(一)` `（一）`, `一、`, `第三条`. */
function gluedTexts(kind: MarkerKind, value: number): string[] {
  switch (kind) {
    case 'num': return [`${value}.`, `${value}．`, `${value}、`];
    case 'cn-paren': return [`(${toChineseNumber(value)})`, `（${toChineseNumber(value)}）`];
    case 'cn': return [`${toChineseNumber(value)}、`];
    case 'article': return [`第${toChineseNumber(value)}条`];
    default: return [];
  }
}

interface Counts {
  /** The paragraph's last line (the paragraph itself grows with every wrapped line: never scan it). */
  lastLine: string;
  /** Brackets the paragraph leaves open. */
  open: number;
  /** Openers minus closers of the next line. */
  balance: number;
}

/** A unit's role in brackets closing a clause of a labelled list: `（牵头）`, `（配合）`. */
// …or who carries it out (延边 probe round 95: `各县（市）人民政府（落实）`)
const ROLE_CLAUSE_END = /[(（](?:牵头|配合|负责|参与|协助|落实|实施|具体实施|具体落实)[)）]$/;

/**
 * Whether a labelled list's line gives its units' roles in brackets, and the next line is the next such clause alone: the
 * line closing its clause so (`责任单位：省农业农村厅（牵头）` / `省供销社、省发展改革委（配合）`), or naming more units after
 * it (攸县 probe round 85: `责任单位：县农业农村局（牵头）、县财政局` / `县自然资源局、各乡镇（配合）`).
 */
function closesRoleClause(lastLine: string, next: string): boolean {
  if (!ROLE_CLAUSE_END.test(next) || /[:：。;；]/.test(next) || next.length > 60) return false;
  const last = foldTraditional(lastLine);
  return ROLE_IN_CLAUSE.test(last) && /(?:单位|部门)[:：]/.test(last) && !/[。;；]$/.test(last);
}

const ROLE_IN_CLAUSE = /[(（](?:牵头|配合|负责|参与|协助)[)）]/;

function continues(previous: Paragraph, counts: Counts, next: string, nextLine: number, wrapWidth: number): boolean {
  const { open, balance } = counts;
  // a word set one character a line, a narrow column copied as text (`序` / `号`): one run of text, not a paragraph a character
  if (next.length === 1 && counts.lastLine.length === 1 && nextLine === previous.endLine + 1 && LETTER.test(counts.lastLine) && LETTER.test(next)) return true;
  // labels read in simplified characters (汕头 probe round 57: `責任單位：` alone on its line)
  const lastLine = foldTraditional(counts.lastLine);
  // (责任单位:市住建局、\n市发改委) — a bracket still open a line or two later
  if (nextLine - previous.endLine <= 3 && open > 0 && balance < 0) return true;
  // 责任单位:\n市住建局、市发改委 — a label waiting for its list
  if (nextLine - previous.endLine <= 2 && /(?:单位|部门|时限)[:：]$/.test(lastLine)) return true;
  // 责任单位：县委组织部、县公安局、\n县信访局，各乡镇人民政府 — a labelled list broken after its 、
  if (nextLine - previous.endLine <= 2 && lastLine.endsWith('、') && /(?:单位|部门|乡镇|街道)[:：]/.test(lastLine)) return true;
  // …or after a comma between its role groups (四川, 武汉 probe round 69: `…、四川发展（控股）有限责任公司，` / `成都市、德阳市…人民政府`,
  // `…、中国铁路武汉局集团有限公司` / `等单位，新洲区…`): the next line names units, no label or sentence of its own
  if (nextLine - previous.endLine <= 2 && (/[,，]$/.test(lastLine) || next.startsWith('等')) && /(?:单位|部门)[:：]/.test(lastLine) && !/[。:：]./.test(next) && next.length <= 120) return true;
  // 配合单位：县应急管理局、县消防\n救援大队 (于都 probe round 50) — …or inside a name, which the next line ends
  if (nextLine - previous.endLine <= 2 && breaksName(lastLine, next)) return true;
  // a page wrapped at a fixed width: the previous line is full and ends mid-sentence
  return wrapWidth > 0 && nextLine === previous.endLine + 1 && !ENDS_SENTENCE.test(lastLine) &&
    lastLine.length >= wrapWidth - 2;
}

/**
 * Whether a labelled list's line stops inside a unit's name that the next line ends: its last name
 * is none by itself (`县消防`, `县融资`), the next line a short run of names with no label of its own.
 */
function breaksName(lastLine: string, next: string): boolean {
  if (next.length > 40 || !LABELLED_LIST.test(lastLine) || /[:：。]/.test(next)) return false;
  let from = lastLine.length;
  while (from > 0 && !LIST_BREAK.includes(lastLine[from - 1]!)) from--;
  const last = lastLine.slice(from);
  const first = FIRST_LISTED.exec(next)?.[0] ?? '';
  return last.length >= 2 && first.length >= 1 && !endsLikeOrganization(last) && endsLikeOrganization(last + first);
}

/** A letter of a word: a Chinese character or a Latin one, no digit (a column of numbers copied one a line stays apart). */
const LETTER = /^[\u4e00-\u9fffA-Za-z]$/;
const LABELLED_LIST = /(?:单位|部门)\s*[:：][^:：]*[\u4e00-\u9fa5]$/;
/** What parts the names of a list, or the list from its label. */
const LIST_BREAK = '、,，;；:： \u3000';
const FIRST_LISTED = /^[^、,，;；:：\s()（）]+/;

/**
 * The numbers of an outline's top headings written with a number and a space (`3 重点任务`): those
 * the outline's markers begin with (`3.1`, `3.1.1` say 3), and those of such headings standing in an
 * unbroken run with one of them (`1 总体要求`, `2 工作目标` before `3 重点任务`, though nothing numbers 1.1).
 */
function outlineHeads(lines: readonly SourceLine[], start: number, end: number): Set<number> {
  const outlined = new Set<number>();
  const written = new Set<number>();
  for (let i = start; i < end; i++) {
    const { text, plain } = lines[i]!;
    const first = text.charCodeAt(0);
    if (first < 0x30 || first > 0x39) continue;
    // the number's end looked at before a pattern runs: most numbered lines are `1.推进…`
    const after = isDigit(text.charCodeAt(1)) ? 2 : 1;
    // an outline marker as readMarker has it: 1.5万亩 is no outline
    if (text[after] === '.' && isDigit(text.charCodeAt(after + 1)) && readMarker(text)?.kind === 'decimal') outlined.add(Number(text.slice(0, after)));
    const head = plain[after] === ' ' ? HEAD.exec(plain) : null;
    if (head) written.add(Number(head[1]));
  }
  const heads = new Set<number>();
  for (const n of outlined) {
    if (!written.has(n)) continue;
    for (let k = n; written.has(k); k--) heads.add(k);
    for (let k = n; written.has(k); k++) heads.add(k);
  }
  return heads;
}

/** A badge a WeChat article draws over a chapter: two digits on a line of their own, `01`. */
const BADGE = /^\d{2}$/;
/** The heading under a badge: a short line with no stop and no marker of its own, `实施产业链提升行动`. */
const BADGE_HEADING = /^[^\d\s。;；,，][^。;；,，]{1,29}$/;

/**
 * The lines that are badges over chapters (章丘 probe round 75: `01` / `实施产业链提升行动` / `1.做强…` …
 * `05` / `实施服务优化行动`): numbered from `01` on, one by one, each over a short heading with no marker.
 */
function badgeLines(lines: readonly SourceLine[], start: number, end: number): Set<number> {
  const badges = new Set<number>();
  let expected = 1;
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (text.length !== 2 || !BADGE.test(text)) continue;
    if (Number(text) !== expected || (expected === 1 && text !== '01')) continue;
    let next = i + 1;
    while (next < end && lines[next]!.text === '') next++;
    const heading = next < end ? lines[next]!.text : '';
    if (!BADGE_HEADING.test(heading) || readMarker(heading) !== null) continue;
    badges.add(i);
    expected++;
  }
  // one badge is no run of them: `01` alone may be anything
  return badges.size >= 2 ? badges : new Set();
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A number, a space and a short heading with no stop: `1 总体要求`. */
const HEAD = /^(\d{1,2}) +([^\d\s个项万亿家条千百倍年月日%][^。;；,，、()（）]{1,29})$/;

/** The marker of an outline's top heading (see {@link outlineHeads}), or null. */
function outlineHead(line: SourceLine, heads: ReadonlySet<number>): Marker | null {
  const head = HEAD.exec(line.plain);
  if (!head || !heads.has(Number(head[1]))) return null;
  return { kind: 'decimal', value: Number(head[1]), printed: head[1]!, length: head[1]!.length };
}

/**
 * The width a page was hard-wrapped at, or 0 when it was not: at least a third of the long
 * lines share one length and end mid-sentence.
 */
function hardWrapWidth(lines: readonly SourceLine[], start: number, end: number): number {
  const counts = new Map<number, number>();
  let long = 0;
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    if (text.length < 20) continue;
    long++;
    if (!ENDS_SENTENCE.test(text)) counts.set(text.length, (counts.get(text.length) ?? 0) + 1);
  }
  // the width is the length most lines have; a line a character longer or shorter, where 避头尾 moved a stop, counts with it
  // (宇湖 probe round 84: 18 lines of 28, 3 of 29 and 2 of 30 were wrapped at 28, not 29)
  const near = (length: number): number => (counts.get(length) ?? 0) + (counts.get(length - 1) ?? 0) + (counts.get(length + 1) ?? 0);
  let width = 0;
  for (const [length, count] of counts) {
    const most = counts.get(width) ?? 0;
    if (count > most || (count === most && near(length) > near(width))) width = length;
  }
  const best = near(width);
  return long >= 6 && best * 3 >= long ? width : 0;
}

/** A date line with the office names above it, and 发文字号 lines: not content. */
function signatureLines(lines: readonly SourceLine[], start: number, end: number): Set<number> {
  const skipped = new Set<number>();
  for (let i = start; i < end; i++) {
    const text = lines[i]!.text;
    // both are short lines: 延州办字〔2022〕4号, 2022年5月7日
    if (text.length > 30) continue;
    if (DOC_NUMBER.test(lines[i]!.plain)) skipped.add(i);
    if (!DATE_LINE.test(text)) continue;
    skipped.add(i);
    for (let j = i - 1; j >= Math.max(start, i - 4); j--) {
      if (!lines[j]!.text) continue;
      if (SEAL_LENT.test(lines[j]!.text)) {
        skipped.add(j);
        continue;
      }
      if (!looksLikeIssuer(lines[j]!.text)) break;
      skipped.add(j);
    }
  }
  return skipped;
}
