/**
 * The layout of a plan: cover letter, the plan's own title, body, attachment list, attachments
 * and tables standing in the body.
 */
import { DATE_LINE, DOC_NUMBER, isJunkLine, OFFICE_AND_DATE } from '../readers/page-furniture.js';
import { isWhiteSpace, makeLine, type SourceLine, trimStartWhere } from '../readers/text.js';
import { foldTraditional } from './fold.js';
import { readMarker } from './numbering.js';
import { columnKind, isBorderLine, isHeaderRow, isUnitKind, splitRowFields } from './table-header.js';

// Page furniture is shared with the HTML reader (readers import no extractors); the extractors take it from here.
export { DATE_LINE, DOC_NUMBER, isJunkLine, OFFICE_AND_DATE };

export type AttachmentKind = 'tasks' | 'members' | 'table';

export interface AttachmentPart {
  /** As printed: 附件2, 附表. */
  label: string;
  title: string | null;
  /** Line indexes [start, end) of its content (title excluded). */
  start: number;
  end: number;
  kind: AttachmentKind;
  line: number;
  /** A table standing in the body, no 附件 above it: the text after it is the body's. */
  inBody?: boolean;
}

export interface Layout {
  /** Line indexes [start, end) of the plan's own title, or null. */
  title: { start: number; end: number; text: string } | null;
  /** The title named by a cover letter: 关于印发《…》的通知. */
  noticeTitle: string | null;
  /** Line index where the header (cover letter, titles, 发文字号) ends: the first numbered line. */
  headerEnd: number;
  /** Line indexes [start, end) of the body. */
  bodyStart: number;
  bodyEnd: number;
  /** Line index where the attachments start: between bodyEnd and here stand the 附件 list and the signature. */
  tailEnd: number;
  /** Attachment names listed after 附件: in the body. */
  attachmentNames: string[];
  attachments: AttachmentPart[];
}

// Words a plan's title ends with.
const DOCUMENT_TYPE = /(?:方案|意见|办法|规划|计划|通知|举措|措施|细则|规定|要点|清单|决定|纲要|条例|指引|指南|安排|通告|公告|分工|分解|责任书|实施意见|工作要点|任务表|分工表|分解表|责任表|一览表|纪要|通报)$/;
const SENTENCE_PUNCTUATION = /[。,，;；!！?？:：…]/;
const NOTICE = /印发|转发|颁布/;

// the rest is taken whole and its leading colon and spaces cut in code: `\s*[:：]?\s*(.*)$` backtracks
// over a long run of spaces once per space
const ATTACHMENT_HEAD = /^(附件|附表)(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3}))?(.*)$/;

/**
 * Reads the layout of a document from its normalized lines.
 */
export function readLayout(lines: readonly SourceLine[]): Layout {
  const lists = readAttachmentLists(lines);
  const firstMarker = lines.findIndex((line, i) => line.text.length > 0 && !lists.lines.has(i) && readMarker(line.text) !== null);
  const headerEnd = firstMarker < 0 ? lines.length : firstMarker;
  const searchEnd = Math.min(headerEnd, 120);
  // titles and notices are recognized in simplified characters (印發, 實施意見, 92號) and given as written
  const seen = lines.slice(0, searchEnd).map(foldLine);
  const noticeAt = findNotice(seen, lines, searchEnd);
  const own = findOwnTitle(seen, noticeAt?.end ?? 0, searchEnd, lists.lines) ?? (noticeAt ? namedTitleBelow(lines, noticeAt, lists.lines) : null);
  const title = own && { ...own, text: lines.slice(own.start, own.end).map((l) => l.text).join('') };
  // a table of contents after the title lists the parts where they are printed: the body follows it
  const bodyStart = afterContents(lines, title ? title.end : noticeAt ? noticeAt.end : 0);
  const { bodyEnd, attachments } = readAttachments(lines, bodyStart, lists.lines);
  return {
    title, noticeTitle: noticeAt?.inner ?? null, headerEnd: Math.max(bodyStart, headerEnd), bodyStart, bodyEnd,
    tailEnd: attachments[0] ? attachments[0].start - (attachments[0].title ? 2 : 1) : lines.length, attachmentNames: lists.names, attachments,
  };
}

