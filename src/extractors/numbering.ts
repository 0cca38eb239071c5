/**
 * Numbering markers of Chinese official documents, read at the start of a paragraph.
 */

/** The families of markers; the order is their usual rank from outermost to innermost. */
export type MarkerKind =
  | 'chapter' // 第一章 / 第一部分 / 第一篇
  | 'section' // 第一节
  | 'article' // 第一条
  | 'item' // 第一项, 第1项: a task list's items under its headings
  | 'named' // 实事一：, 任务一：, 项目1： a kind of task and its number
  | 'roman' // Ⅰ、 Ⅱ.
  | 'cn' // 一、
  | 'cn-bracket' // 【一】, a chapter as a WeChat repost writes it
  | 'badge' // 01 on a line of its own over its chapter's heading, as a WeChat repost draws it
  | 'cn-paren' // (一)
  | 'num' // 1.  1、
  | 'decimal' // 1.1
  | 'num-paren' // (1)
  | 'cn-half' // 一)
  | 'num-half' // 1)
  | 'circled' // ①
  | 'ordinal'; // 一是, 二是: points of a task on lines of their own, read as items only where each has its own note

const RANK: Record<MarkerKind, number> = {
  chapter: 0, section: 1, article: 2, roman: 3, cn: 3, 'cn-bracket': 3, badge: 3, 'cn-paren': 4, named: 4, item: 5, num: 5, decimal: 6, 'num-paren': 7,
  'cn-half': 8, 'num-half': 9, circled: 10, ordinal: 11,
};

