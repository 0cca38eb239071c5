/**
 * Plain text → source lines, each normalized on its own so every finding keeps its line number.
 */

/** One line of the source, in three forms. */
export interface SourceLine {
  /** 1-based line number in the source. */
  line: number;
  /** As decoded, without the line break. */
  raw: string;
  /** Width-folded, white space collapsed to single spaces and trimmed; spaces kept (for meta: `中共延边州委办公室 延边州人民政府办公室`). */
  plain: string;
  /** `plain` without the stray spaces next to Chinese characters (`优 质` → `优质`): what extractors read. */
  text: string;
  /** The runs set in bold on the line's paragraph, where the reader knows (a Word document's, a page's as written): a legend may give them a role. */
  emphasized?: readonly string[];
}

/** Splits decoded text into lines (LF, CRLF, CR, U+2028, U+2029) and normalizes each. */
export function readTextLines(text: string): SourceLine[] {
  // other breaks are rare: a native search for each costs less than a pattern's pass over the text
  const lf = text.includes('\r') || text.includes('\u2028') || text.includes('\u2029') ? text.replace(LINE_BREAKS, '\n') : text;
  const raw = lf.split('\n');
  // a final line break ends the last line; it does not open an empty one
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  // Most lines hold no white space and nothing to fold: they are their own normalized form. One
  // pass of a pattern over the whole text marks the others, instead of patterns run on every line.
  const marked = new Uint8Array(raw.length);
  let k = 0;
  let offset = 0; // where line k starts in lf
  NEEDS_NORMALIZING.lastIndex = 0;
  while (NEEDS_NORMALIZING.test(lf)) {
    // the pattern matches one character, which ends where test leaves lastIndex
    const at = NEEDS_NORMALIZING.lastIndex - 1;
    for (; offset + raw[k]!.length <= at; k++) offset += raw[k]!.length + 1;
    marked[k] = 1;
    // the rest of line k is normalized with it
    NEEDS_NORMALIZING.lastIndex = offset + raw[k]!.length + 1;
  }
  // after the marking, which counts the lines as they were: the lines unboxed are normalized anew
  if (lf.includes('│') || lf.includes('┃') || lf.includes('║')) unbox(raw, marked);
  return raw.map((line, index) => (marked[index] ? makeLine(line, index + 1) : { line: index + 1, raw: line, plain: line, text: line }));
}

const LINE_BREAKS = /\r\n|[\r\u2028\u2029]/g;

/** A line drawn of box characters alone, with a corner or a junction: a table's rule (┌──┬──┐, ├──┼──┤, └──┴──┘). */
const BOX_RULE = /^[\s\u2500-\u257f]+$/;
const BOX_CORNER = /[\u250c-\u254b\u2552-\u256c]/;
const BOX_BAR = /[│┃║]/;

/**
 * A table drawn with box characters (包头 probe round 18: a Word table saved as text) as the `|` rows
 * the table reader knows: each rule line left blank, and a line whose first cell is empty, the rest
 * of a row whose cells wrap, joined column by column to the row's first line (`包头稀土高新区管` /
 * `委会`). Line numbers stay those of the source.
 */
function unbox(raw: string[], marked: Uint8Array): void {
  let row: string[][] | null = null;
  let at = -1;
  const flush = (): void => {
    if (row === null) return;
    const width = Math.max(...row.map((cells) => cells.length));
    marked[at] = 1;
    raw[at] = `|${Array.from({ length: width }, (_, c) => row!.map((cells) => cells[c] ?? '').join('')).join('|')}|`;
    row = null;
  };
  for (let k = 0; k < raw.length; k++) {
    const line = raw[k]!.trim();
    if (line !== '' && BOX_RULE.test(line) && BOX_CORNER.test(line)) {
      flush();
      raw[k] = '';
      continue;
    }
    if (!BOX_BAR.test(line[0] ?? '')) {
      flush();
      continue;
    }
    const cells = line.slice(1, BOX_BAR.test(line[line.length - 1]!) ? -1 : undefined).split(BOX_BAR).map((cell) => cell.trim());
    if (row !== null && cells[0] === '') {
      row.push(cells);
      raw[k] = '';
      continue;
    }
    flush();
    row = [cells];
    at = k;
  }
  flush();
}
// White space but the LF between lines, and the characters the width fold changes.
const NEEDS_NORMALIZING = /[^\S\n]|[\uff01-\uff5e\uff61\u2474-\u249b\u3220-\u3229\u200b-\u200d\u00ad]/g;