/**
 * The 附件: lists (in the cover letter or after the body) and the names they give.
 *
 *     > | 附件:1.延边州示范镇建设议事协调机制成员名单
 *     > | 2.延边州乡村振兴示范镇建设责任清单
 */
function readAttachmentLists(lines: readonly SourceLine[]): { lines: Set<number>; names: string[] } {
  const listed = new Set<number>();
  const names: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.charCodeAt(0) !== 0x9644) continue; // 附
    const head = /^附件\s*[:：](.*)$/.exec(lines[i]!.text);
    if (!head || isContentsEntry(lines[i]!)) continue;
    listed.add(i);
    const plain = lines[i]!.plain;
    names.push(...listedNames(plain.slice(/[:：]/.exec(plain)!.index + 1)));
    while (i + 1 < lines.length && (lines[i + 1]!.text === '' || (/^\d{1,2}[.、]\S/.test(lines[i + 1]!.text) && lines[i + 1]!.text.length <= 60))) {
      i++;
      listed.add(i);
      names.push(...listedNames(lines[i]!.plain));
    }
  }
  return { lines: listed, names };
}

/**
 * The names one line of a 附件: list gives, without their numbers; a list may run on one line, a
 * space before each next number:
 *
 *     > | 附件：1.娄底市现代物流业重点项目表　2.娄底市现代物流业重点任务分工表
 *             ^^                           ^^
 */
function listedNames(plain: string): string[] {
  const pieces = plain.trim().split(/ (?=\d{1,2}[.、])/);
  // only numbers counting on split the line (2023年 3.5亿元 is one name)
  const counts = pieces.every((piece, k) => k === 0 || Number(/^\d{1,2}/.exec(piece)![0]) === Number(/^\d{1,2}/.exec(pieces[k - 1]!)?.[0]) + 1);
  return (counts ? pieces : [pieces.join(' ')])
    .map((piece) => makeLine(piece, 0).text.replace(/^\d{1,2}[.、]\s*/, '').replace(FILE_EXTENSION, ''))
    .filter((name) => name.length > 0);
}

/**
 * The extension of a file a portal links as the attachment (probe h15):
 *
 *     > | 附件:1.冷水江市2024年重点项目建设攻坚行动方案.docx
 *                                                ^^^^^
 */
const FILE_EXTENSION = /\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$/i;

/** A line in simplified characters (the same length: positions hold in the line as written). */
function foldLine(line: SourceLine): SourceLine {
  const text = foldTraditional(line.text);
  const plain = foldTraditional(line.plain);
  return text === line.text && plain === line.plain ? line : { ...line, text, plain };
}

/**
 * 关于印发《延边州开展示范镇建设助推\n乡村振兴工作任务分工方案》的通知 → the title inside 《》, found in
 * the folded lines (`seen`) and taken from the lines as written.
 */
function findNotice(seen: readonly SourceLine[], lines: readonly SourceLine[], end: number): { inner: string; end: number } | null {
  for (let i = 0; i < end; i++) {
    const text = seen[i]!.text;
    // 关于 after the issuers, several on a joint notice (成都市发展和改革委员会 中共成都市委社会工作部 … 关于印发…),
    // or none: 国务院办公厅转发《…》的通知
    if (!NOTICE.test(text) || !/^.{0,100}?(?:关于|[印转]发[《〈])/.test(text) || SENTENCE_PUNCTUATION.test(text)) continue;
    let joined = text;
    let last = i;
    while (!/通知$|》/.test(joined.slice(joined.indexOf('《') + 1)) && last + 1 < end && last - i < 3) joined += seen[++last]!.text;
    // the title wrapped after its 》 (贵州 probe round 59: `关于印发《…若干措施》` / `任务分工方案的通知`)
    const wrapped = last + 1 < end && !joined.endsWith('通知') ? seen[last + 1]!.text : '';
    if (wrapped.endsWith('的通知') && wrapped.length <= 30 && !SENTENCE_PUNCTUATION.test(wrapped)) joined += seen[++last]!.text;
    // bounded: a title is no longer than a few lines, and an unbounded search is quadratic on a line of 《《《…
    // 《…若干措施》任务分工方案: the plan that divides the work of the quoted one is named with it
    const after = joined.lastIndexOf('》');
    const dividing = after >= 0 && joined.endsWith('的通知') && DOCUMENT_TYPE.test(joined.slice(after + 1, -3));
    // 关于印发2026年《政府工作报告》重点工作任务分工的通知 (柳州 probe round 78): the title quotes a document inside it, 《》 and all
    const quoting = joined.endsWith('的通知') && quotesInside(joined);
    if (quoting) {
      const whole = groupAt(/印发(.{1,200}?)的通知$/, joined, 0);
      if (whole) return { inner: lines.slice(i, last + 1).map((line) => line.text).join('').slice(whole[0], whole[1]), end: last + 1 };
    }
    let inner = (dividing ? groupAt(/印发《([^《》]{1,200}》[^《》]{1,30})的通知$/, joined, 0) : null) ?? groupAt(/《([^《》]{1,200})》/, joined, 0) ?? groupAt(/印发(.{1,200}?)的通知$/, joined, 0);
    // a page quoting the whole notice title: 《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
    if (inner && /印发/.test(joined.slice(inner[0], inner[1]))) {
      const within = joined.slice(inner[0], inner[1]);
      inner = groupAt(/印发[〈<]([^〈〉<>]{1,200})[〉>]/, within, inner[0]) ?? groupAt(/印发(.{1,200}?)的通知$/, within, inner[0]) ?? inner;
    }
    if (inner) {
      const written = lines.slice(i, last + 1).map((line) => line.text).join('');
      return { inner: written.slice(inner[0], inner[1]).replace(/[〈〉<>》]/g, ''), end: last + 1 };
    }
  }
  return null;
}