/** `一是`, `二是` opening a paragraph, before its text. */
const ORDINAL = /^([一二三四五六七八九十]{1,3})是(?=[\u4e00-\u9fa5“"‘])/;

/**
 * The ordinal a paragraph opens with (`一是严格野外用火审批。…`), or null: no marker of the numbering, which
 * `一是…二是…` written inside a paragraph would break up, but a point a plan may set on a line of its own.
 *
 *     readOrdinal('二是加强重点时段巡查。') // → { kind: 'ordinal', value: 2, printed: '二是', length: 2 }
 */
export function readOrdinal(text: string): Marker | null {
  const match = ORDINAL.exec(text);
  if (!match) return null;
  const value = parseChineseNumber(match[1]!);
  return Number.isFinite(value) && value > 0 ? { kind: 'ordinal', value, printed: match[0], length: match[0].length } : null;
}

/** The usual rank of a marker family, outermost first. */
export function markerRank(kind: MarkerKind): number {
  return RANK[kind];
}

export interface Marker {
  kind: MarkerKind;
  /** The number it stands for (1.2 for decimal markers counts its last part). */
  value: number;
  /** As printed, width-folded: `二、`, `(一)`, `1.`, `①`. */
  printed: string;
  /** Characters of the paragraph the marker takes, separators and spaces after it included (and its tag). */
  length: number;
  /** The mark the item is tagged with, before or right after the marker (`★2．`, `2．★`): no text of the item. */
  tag?: string;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_NUMERALS = '一二三四五六七八九十百零〇两';
const CN = '[一二三四五六七八九十百零〇两]';

/**
 * Parses a Chinese numeral up to the hundreds: `三十七` → 37, `十` → 10, `一百零二` → 102.
 * Returns NaN when the text is not a numeral.
 */
export function parseChineseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    const d = ch === '两' ? 2 : ch === '零' ? 0 : CN_DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
    } else if (ch === '十') {
      total += (digit < 0 ? 1 : digit) * 10;
      digit = -1;
    } else if (ch === '百') {
      total += (digit < 0 ? 1 : digit) * 100;
      digit = -1;
    } else {
      return Number.NaN;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** The role word a division's line ends with: `…负责。`, `…配合。`, `…负责落实。`. */
const DIVISION_ROLE = '(?:负责|牵头|配合|协助|参与|落实|实施)(?:落实|实施)?';

// Each pattern: the marker (group 1 its number) and what follows it.
//     > | （三十七）加强评估督导
//         ^^^^^^^^
const PATTERNS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  // …not a division's line that names the part its tasks are in (温州 probe round 74: `第二部分第（一）项由市经信局牵头，…`)
  ['chapter', new RegExp(`^第(${CN}{1,4}|\\d{1,3})(?:章|部分|篇)(?!第\\(?(?:${CN}{1,4}|\\d{1,3})\\)?(?:项|[、,，至到和及—~-]))`)],
  ['section', new RegExp(`^第(${CN}{1,4}|\\d{1,3})节`)],
  ['article', new RegExp(`^第(${CN}{1,4}|\\d{1,3})条`)],
  // 第一项　深入学习… (十堰 任务清单, probe round 17), its gap gone with stray spaces; not a sentence's 第一项任务是…
  // 实事一：新建改扩建中小学校。 (宿迁 民生实事, probe round 19): the colon, not 任务一是… in a sentence
  // 问题1：推进水网建设统筹谋划不够… (四川 巡视整改, probe round 53): a problem over the measures numbered under it
  ['named', new RegExp(`^(?:实事|任务|项目|工程|举措|问题)(${CN}{1,3}|\\d{1,2})[:：]`)],
  // …nor a division's line that names a task above by its number, who does it after (岳西 probe round 73: `第6项：县纪委监委机关、县委组织部负责。`,
  // `第6项由…牵头`)
  ['item', new RegExp(`^第(${CN}{1,4}|\\d{1,3})项(?!任务|工作|内容|指标|措施|是|为|要|的|由|[,，。;；]|[:：][^。]{2,80}${DIVISION_ROLE}。?$)`)],
  // 【三】保障措施 (蓬溪 probe round 75, a WeChat repost's chapters): a numeral alone in the bracket, a heading after it
  ['cn-bracket', new RegExp(`^【(${CN}{1,3})】(?=[\\u4e00-\\u9fa5])`)],
  // 一、 but not 一、二产业 (a list of numerals inside a sentence)
  ['cn', new RegExp(`^(${CN}{1,4})[、.](?!${CN}[、.])`)],
  // Ⅰ、 Ⅱ. (the Roman numeral characters U+2160–216B), chapters as 一、 are; Ⅲ类水体, Ⅱ级响应 are no markers
  // `Ⅱ　重点任务` (a part, its numeral set apart by a space, 芜湖 probe round 38)
  ['roman', /^([\u2160-\u216b])(?:[、.]| (?=[\u4e00-\u9fa5]))/],
  ['cn-paren', new RegExp(`^\\((${CN}{1,4})\\)[、.]?`)],
  // 1.1 / 1.1.1 outline numbering, before plain 1.
  ['decimal', /^(\d{1,2}(?:\.\d{1,2}){1,3})(?![\d%])\.?(?=[^\d.%万亿倍‰米元吨亩个年月日天小时公里千百十度])/],
  // 1. 1、 but not 1.5万 or 2022.; a year may follow (`1.2022年6月底前完成…`, 曲靖 probe round 26), and a hotline's
  // number (`6.12345热线诉求快速响应`, 小关 probe round 59)
  // …typed carelessly too (隆回, 三河 probe round 79: `1 .开展…`, `1，修订…`), a comma before the text, no number after it
  ['num', /^(\d{1,3})(?: ?[.、]|[,，](?=[\u4e00-\u9fa5]))(?!(?!(?:19|20)\d\d年|\d{5,6}(?![\d.%万亿元个米吨亩])[\u4e00-\u9fa5])[\d%])/],
  // (1), also as text copied from a PDF or Word writes it: ( 1 )
  ['num-paren', /^\( ?(\d{1,3}) ?\)[、.]?/],
  ['cn-half', new RegExp(`^(${CN}{1,4})\\)`)],
  ['num-half', /^(\d{1,3})\)/],
  ['circled', /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])/],
];

/** `l.`, `l、` before Chinese text: the number 1 as a careless copy writes it. */
const OCR_ONE = /^l[.、](?=[\u4e00-\u9fa5])/;