/**
 * One source line from a reader that found its own lines (HTML blocks, Word paragraphs).
 *
 *     makeLine('　　1．完善园区基础设施。', 27) // → { line: 27, text: '1.完善园区基础设施。', … }
 */
export function makeLine(raw: string, line: number, widthFolded: string = foldWidthsOf(raw)): SourceLine {
  const plain = foldSpaces(widthFolded);
  // an indent is no gap: only a line with a wide space inside it may part units by one
  const body = widthFolded.trimStart();
  const kept = body.includes('\u3000') || body.includes('  ') || body.includes('\t') ? keepingWideGaps(widthFolded) : null;
  return { line, raw, plain, text: kept ?? removeStraySpaces(plain) };
}

/**
 * The spaces after a unit's last character, before another Chinese character. An ideographic
 * space, a tab or two spaces and more among them is how a note parts the units it lists when the next
 * one names no level (`责任单位：市委金融办　九江银行　人民银行九江市分行`); a word broken by a
 * scraped page's justification has one narrow space (`发 挥`).
 */
const GAP_AFTER_UNIT = /[局厅委办部院室科站所处队组社联府会心司团行校]\s+(?=[\u4e00-\u9fff])/g;

/** How many Chinese characters run just before `end` (at most 3 counted). */
function hanRunBefore(text: string, end: number): number {
  let count = 0;
  for (let i = end - 1; i >= 0 && count < 3 && isHan(text.charCodeAt(i)); i--) count++;
  return count;
}

/** How many Chinese characters run from `start` (at most 2 counted). */
function hanRunAfter(text: string, start: number): number {
  let count = 0;
  for (let i = start; i < text.length && count < 2 && isHan(text.charCodeAt(i)); i++) count++;
  return count;
}

/** A bracketed label of units: `【牵头单位】`, `【配合单位】`, `〖责任部门〗`. */
const BRACKETED_LABEL = /[【〖][^【】〖〗\s]{0,4}(?:单位|部门|科室|处室|股室)[】〗]/g;

/** Where the last bracketed label of units on a line ends, or -1. */
function lastLabelEnd(text: string): number {
  if (!text.includes('【') && !text.includes('〖')) return -1;
  let end = -1;
  BRACKETED_LABEL.lastIndex = 0;
  for (let match = BRACKETED_LABEL.exec(text); match; match = BRACKETED_LABEL.exec(text)) end = match.index + match[0].length;
  return end;
}
/** A wide gap between two characters: an ideographic space, a tab, or two spaces or more. */
const WIDE_GAP = /(?<=\S)(?:[\t\u3000][\t\u3000 ]*|  +)(?=\S)/;

export const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** A stretch of a line as extractors read it: its wide gaps after units kept, every other stray space gone. */
function squashed(widthFolded: string): string {
  return keepingWideGaps(widthFolded) ?? removeStraySpaces(foldSpaces(widthFolded));
}

/** The line's text with the wide gaps after units kept as one space each, every other stray space gone; null when it has none. */
function keepingWideGaps(widthFolded: string): string | null {
  let wide = false;
  // after a bracketed label's list the first wide gap ends it, whatever the list's last name ends with (青秀 probe round 73:
  // `【配合单位】区安委会各成员单位　落实…`, `【配合单位】同上　开展…`, `…，各街道、镇　建设…`)
  const labelEnd = lastLabelEnd(widthFolded);
  if (labelEnd >= 0) {
    const gap = WIDE_GAP.exec(widthFolded.slice(labelEnd));
    if (gap) {
      const at = labelEnd + gap.index;
      if (isHan(widthFolded.charCodeAt(at + gap[0].length))) return `${squashed(widthFolded.slice(0, at))} ${squashed(widthFolded.slice(at + gap[0].length))}`;
    }
  }
  const marked = widthFolded.replace(GAP_AFTER_UNIT, (gap: string, at: number) => {
    // a name runs on both sides of it: `实　施　办　法`, letter-spaced, is one word
    if ((!gap.includes('\u3000') && !gap.includes('\t') && gap.length < 3) || hanRunBefore(widthFolded, at + 1) < 3 || hanRunAfter(widthFolded, at + gap.length) < 2) return gap;
    wide = true;
    return `${gap[0]}\u0001`;
  });
  return wide ? removeStraySpaces(foldSpaces(marked)).replaceAll('\u0001', ' ') : null;
}