/** Whether a notice 印发 a title that quotes a document after words of its own: `印发2026年《政府工作报告》重点工作任务分工的通知`. */
function quotesInside(notice: string): boolean {
  const at = notice.indexOf('印发');
  const open = notice.indexOf('《', at + 2);
  const close = notice.indexOf('》', open + 1);
  // words before the quote (no 《 right after 印发), and words after it before 的通知
  return at >= 0 && open > at + 2 && open - at <= 32 && close > open && close < notice.length - 4 && notice.indexOf('《', close) < 0;
}

/** Where a pattern's group stands in `text`, shifted by `offset`; the group follows the match's fixed opening. */
function groupAt(pattern: RegExp, text: string, offset: number): [number, number] | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const start = offset + match.index + match[0].indexOf(match[1]!);
  return [start, start + match[1]!.length];
}

/** A bracket a title may end with: (2023—2025年), (试行), (征求意见稿). */
const TITLE_QUALIFIER = /\((?:(?:19|20)\d{2}(?:[-—–~至]+(?:19|20)?\d{2,4})?年?(?:版)?|试行|暂行|修订|修订稿|征求意见稿|草案|送审稿|讨论稿)\)$/;

/**
 * A short bracket inside a title, which says no sentence (a note `(责任单位:…)` does):
 *
 *     > | ××市“十四五”(2021—2025年)文化旅游发展实施方案
 *                    ^^^^^^^^^^^^^
 *     > | ××县城区(含开发区)环境整治工作方案
 *                 ^^^^^^^^^
 */
const INNER_BRACKET = /(?<!^)\([^()《》。,，;；!！?？:：…]{1,20}\)/g;

function isTitleLike(line: SourceLine): boolean {
  const text = line.text.replace(TITLE_QUALIFIER, '').replace(INNER_BRACKET, '');
  // a title may quote a document (关于贯彻落实《…若干政策措施》的实施意见); a notice line quoting the plan is no title
  return text.length >= 2 && text.length <= 60 && !SENTENCE_PUNCTUATION.test(text) && !/[()]/.test(text) && !(/[《》]/.test(text) && NOTICE.test(text)) &&
    !isJunkLine(text) && !DATE_LINE.test(text) && !NUMERIC_DATE.test(text) && !DOC_NUMBER.test(line.plain) && !/^(?:附件|附表)/.test(text);
}

/** A date printed in figures, alone or with its time (`2024-03-18`, `2024/3/18 18:30`): no half of a title. */
const NUMERIC_DATE = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * The plan's own title: a line (or a few adjacent short lines) ending with 方案, 意见, 举措 … A line
 * of the 附件: list is never the title, though it names a 分工表 or a 方案 (a cover letter's
 * `　　　　　2.临沂市2023年城市更新重点任务分工表`).
 */