/**
 * A mark that tags a numbered item: a plan marks its key tasks (`（标★的为市政府重点督办事项）`)
 * before their marker (柳州 probe round 13) or after it. ○ is left out: it is written for 〇 in numerals.
 *
 *     > | ★2．加快新能源汽车推广应用。
 *         ^
 */
const TAG_MARKS = '★☆▲△●◆◇■□※';

/** Pictures set before a heading for show (📌, ▶, 🔹, ✅), no tag of it: arrows, dingbats and emoji. */
// …and a bar of the block elements (▌, ▍, █) a WeChat article sets before its chapters (临泉 probe round 75: `▌三、保障措施`)
const DECORATION = /^(?:\p{Extended_Pictographic}|[\u{FE0F}\u{200D}▶►▷▸➤➢➜➔→\u2580-\u259F])+\s*/u;

/** Whether a character may open a decoration: one of the symbol blocks, or a surrogate (most emoji). */
function mayBeDecoration(code: number): boolean {
  return (code >= 0x2190 && code <= 0x2bff && !TAG_MARKS.includes(String.fromCharCode(code))) || (code >= 0xd800 && code <= 0xdbff);
}

/**
 * Reads the numbering marker at the start of a normalized paragraph, or null. A mark before or
 * right after it (`★2．`) is the item's tag, taken with the marker: it is no text of the item.
 *
 *     readMarker('(二)推进市政设施建设,提升承载能力')  // → { kind: 'cn-paren', value: 2, printed: '(二)', length: 3 }
 *     readMarker('★2.加快新能源汽车推广应用。')  // → { kind: 'num', value: 2, printed: '2.', length: 3, tag: '★' }
 */
export function readMarker(text: string): Marker | null {
  const decoration = mayBeDecoration(text.charCodeAt(0)) ? DECORATION.exec(text) : null;
  if (decoration) {
    // `📌 二、重点任务` (a WeChat article, 龙游 probe round 34): the marker after the picture
    const marker = readMarker(text.slice(decoration[0].length));
    return marker ? { ...marker, length: decoration[0].length + marker.length } : null;
  }
  // `l.建设县级物流配送中心` (甘肃 probe round 50): a lower-case L a PDF's or a scan's copy put for the 1
  if (text.charCodeAt(0) === 0x6c && OCR_ONE.test(text)) return readBareMarker(`1${text.slice(1)}`);
  if (!TAG_MARKS.includes(text[0] ?? '\0')) return tagAfter(text, readBareMarker(text));
  let at = 1;
  while (text[at] === ' ') at++;
  const marker = readBareMarker(text.slice(at));
  return marker ? { ...marker, length: at + marker.length, tag: text[0]! } : null;
}

/**
 * A word in brackets right after the marker with which a plan marks a kind of task (临朐 probe round 18:
 * `8.【重点】推动绿色消费。…`): the task's tag, no text of it.
 */
const TAG_WORD = /^[【\[](重点|重点任务|重点工作|新增|新增任务|约束性|预期性|亮点|创新|攻坚|民生实事|省考指标)[】\]]/;

/** A mark right after the marker (`2．★加快…`, `8.【重点】推动…`) is its tag too. */
function tagAfter(text: string, marker: Marker | null): Marker | null {
  if (!marker) return null;
  const word = text[marker.length] === '【' || text[marker.length] === '[' ? TAG_WORD.exec(text.slice(marker.length)) : null;
  if (word) return { ...marker, length: marker.length + word[0].length, tag: word[0] };
  if (!TAG_MARKS.includes(text[marker.length] ?? '\0')) return marker;
  let length = marker.length + 1;
  while (text[length] === ' ') length++;
  return { ...marker, length, tag: text[marker.length]! };
}