// Characters the fold changes: full-width ASCII, the half-width 。, ⑴–⒇, ⒈–⒛ and ㈠–㈩; zero-width characters go.
const FULL_WIDTH = /[\uff01-\uff5e\uff61\u2474-\u249b\u3220-\u3229]/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff\u00ad]/g;
const NEEDS_WIDTH_FOLD = /[\uff01-\uff5e\uff61\u2474-\u249b\u3220-\u3229\u200b-\u200d\ufeff\u00ad]/;
// \s covers U+3000, U+2002, NBSP and the other Unicode spaces.
const SPACES = /\s+/g;
const NEEDS_SPACE_FOLD = /\s\s|[^\S ]|^\s|\s$/;
const ANY_SPACE = /\s/;

function foldCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0xff61) return '。';
  if (code >= 0x3220) return `(${'一二三四五六七八九十'[code - 0x3220]})`;
  if (code <= 0x2487) return `(${code - 0x2473})`;
  return `${code - 0x2487}.`;
}

function foldWidths(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(FULL_WIDTH, foldCharacter);
}

function foldWidthsOf(raw: string): string {
  return NEEDS_WIDTH_FOLD.test(raw) ? foldWidths(raw) : raw;
}

/** Collapses each run of white space to one space and trims; returns the line itself when nothing changes. */
export function foldSpaces(text: string): string {
  // regular expressions: V8 scans a line with them faster than a loop over its characters
  return ANY_SPACE.test(text) && NEEDS_SPACE_FOLD.test(text) ? text.replace(SPACES, ' ').trim() : text;
}

/**
 * The text without the characters `drop` accepts at its end: a loop where `/[。.\s]+$/` would try
 * every start of a long run of spaces again (quadratic on a 20,000-character line).
 *
 *     trimEndWhere('推进工作。 。', (code) => code === 0x3002 || isWhiteSpace(code)) // → '推进工作'
 */