/** How far below a notice its plan's title is looked for past the notice's own numbered points. */
const NAMED_TITLE_WINDOW = 60;

/**
 * The plan's title the notice names, standing below a cover letter that numbers its own points (灵璧
 * probe round 58: `…并就有关事项通知如下：` / `一、各牵头单位要…` / `二、…` / signature / `2025年县政府工作报告重点工作任务分工`):
 * the first line that reads as that title, before which nothing is the plan's.
 */
function namedTitleBelow(lines: readonly SourceLine[], notice: { inner: string; end: number }, listLines: ReadonlySet<number>): { start: number; end: number } | null {
  const named = foldLine(makeLine(notice.inner, 0)).text;
  if (named.length < 6) return null;
  for (let i = notice.end; i < Math.min(lines.length, notice.end + NAMED_TITLE_WINDOW); i++) {
    if (!listLines.has(i) && foldLine(lines[i]!).text === named) return { start: i, end: i + 1 };
  }
  return null;
}

function findOwnTitle(lines: readonly SourceLine[], from: number, end: number, listLines: ReadonlySet<number>): { start: number; end: number; text: string } | null {
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    // `的通知` alone (南充 probe round 50) ends a notice's title wrapped before it: no title of its own
    if (listLines.has(i) || !isTitleLike(line) || !DOCUMENT_TYPE.test(line.text.replace(TITLE_QUALIFIER, '')) || /^关于印发/.test(line.text) || line.text.startsWith('的')) continue;
    // the masthead of minutes (宜昌 probe round 69: `宜昌市人民政府` / `专题会议纪要` / `〔2024〕第18期` / … / `关于…的会议纪要`): the
    // minutes' own title is below it
    if (line.text.endsWith('纪要') && !line.text.startsWith('关于') && titledBelow(lines, i + 1, Math.min(end, i + MASTHEAD_LINES), listLines)) continue;
    // a repost's news headline over the plan's own title (甘肃 probe round 93: `甘肃省出台推进县城城镇化建设若干措施`, its source
    // line, then `甘肃省推进以县城为重要载体的城镇化建设若干措施`)
    if (NEWS_OF_PLAN.test(line.text) && !line.text.startsWith('关于') && plainTitleBelow(lines, i + 1, Math.min(end, i + MASTHEAD_LINES), listLines)) continue;
    let start = i;
    // a title broken over lines: 延边州开展示范镇建设 / 助推乡村振兴工作任务分工方案
    while (start > from && i - start < 2) {
      const previous = lines[start - 1]!;
      // a title is broken near its middle, so its first part is no short section name (脱贫攻坚, 政府信息公开),
      // nor a table's row of cells (a workbook's 汇总 sheet before the task sheet's title, 合肥 probe round 17)
      if (listLines.has(start - 1) || !isTitleLike(previous) || previous.text.length > 30 || previous.text.length < 8 || DOCUMENT_TYPE.test(previous.text) || looksLikeIssuer(previous.text) || previous.raw.includes('\t') || ISSUE_NUMBER.test(previous.text)) break;
      start--;
    }
    // a plan titled by its issuer over two lines (远安 probe round 53: `中共远安县卫生健康局党组` / `关于…整改工作方案`): the title
    // is cited with it, as on one line (`中共六安市委关于…整改落实方案`); a notice's issuer heads the notice, two issuers
    // side by side a joint notice's header, no title's words
    const issuer = lines[start - 1];
    if (start === i && start > from && line.text.startsWith('关于') && !/(?:通知|通报)$/.test(line.text) && !listLines.has(start - 1) && looksLikeIssuer(issuer!.text) && !issuer!.plain.includes(' ') && !issuer!.text.endsWith('文件')) start--;
    const text = lines.slice(start, i + 1).map((l) => l.text).join('');
    // the notice again, under a portal's copy of its title (灵璧 probe round 59: `…关于印发灵璧县` / `2025年…方案的` / `通知`): no plan's title
    if (text.endsWith('通知') && NOTICE.test(text)) continue;
    return { start, end: i + 1, text };
  }
  return null;
}

/** A document's number or an issue's, no part of a title: `〔2024〕第18期`, `青政阅〔2024〕23号`. */
const ISSUE_NUMBER = /[〔\[(（]\d{4}[〕\])）]|第\d{1,4}期/;