function readBareMarker(text: string): Marker | null {
  // only the families that can start with this character are tried
  const first = text.charCodeAt(0);
  const candidates = first === 0x7b2c ? BY_FIRST.chapterLike
    : first === 0x28 ? BY_FIRST.paren
      : first >= 0x30 && first <= 0x39 ? BY_FIRST.digit
        : CN_NUMERALS.includes(text[0] ?? '\0') ? BY_FIRST.numeral
          : (first >= 0x2460 && first <= 0x2473) || (first >= 0x3251 && first <= 0x325f) || (first >= 0x32b1 && first <= 0x32bf) ? BY_FIRST.circled
            : first >= 0x2160 && first <= 0x216b ? BY_FIRST.roman
              : NAMED_FIRST.includes(text[0] ?? '\0') ? BY_FIRST.named
                : first === 0x3010 ? BY_FIRST.lenticular
                  : null;
  if (!candidates) return null;
  for (const [kind, pattern] of candidates) {
    const match = pattern.exec(text);
    if (!match) continue;
    const number = match[1]!;
    const value = kind === 'circled' ? circledValue(number) : kind === 'decimal' ? Number(number.slice(number.lastIndexOf('.') + 1)) : kind === 'roman' ? number.charCodeAt(0) - 0x215f : parseChineseNumber(number);
    if (!Number.isFinite(value) || value <= 0) continue;
    let length = match[0].length;
    while (text[length] === ' ') length++;
    return { kind, value, printed: kind === 'decimal' ? number : printedMarker(kind, match[0]), length };
  }
  return null;
}

/** The first characters of the words a named marker opens with: 实事, 任务, 项目, 工程, 举措, 问题. */
const NAMED_FIRST = '实任项工举问';

/** The marker as printed: `(一)、` → `(一)`; the separator is kept where it is the marker's own (`一、`, `1.`). */
function printedMarker(kind: MarkerKind, matched: string): string {
  const last = matched.charCodeAt(matched.length - 1);
  // the colon of 实事一： parts the marker from its text: no part of it
  const separated = last === 0x3001 || last === 0x2e || last === 0x3a || last === 0xff1a;
  const printed = separated && kind !== 'cn' && kind !== 'num' && kind !== 'roman' ? matched.slice(0, -1) : matched;
  return printed.includes(' ') ? printed.replace(/ /g, '') : printed;
}

type Pattern = readonly [MarkerKind, RegExp];
const only = (...kinds: MarkerKind[]): readonly Pattern[] => PATTERNS.filter(([kind]) => kinds.includes(kind));
const BY_FIRST = {
  chapterLike: only('chapter', 'section', 'article', 'item'),
  paren: only('cn-paren', 'num-paren'),
  digit: only('decimal', 'num', 'num-half'),
  lenticular: only('cn-bracket'),
  numeral: only('cn', 'cn-half'),
  circled: only('circled'),
  roman: only('roman'),
  named: only('named'),
};

function circledValue(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code <= 0x2473) return code - 0x2460 + 1;
  if (code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

/** Writes a number as a Chinese numeral, the way markers print it: 37 → 三十七, 10 → 十, 102 → 一百零二. */
export function toChineseNumber(value: number): string {
  const digits = '〇一二三四五六七八九';
  if (value < 10) return digits[value]!;
  if (value < 20) return `十${value % 10 ? digits[value % 10] : ''}`;
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 ? digits[value % 10] : ''}`;
  const rest = value % 100;
  return `${digits[Math.floor(value / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : rest < 20 ? `一${toChineseNumber(rest)}` : toChineseNumber(rest)}`;
}

/**
 * How the marker after this one would be printed: `3.` → `4.`, `(九)` → `(十)`; null for families
 * that are not written inline one after another.
 */
export function nextMarkerText(marker: Marker): string | null {
  const next = marker.value + 1;
  switch (marker.kind) {
    case 'num': return `${next}${marker.printed.endsWith('、') ? '、' : '.'}`;
    case 'num-paren': return `(${next})`;
    case 'cn-paren': return `(${toChineseNumber(next)})`;
    case 'cn': return `${toChineseNumber(next)}、`;
    case 'cn-bracket': return `【${toChineseNumber(next)}】`;
    default: return null;
  }
}

/** How many levels a decimal marker has: `1.2.3` → 3. */
export function decimalDepth(printed: string): number {
  return printed.split('.').length;
}