export function trimEndWhere(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The text without the characters `drop` accepts at its start. */
export function trimStartWhere(text: string, drop: (code: number) => boolean): string {
  let start = 0;
  while (start < text.length && drop(text.charCodeAt(start))) start++;
  return start === 0 ? text : text.slice(start);
}

/** `。` `.` or white space: what ends a note or a title before its bracket. */
export function isStopOrSpace(code: number): boolean {
  return code === 0x3002 || code === 0x2e || isWhiteSpace(code);
}

/** White space as the regular expression `\s` has it: ASCII, NBSP, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, BOM. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Folds widths and spaces: full-width ASCII → ASCII (`（一）` → `(一)`, `1．` → `1.`, `：` → `:`),
 * U+3000 / U+2002 / NBSP / tabs → one space, zero-width characters dropped, `⑴` → `(1)`, `⒈` → `1.`,
 * `㈠` → `(一)`;
 * then collapses runs of spaces and trims.
 */
export function foldLine(raw: string): string {
  return foldSpaces(foldWidthsOf(raw));
}

// A space is stray when a Chinese character or punctuation stands on either side of it — unless it
// separates two unit names (局 before, 市 after: 市住建局 市发改委), which is how some notes list them.
const CHINESE = '[\\u2e80-\\uffff“”‘’…—·•]';
const UNIT_END = '[局厅委办部院室科站所处队组社联府会心司团行]';
const UNIT_START = '[省市州县区乡镇各国中]';
// Each pattern opens with the space itself, its neighbours looked at from there (`(?<=${CHINESE} )`
// is the character before the space): V8 then skips to the next space instead of trying a
// look-behind at every character of the line.
const STRAY_SPACE = new RegExp(
  ` (?:(?<=${CHINESE} )(?<!${UNIT_END} )|(?<=${CHINESE} )(?!${UNIT_START})|(?<!${UNIT_END} )(?=${CHINESE})|(?!${UNIT_START})(?=${CHINESE}))`,
  'g',
);

/**
 * Drops a space that has a Chinese character or punctuation on either side: scraped pages
 * break words (`发 挥`, `优 质`, `一星 级`) and put spaces before punctuation (`民俗风情 、`).
 * Spaces between Latin letters or digits stay (`10:45`), and so does a space between two unit
 * names (`市住建局 市发改委`), which is how some notes list them.
 */
export function removeStraySpaces(plain: string): string {
  if (plain.indexOf(' ') < 0) return plain;
  // `分管领导：副镇长李春华　责任单位：…`: a space before a field's label parts two fields (高塘 probe round 30)
  if (FIELD_OPENING.test(plain)) {
    const fields = plain.split(SPACE_BEFORE_FIELD);
    if (fields.length > 1) return fields.map(removeStraySpaces).join(' ');
  } else {
    // …and so does one on fields after a sentence (六安 probe round 53: `…严肃查处。牵头领导：钱明　牵头单位：…`)
    const stop = FIELD_AFTER_STOP.exec(plain);
    if (stop) return removeStraySpaces(plain.slice(0, stop.index + 1)) + removeStraySpaces(plain.slice(stop.index + 1));
  }
  // after a unit label every name a unit's ending closes is one of a list: `责任单位：区商务局 建宁街道办事处`
  const label = UNIT_LIST_SPACE.test(plain) ? UNIT_LABEL.exec(plain) : null;
  if (label) {
    const list = label.index + label[0].length;
    return removeStraySpaces(plain.slice(0, list)) + plain.slice(list).replace(LIST_STRAY_SPACE, '');
  }
  return plain.replace(UNIT_PAIR.test(plain) ? STRAY_SPACE : ANY_STRAY_SPACE, '');
}

/** A line that opens with a field's label, `分管领导：…`, `责任单位：…`, or a bracket that does (于都 probe round 79: `…。（牵头股室：农田建设管理股 配合：…）`). */
const FIELD_OPENING = /(?:^|[(（])[\u4e00-\u9fff]{2,6}[:：]/;
/** A sentence's stop before a field's label: where fields after a sentence begin. */
const FIELD_AFTER_STOP = /[。;；](?=[\u4e00-\u9fff]{2,6}[:：])/;
/** A space before another field's label on such a line. */
const SPACE_BEFORE_FIELD = / (?=[\u4e00-\u9fff]{2,6}[:：])/;
// the common case, no unit names side by side: every space beside Chinese goes
const UNIT_PAIR = new RegExp(`${UNIT_END} ${UNIT_START}`);
const ANY_STRAY_SPACE = new RegExp(` (?:(?<=${CHINESE} )|(?=${CHINESE}))`, 'g');
/** A unit's ending, a space and a Chinese character: a line that may list units parted by spaces. */
const UNIT_LIST_SPACE = new RegExp(`${UNIT_END} [\u4e00-\u9fff]`);
/** A label a list of units follows (芦淞 probe round 26: `责任单位：区卫健局 各街道办事处 辖区各社区`). */
const UNIT_LABEL = /(?:牵头|责任|配合|参与|协办|协助|主办|承办|实施|落实)(?:单位|部门|科室|处室)[:：]/;
/** In a list after a label, a space is stray unless a unit's ending stands before it and a Chinese character after. */
const LIST_STRAY_SPACE = new RegExp(` (?:(?<!${UNIT_END} )(?:(?<=${CHINESE} )|(?=${CHINESE}))|(?<=${UNIT_END} )(?![\u4e00-\u9fff]))`, 'g');

/**
 * At most `length` UTF-16 units of the text from `start`, never cutting a character outside the
 * BMP in two (an emoji, a rare 汉字 of Extension B): a lone surrogate is no character, and a
 * strict JSON reader or a UTF-8 writer fails on it.
 *
 *     excerpt('让更多人看到😀', 0, 7) // → '让更多人看到' (not '让更多人看到\ud83d')
 */
export function excerpt(text: string, start: number, length: number): string {
  let from = start;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  let end = Math.min(text.length, start + length);
  if (end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(from, Math.max(from, end));
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