/** How far below a masthead the minutes' own title may stand: the issue's number, the office and date between. */
const MASTHEAD_LINES = 6;

/** The verb a news headline reports a plan with: `…出台…若干措施`, `…印发…方案`. */
const NEWS_OF_PLAN = /出台|出炉|印发|发布|公布/;

/** Whether a plan's title with no news verb stands in lines [from, end): the title under a repost's headline. */
function plainTitleBelow(lines: readonly SourceLine[], from: number, end: number, listLines: ReadonlySet<number>): boolean {
  for (let k = from; k < end; k++) {
    const line = lines[k]!;
    if (!listLines.has(k) && isTitleLike(line) && DOCUMENT_TYPE.test(line.text) && !NEWS_OF_PLAN.test(line.text) && !line.text.startsWith('关于')) return true;
  }
  return false;
}

/** Whether a title opened by 关于 stands in lines [from, end): the minutes' own, under their masthead. */
function titledBelow(lines: readonly SourceLine[], from: number, end: number, listLines: ReadonlySet<number>): boolean {
  for (let k = from; k < end; k++) {
    const line = lines[k]!;
    if (!listLines.has(k) && line.text.startsWith('关于') && isTitleLike(line) && DOCUMENT_TYPE.test(line.text)) return true;
  }
  return false;
}

/** A body that lends its seal to the office signing over it: `（宁都县民政局代章）`. */
export const SEAL_LENT = /^[(（]?[\u4e00-\u9fa5]{2,30}代[章印][)）]?$/;

/** An office name as signed under a plan: 延边州人民政府办公室, 双营乡人民政府. */
export function looksLikeIssuer(text: string): boolean {
  return text.length >= 3 && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) &&
    // 督查室, 研究室 (黄冈 督办台账, probe round 33), 管委会; the central government's bodies that sign a joint notice
    // (58a probe round): 人民银行, 海关总署, 国家数据局综合司, 共青团中央, 全国妇联, 中国残联, 中国科协, 中华全国供销合作总社
    /(?:办公室|办公厅|人民政府|政府|委员会|党委|委|厅|局|办|部|院|乡|镇|街道办事处|街道|中心|党组|合作社|联社|联合会|工会|分行|室|管委会|银行|署|(?<!公)司|团中央|妇联|残联|工商联|侨联|文联|科协|总社)$/.test(foldTraditional(text));
}

/** The line that ends an article: `—— END ——`, `－完－`. */
const END_OF_ARTICLE = /^[-—–_=~－]{1,6}\s*(?:END|完|全文完)\s*[-—–_=~－]{1,6}$/i;
const DASHES = '-—–_=~－';

/** A portal's heading over links to other pages, after the document: `相关链接`, `相关文章：`. */
const RELATED_LINKS = /^相关(?:链接|文章|阅读|新闻|稿件|信息|文件链接)\s*[:：]?$/;
/** The title of a policy's interpretation: `【政策解读】…`, `《…实施方案》政策解读`, `政策解读`. */
const INTERPRETATION = /^(?:【(?:政策|图文)?解读】|《[^》]{4,80}》(?:政策)?解读$|政策解读\s*[:：]?$)/;

function readAttachments(lines: readonly SourceLine[], bodyStart: number, listLines: ReadonlySet<number>): { bodyEnd: number; attachments: AttachmentPart[] } {
  const attachments: AttachmentPart[] = [];
  let bodyEnd = lines.length;
  for (let i = bodyStart; i < lines.length; i++) {
    // the table right under the 附件 list's one entry (茶陵 probe round 37: `附件：…重点任务清单` over a `|` table) is that attachment
    const above = attachments.length === 0 && i >= bodyEnd ? previousNonEmpty(lines, i) : -1;
    const listed = above >= 0 && listLines.has(above);
    if (attachments.length === 0 && (i < bodyEnd || listed) && isTableStart(lines, i)) {
      // a table in the body itself (a 任务分工表 published as one page): it runs to the next attachment
      bodyEnd = Math.min(bodyEnd, i);
      attachments.push(listed
        ? { label: '附件', title: lines[above]!.text.replace(/^附件\s*[:：]\s*/, '') || null, start: i, end: lines.length, kind: 'table', line: lines[i]!.line }
        : { label: '表格', title: previousTitle(lines, i), start: i, end: lines.length, kind: 'table', line: lines[i]!.line, inBody: true });
      continue;
    }
    if (listLines.has(i)) {
      // the 附件: list ends the body; the signature may follow it
      bodyEnd = Math.min(bodyEnd, i);
      continue;
    }
    const first = lines[i]!.text.charCodeAt(0);
    // 相关链接 and the titles of other pages under it (太平川镇 probe round 28), or a WeChat article's
    // `—— END ——` and its footer (来源, 编辑, 点亮“在看”, 龙游 probe round 34): the page's furniture from here on
    // …or the policy's interpretation a portal prints under it (`【政策解读】《…方案》解读`, 黄冈 probe round 47): its prose restates
    // who does what, no task's note
    const interprets = (first === 0x3010 || first === 0x300a || first === 0x653f) && INTERPRETATION.test(lines[i]!.text);
    if ((first === 0x76f8 && RELATED_LINKS.test(lines[i]!.text)) || (DASHES.includes(lines[i]!.text[0] ?? '') && END_OF_ARTICLE.test(lines[i]!.text)) || interprets) {
      bodyEnd = Math.min(bodyEnd, i);
      const last = attachments[attachments.length - 1];
      if (last) last.end = Math.min(last.end, i);
      break;
    }
    if (first !== 0x9644) continue; // 附件, 附表
    const match = ATTACHMENT_HEAD.exec(lines[i]!.text);
    if (!match || isContentsEntry(lines[i]!)) continue;
    const [, word, number, after = ''] = match;
    const rest = trimStartWhere(after, (code) => code === 0x3a || code === 0xff1a || isWhiteSpace(code)).trim();
    // 附件2所列任务由…。 is a sentence, not a header
    if (rest && !/[:：]/.test(lines[i]!.text) && (rest.length > 40 || SENTENCE_PUNCTUATION.test(rest))) continue;
    bodyEnd = Math.min(bodyEnd, i);
    let titleIndex = -1;
    let title: string | null = rest || null;
    if (!title) {
      titleIndex = nextNonEmpty(lines, i + 1);
      title = titleIndex >= 0 && lines[titleIndex]!.text.length <= 60 ? lines[titleIndex]!.text : null;
      if (!title) titleIndex = -1;
    }
    const previous = attachments[attachments.length - 1];
    if (previous) previous.end = i;
    const start = titleIndex >= 0 ? titleIndex + 1 : i + 1;
    attachments.push({ label: `${word}${number ?? ''}`, title, start, end: lines.length, kind: 'tasks', line: lines[i]!.line });
  }
  for (const part of attachments) part.kind = attachmentKind(lines, part);
  return { bodyEnd, attachments };
}

/**
 * A line of a table of contents, its page number after a leader: `附件：宿州市…专项行动方案……………6`.
 * It names where a part is printed, and opens none.
 */
function isContentsEntry(line: SourceLine): boolean {
  const page = pageNumberAt(line.text);
  if (page > 0 && LEADER.test(line.text.slice(Math.max(0, page - 4), page))) return true;
  // a page number after a tab: a table of contents typed without leaders
  if (!line.raw.includes('\t')) return false;
  const raw = line.raw.trimEnd();
  const at = pageNumberAt(raw);
  return at > 1 && raw[at - 1] === '\t' && raw.slice(0, at).trim() !== '';
}

/**
 * Where the page number a line ends with starts (after the spaces before it), or -1: one to
 * three digits, after something that is no digit.
 */
function pageNumberAt(text: string): number {
  const end = text.length;
  let at = end;
  while (at > 0 && at > end - 3 && isDigit(text.charCodeAt(at - 1))) at--;
  if (at === end || (at > 0 && isDigit(text.charCodeAt(at - 1)))) return -1;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  return at;
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** The leader of a contents line, in its last four characters before the page number: ……, ...., ····, ----. */
const LEADER = /…{2}$|\.{4}$|·{4}$|-{4}$|—{3}$/;
/** Where the body starts: after a table of contents standing at `from` (two entries at least), else `from`. */
function afterContents(lines: readonly SourceLine[], from: number): number {
  let entries = 0;
  let end = from;
  for (let i = from; i < lines.length && i < from + MAX_CONTENTS; i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (/^目\s*录$/.test(text)) end = i + 1;
    else if (isContentsEntry(lines[i]!)) {
      entries++;
      end = i + 1;
    } else break;
  }
  return entries >= 2 ? end : from;
}

/** The most lines a table of contents is looked through. */
const MAX_CONTENTS = 80;


/** A tab, bar or wide space after some text (indentation is no separator). */
const INNER_SEPARATOR = /\S ?(?:\t|[|｜]|\s{2})/;

/** A table header: `序号` alone with header cells after it, or one row of header fields. */
function isTableStart(lines: readonly SourceLine[], i: number): boolean {
  const line = lines[i]!;
  if (line.text === '序号') {
    const next = lines.slice(i + 1, i + 12).map((l) => l.text).filter((text) => text && !/^[|｜]$/.test(text)).slice(0, 4);
    return isHeaderRow(['序号', ...next.filter((text) => columnKind(text) !== null)]);
  }
  // a header row is short and separated inside (indentation does not count)
  if (line.text.length > 100 || !mayHoldSeparator(line) || !INNER_SEPARATOR.test(line.raw)) return false;
  const fields = splitRowFields(line.raw);
  return isHeaderRow(fields) && !isLabelPairs(fields);
}

/**
 * Labels and their values side by side, a note line parted by tabs (临朐 probe round 18:
 * `牵头单位⇥县水利局⇥配合单位⇥县财政局`): no table's header, whose cells name columns only.
 */
function isLabelPairs(fields: readonly string[]): boolean {
  if (fields.length < 2 || fields.length % 2 !== 0) return false;
  for (let i = 0; i < fields.length; i += 2) {
    if (!isUnitKind(columnKind(fields[i]!)) || columnKind(fields[i + 1]!) !== null) return false;
  }
  return true;
}

/**
 * Whether INNER_SEPARATOR may match: a line that normalizing left as it was holds no tab and no
 * two white space characters in a row, so only a bar can separate it. Most lines are such, and
 * their line is the same string in every form: the test is a pointer's.
 */
function mayHoldSeparator(line: SourceLine): boolean {
  return line.plain !== line.raw || line.raw.includes('|') || line.raw.includes('｜');
}

/** The short line just above a table, which names it; null when there is none. */
function previousTitle(lines: readonly SourceLine[], i: number): string | null {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const text = lines[j]!.text;
    // an ASCII box's top border stands between the table and its title, a page number where a PDF broke the page (`— 2 —`)
    // …and the office and date a ledger prints under its title (`绵阳市人民政府督查室　2025年4月3日`)
    if (text && !isBorderLine(lines[j]!.raw) && !isJunkLine(text) && !OFFICE_AND_DATE.test(lines[j]!.plain.trim())) return text.length <= 60 && !SENTENCE_PUNCTUATION.test(text) ? text : null;
  }
  return null;
}

function previousNonEmpty(lines: readonly SourceLine[], before: number): number {
  for (let i = before - 1; i >= 0 && i >= before - 5; i--) if (lines[i]!.text) return i;
  return -1;
}

function nextNonEmpty(lines: readonly SourceLine[], from: number): number {
  for (let i = from; i < lines.length && i < from + 5; i++) if (lines[i]!.text) return i;
  return -1;
}

function attachmentKind(lines: readonly SourceLine[], part: AttachmentPart): AttachmentKind {
  // a list of members, not the members' duties (`…部际联席会议成员单位职责分工`, 58a probe round: a duty list)
  if (part.title && (/名单|联系人|通讯录|联络员/.test(part.title) || (part.title.includes('成员') && !/职责|分工|任务/.test(part.title)))) return 'members';
  if (part.title && /清单|分工表|任务表|一览表|台账|明细表|责任表|分解表/.test(part.title)) return 'table';
  for (let i = part.start; i < Math.min(part.end, part.start + 8); i++) if (/^序号$/.test(lines[i]!.text)) return 'table';
  // a header row naming a unit column, whatever the title (`| 序号 | 工作内容 | 责任单位 | 完成时限 |` under `二、重点任务`)
  for (let i = part.start; i < Math.min(part.end, part.start + 3); i++) if (splitRowFields(lines[i]!.raw).some((field) => isUnitKind(columnKind(field))) && isTableStart(lines, i)) return 'table';
  return 'tasks';
}
