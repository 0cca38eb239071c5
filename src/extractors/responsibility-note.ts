/**
 * Reads the inside of a responsibility note (责任表述): its units with roles, a deadline, and a
 * role convention stated in it. Finding notes in a task's text is find-notes.ts.
 */
import type { Role } from '../model/document.js';
import { readDeadline } from './deadline.js';
import { isWhiteSpace, trimEndWhere, trimStartWhere } from '../readers/text.js';
import { foldTraditional } from './fold.js';
import { BOLD_LEGEND, BRACKETED_SHORT_LABEL, LABEL, type LabelKind, labelKind, MAY_BE_NOTE, MARK_LEGEND, MARKED_ONLY, OTHER_LABEL, SHORT_LABEL, SHORT_NAMES } from './note-labels.js';
import { type ListedUnit, type ListMode, looksLikeUnit, readUnitList } from './units.js';
import { append } from '../collections.js';
import { parseChineseNumber } from './numbering.js';
import { personBrackets } from './persons.js';

export interface ParsedNote {
  units: ListedUnit[];
  deadline: string | null;
  /** A role convention stated inside the note (`除按职责分工负责外,列第一位为牵头部门`). */
  convention: string | null;
  /** Written with labels (责任单位: …) rather than role words. */
  labeled: boolean;
  /** Words after a unit that are no role we know (`市纪委监委监督`); the unit is kept as responsible. */
  unknownWords: string[];
  /** The note says 同上 (`责任单位:同上`): its units are those of the task before. */
  sameAsAbove: boolean;
  /** The label that says 同上, where one does (`责任单位：同上`): only the units of that role are the task before's. */
  sameAsAboveRole?: Role;
  /** The note says 同第3项: the task it refers to is the one of that number, not the one before. */
  sameAsItem?: number;
  /** The note says 下同 (`(责任单位:X,下同)`): its units are also those of the tasks after it that have no note. */
  carriesDown: boolean;
  /** Parts of a labelled note that name no unit and say nothing else we know (`责任片区：…` before that label was known). */
  unread: string[];
  /** The note names the tasks it covers (`以上任务…`, `以上2项任务由…`, `第5、6项任务由…`), or null: it is its task's own. */
  covers: NoteCoverage | null;
}

/**
 * The sibling tasks a note covers, besides the one it is written after: all the tasks above it
 * under the same heading (`以上任务`), the last N of them (`以上2项任务`), or those numbered (`第5、6项`).
 */
export type NoteCoverage = { kind: 'above' } | { kind: 'last'; count: number } | { kind: 'numbered'; numbers: number[] };

// The tasks a note covers, at its start; what follows is read as a note (由X牵头…, 牵头单位:…).
//     > (以上任务牵头单位:市商务局;配合单位:市发展改革委) · (以上2项任务由市市场监管局牵头,…) · (第5、6项任务由…)
const NUMERAL = '[0-9一二三四五六七八九十两]{1,4}';
// the tasks by their numbers, bare or as their markers: 第5、6, 第8至10, (一)至(三), 第(四)、(五), (九)(十); 第(二)项、第(三)项
// (洛阳 probe round 73), each named in full
const NUMBERED_ITEM = `(?:\\(${NUMERAL}\\)|${NUMERAL})`;
const NUMBERED_LIST = `${NUMBERED_ITEM}(?:(?:项|条)?(?:、|,|，|和|及|至|到|-|—|~|～)第?${NUMBERED_ITEM}|\\(${NUMERAL}\\))*`;
const COVERAGE = new RegExp(
  `^(?:(?:以上|上述|前述)(?:(${NUMERAL})(?:项|条|个)(?:重点|整改)?(?:任务|工作|事项|措施)?|(?:各项|所有|全部)?(?:重点|整改|工作)?(?:任务|工作|事项|措施))` +
    `|(?:(?:以上|上述|前述)?第|(?:以上|上述|前述)(?=\\())(${NUMBERED_LIST})(?:项|条)(?:重点|整改)?(?:任务|工作|事项|措施)?` +
    `|本(?:部分|方面|板块|节)(?:各项|所有)?(?:重点)?(?:任务|工作|事项))(?:均|的|统一|分别|,|，|:|：)?`,
);

/** The coverage a note opens with, and how long it is written. */
function readCoverage(folded: string): { covers: NoteCoverage; length: number } | null {
  if (!/^(?:以上|上述|前述|第|本)/.test(folded)) return null;
  const match = COVERAGE.exec(folded);
  if (!match || match[0].length === folded.length) return null;
  const [written, count, numbered] = match;
  if (count !== undefined) return { covers: { kind: 'last', count: parseChineseNumber(count) }, length: written.length };
  if (numbered === undefined) return { covers: { kind: 'above' }, length: written.length };
  return { covers: { kind: 'numbered', numbers: numbersOf(numbered) }, length: written.length };
}

/** `5、6` → [5, 6]; `3至5`, `3-5` → [3, 4, 5]; `一、三` → [1, 3]; `(一)至(三)` → [1, 2, 3]; `(九)(十)` → [9, 10]. */
function numbersOf(written: string): number[] {
  const numbers: number[] = [];
  let end = 0; // where the number before ends
  for (const match of written.matchAll(NUMERALS)) {
    const value = parseChineseNumber(match[0]);
    const through = numbers.length > 0 && THROUGH.test(written.slice(end, match.index));
    const from = numbers[numbers.length - 1];
    end = match.index + match[0].length;
    // a range of at most 50: 3至5 is three tasks, 3至5000 a misreading
    if (through && from !== undefined && value > from && value - from <= 50) for (let n = from + 1; n <= value; n++) numbers.push(n);
    else numbers.push(value);
  }
  return numbers;
}

const NUMERALS = new RegExp(NUMERAL.replace('{1,4}', '+'), 'g');
/** What parts two numbers of a range: 至, 到, a dash. */
const THROUGH = /至|到|-|—|~|～/;

/**
 * How sure the caller is that the text is a note: `verb`, a bracket in a task that must say a role
 * (`(X负责)`) or a label; `clause`, a sentence or closing clause outside brackets, read as `verb`
 * but with role words only at the end of each unit (`村民委员会负责日常管护` is the task's duty, not a
 * note: removing it would take the duty out of the text); `strict`, a bracket standing as the
 * task's last sentence, a bare list whose names must end like organizations; `cell`, a table's
 * cell that may be a unit list (a row flattened into text, its cells told apart by what they hold);
 * `column`, a cell under a header naming a unit column (`配合单位`), read as after a label: any short
 * name counts (`天水机场、中国铁路兰州局集团有限公司天水车务段`).
 */
export type NoteMode = 'verb' | 'clause' | 'strict' | 'cell' | 'column';

// A document-wide convention stated inside a note or the text.
//     > | 除按职责分工负责外,列第一位为牵头部门 · 排在首位的为牵头单位 · 各项任务第一家单位为牵头单位 · 各项任务中排在第一位的为牵头单位
export const CONVENTION =
  /(?:除[^,，;；。()]{0,12}外[,，]?\s*)?(?:(?:各项|每项|所有|各)(?:任务|工作|措施)(?:中|里)?[,，]?)?(?:(?:列|排|排在|排名|列在|名列)(?:第一(?:位|个|家)?|首位)|第一(?:个|家|位)|第一)的?(?:责任)?(?:单位|部门|处室|科室|股室)?(?:为|是|即为)牵头(?:单位|部门|处室|科室|股室)/;

const MAY_HAVE_LABEL = new RegExp(`[【〖](?:${SHORT_NAMES})[】〗]|单位|部门|业主|法人|属地责任|处室|科室|股室|委室|站所|乡镇|街道|镇街|主体|时限|时间|节点|领导|人|备注|电话|日期|(?:${SHORT_NAMES})\\s*[:：]`);

/** A remark addressed to the units of the plan: `各责任单位按季度报送进展情况`, `各牵头单位要加强统筹`. */
const TO_THE_UNITS = /^各(?:责任|牵头|配合|参与|相关|有关|成员)?(?:单位|部门)(?:要|须|应|需|按|于|每|定期|及时|务必|在|将)/;

/** A bracket naming who answers for a unit, after its name: `县发改局(责任人:王刚)`, `(分管领导:副县长李××)`. */
const PERSON_IN_BRACKETS = /\([^():：]{0,4}(?:领导|责任人|负责人|联系人|联络员|长|主任|书记)[:：][^()]{1,24}\)/;
const PERSON_IN_BRACKETS_ALL = new RegExp(PERSON_IN_BRACKETS.source, 'g');

/** A short name a note declares in brackets after a unit: `〔以下简称县住建局〕`, `(下称市城管局)`. */
const SHORT_NAME_ALL = /[(（〔](?:以下简称|以下称|下称|简称)[^()（）〔〕]{1,20}[)）〕]/g;

function matchesOf(folded: string, pattern: RegExp): Array<{ at: number; end: number }> {
  return [...folded.matchAll(pattern)].map((match) => ({ at: match.index, end: match.index + match[0].length }));
}

/** The text without the given stretches (which may come in any order, and do not overlap). */
function cutRanges(text: string, ranges: ReadonlyArray<{ at: number; end: number }>): string {
  let kept = '';
  let from = 0;
  for (const { at, end } of [...ranges].sort((a, b) => a.at - b.at)) {
    if (at < from) continue;
    kept += text.slice(from, at);
    from = end;
  }
  return kept + text.slice(from);
}

/** The labels of a contact: 联系电话, 联系方式, 手机, 邮箱, 传真. */
const CONTACT = /电话|联系方式|手机|邮箱|传真/;

/**
 * Two labels in one, their units parted by a slash in the same order: `牵头/配合单位：X/Y` is
 * `牵头单位：X；配合单位：Y`. Anything else is returned as it is.
 */
function pairSlashedLabels(content: string): string {
  const pair = SLASHED_LABELS.exec(content.trim());
  return pair ? `${pair[1]}${pair[3]}:${pair[4]!.trim()};${pair[2]}${pair[3]}:${pair[5]!.trim()}` : content;
}

const SLASHED_LABELS = /^(牵头|主责|责任)(?:单位|部门)?\/(配合|协办|参与|责任)(单位|部门)[:：]([^/;；]+)\/([^/;；]+)$/;

/**
 * A tag that says who oversees the task, not who does it: `3、【县政府督办】改善学校采光照明条件。…`,
 * `(县政府重点督办事项)`. Like the label 督办单位, it names no unit of the task.
 */
const SUPERVISION_TAG = /^(?!.{0,16}?(?:负责|跟踪|牵头|配合|协助))[^,，;；:：、]{2,16}?(?<!目)(?:重点)?督办(?:事项|件|任务|项目)?$/;

/** What only a web page's footer says: its address, its record numbers, its copyright. */
// …and who runs it (中国政府网 probe round 86: `主办单位：国务院办公厅　运行维护单位：中国政府网运行中心`)
const PAGE_FOOTER = /地址\s*[:：]|网站标识码|ICP备|公网安备|版权所有|运行维护单位|技术支持\s*[:：]/;

/** 配合单位:无 — a label filled with "none". */
const NO_UNIT = /^(?:无|暂无|略|待定|不涉及|\/|-|—)$/;

/**
 * Reads the inside of a note, or returns null when it is not one (`以下简称示范镇`, `中办发〔2022〕37号`).
 *
 *     parseNote('省发展改革委牵头,省财政厅等按职责分工负责', 'verb')
 *     // → units 省发展改革委 lead, 省财政厅 responsible
 */
/** The persons a note names for its units, after them: `，负责同志：刘洪涛、陈静`, `，负责同志分别为赵国庆、孙丽`. */
const PERSONS_OF_UNITS_ALL = /[,，;；]?(?:具体)?负责同志(?:分别)?(?:为|是|[:：])[^,，;；()（）]{1,40}/g;

/** The number of a note's part: `(1)`, `(二)` at its start or after a separator. */
const SUB_PART_ALL = /(?<=^|[:：;；,，。])\s*\((?:\d{1,2}|[一二三四五六七八九十]{1,2})\)\s*/g;
/** The word a note's parts follow: `责任分工：`. */
const DIVISION_LEAD_ALL = /^(?:责任分工|任务分工|分工)\s*[:：]\s*/g;

/** The bodies that hold others to account: 纪委监委, 纪检监察组, 督查室. */
const OVERSEER = /纪委|监委|纪检|纪工委|督查室|督查局|巡察/;

/** What an overseer does to the others: holds them to account, or oversees them. */
const OVERSIGHT_WORD = /问责|追责|监督|督查|督办/;
const OVERSIGHT_AT = /^(?:问责|追责|监督|督查|督办)$/;

/**
 * The clauses of a note in which a supervisor holds the others to account or oversees what they do,
 * from the separator before them: `；县纪委监委对履职不力、问题突出的依规依纪依法追责问责`,
 * `，对工作不力的由县纪委监委严肃问责`, `；县纪委监委对履职不力问题进行问责` (尤溪, 平江 probe rounds 44, 47). Who
 * supervises without an object (`；县纪委监委监督`) is read as a unit that supervises, and left out where others do the task.
 */
function oversightClauses(folded: string): Array<{ at: number; end: number }> {
  const found: Array<{ at: number; end: number }> = [];
  for (let from = 0, word = folded.search(OVERSIGHT_WORD); word >= 0; ) {
    let end = word + 2;
    // 追责问责, 监督问责 (鄂家 probe round 79: `；镇纪委对失职失责的严肃追责问责`): the words that run on are the clause's too
    while (OVERSIGHT_AT.test(folded.slice(end, end + 2))) end += 2;
    let at = word;
    while (at > from && !';；。,，'.includes(folded[at - 1]!)) at--;
    const clause = folded.slice(at, end);
    // the clause names its overseer and the others' failing it acts on (对…, 依规依纪), not a duty of its own
    const accounts = folded.startsWith('问责', word) || folded.startsWith('追责', word);
    if (OVERSEER.test(clause) && (accounts ? /对|依规|依纪|依法|严肃|由/ : /对|依规|依纪|依法/).test(clause)) found.push({ at: at > 0 ? at - 1 : at, end });
    from = end;
    const next = folded.slice(end).search(OVERSIGHT_WORD);
    word = next < 0 ? -1 : end + next;
  }
  return found;
}

/** A statement for every task of the plan, after the note's own list: `。以下各项任务均需…落实，不再列出`. */
const STATEMENT_IN_NOTE = /[。;；,，]\s*以下(?:各项|所有)?(?:任务|工作|措施|举措)?[^。]{0,12}(?:均|都|皆)[^。]{0,60}?(?:落实|负责|承担)/;

export function parseNote(written: string, mode: NoteMode, defaultRole: Role = 'responsible'): ParsedNote | null {
  // 牵头/配合单位：县发展改革委/县财政局 — the roles and the units paired in order
  const content = written.includes('/') ? pairSlashedLabels(written) : written;
  const folded = foldTraditional(content);
  // most brackets in a task are no note at all: (市), (含租房居住), (5G)
  if ((mode === 'verb' || mode === 'clause') && !MAY_BE_NOTE.test(folded)) return null;
  if (mode !== 'cell' && mode !== 'column' && folded.includes('督办') && SUPERVISION_TAG.test(folded)) return null;
  // (各责任单位按季度报送进展情况): what the units are to do, not who they are (东安 probe round 21)
  if (folded.startsWith('各') && TO_THE_UNITS.test(folded)) return null;
  // 主办：长春市双阳区兴隆镇人民政府　地址：…: a web page's footer names who runs the site, not a task's units
  if ((folded.includes('地址') || folded.includes('版权') || folded.includes('备') || folded.includes('维护') || folded.includes('技术支持')) && PAGE_FOOTER.test(folded)) return null;
  const stated = folded.includes('第一') || folded.includes('首位') ? CONVENTION.exec(folded) : null;
  // a convention stated in the note, the persons it names after a unit and the short names it
  // declares are cut from both texts alike
  const cuts = stated ? [{ at: stated.index, end: stated.index + stated[0].length }] : [];
  // （责任单位中加粗的为牵头单位） (青秀 probe round 55): a legend of the units set apart, none of them
  const legend = folded.includes('为') || folded.includes('是') ? BOLD_LEGEND.exec(folded) ?? MARK_LEGEND.exec(folded) : null;
  if (legend) {
    // from the clause it opens (`责任单位中加粗的…`), the units listed before it kept
    let at = legend.index;
    while (at > 0 && !';；,，。'.includes(folded[at - 1]!)) at--;
    // …and the clause before saying of which units (`各项任务责任单位中，标注“*”的为牵头单位`)
    if (at > 1 && folded[at - 2] === '中') while (at > 1 && !';；,，。'.includes(folded[at - 2]!)) at--;
    if (at === 1) at = 0;
    cuts.push({ at, end: legend.index + legend[0].length });
  }
  // (以上2项任务由X牵头…): the tasks it covers are no part of the list
  const coverage = readCoverage(folded);
  if (coverage) cuts.push({ at: 0, end: coverage.length });
  if (folded.includes('(') && PERSON_IN_BRACKETS.test(folded)) cuts.push(...matchesOf(folded, PERSON_IN_BRACKETS_ALL));
  // 县财政局(何平), 各乡镇人民政府(乡镇长), 责任单位(责任人): (望江 probe round 21): who answers for a unit is none
  if (folded.includes('(') || folded.includes('（')) cuts.push(...personBrackets(folded));
  // 县住房和城乡建设局〔以下简称县住建局〕: the short name it declares is no part of the name
  if (folded.includes('简称') || folded.includes('下称')) cuts.push(...matchesOf(folded, SHORT_NAME_ALL));
  // ，负责同志分别为赵国庆、孙丽 (泰安 probe round 18): the persons who answer for the units, no units
  if (folded.includes('负责同志')) cuts.push(...matchesOf(folded, PERSONS_OF_UNITS_ALL));
  // （责任分工：（1）市生态环境局负责…；（2）市住建局负责…）(晋城, 沭阳 probe round 40): the parts' numbers and the
  // word that announces them are no part of the names
  if (folded.includes('(')) cuts.push(...matchesOf(folded, SUB_PART_ALL));
  if (folded.includes('分工')) cuts.push(...matchesOf(folded, DIVISION_LEAD_ALL));
  // （责任单位：市工信局、市发改委。以下各项任务均需各县（市、区）人民政府落实，不再列出）(泉州 probe round 41): the
  // statement for every task of the plan is no part of this task's list
  const statement = folded.includes('以下') ? STATEMENT_IN_NOTE.exec(folded) : null;
  if (statement) cuts.push({ at: statement.index, end: folded.length });
  // ；县纪委监委对履职不力、问题突出的依规依纪依法追责问责 (尤溪 probe round 47): who holds the others to account does not do the task
  if (folded.includes('问责') || folded.includes('追责') || folded.includes('督')) cuts.push(...oversightClauses(folded));
  const cut = (text: string): string => (cuts.length === 0 ? text : cutRanges(text, cuts));
  const note: ParsedNote = { units: [], deadline: null, convention: stated ? content.slice(stated.index, stated.index + stated[0].length) : null, labeled: false, unknownWords: [], sameAsAbove: false, carriesDown: false, covers: coverage?.covers ?? null, unread: [] };
  // positions stay aligned between the folded and the original text: the fold is one character for one
  const segments = splitLabels(cut(folded), cut(content));
  let saysNone = false; // a label filled with 无
  // a contact or a remark (联系电话:…, 备注:…) labels no unit: `(市住建局城建科,联系电话:0858-…)` is no note
  note.labeled = segments.some((segment) => segment.kind !== null && segment.kind !== 'other');
  // (市住建局城市建设科,联系电话:0858-8222316): where to report, with whom to speak — a contact, not a note
  if (!note.labeled && segments.some((segment) => segment.kind === 'other') && CONTACT.test(folded)) return null;
  for (const segment of segments) {
    const text = trimEndWhere(trimStartWhere(segment.text, isListLead), isListTrail);
    if (!text || segment.kind === 'other') continue;
    if (segment.kind === 'deadline') {
      note.deadline ??= text;
      continue;
    }
    const listMode: ListMode = segment.kind !== null || mode === 'column' ? 'labeled' : mode === 'cell' || mode === 'clause' ? 'cell' : mode;
    const list = readUnitList(text, segment.kind ?? defaultRole, listMode, mode !== 'clause');
    note.deadline ??= list.deadline;
    append(note.unknownWords, list.unknownWords);
    // 责任单位:同上, (同上) standing as the task's last sentence: the units of the task before (a table's cell is read apart)
    const inTable = mode === 'cell' || mode === 'column';
    if (list.sameAsAbove && !inTable) {
      note.sameAsAbove = true;
      if (list.sameAsItem !== undefined) note.sameAsItem ??= list.sameAsItem;
      if (segment.kind !== null) note.sameAsAboveRole ??= segment.kind;
    }
    if (list.carriesDown && !inTable) note.carriesDown = true;
    if (segment.kind === null && !list.ok) {
      // an unlabeled part must be a clean unit list, unless labels carry the note
      if (!note.labeled) return null;
      const deadline = readDeadline(text);
      note.deadline ??= deadline;
      if (deadline === null && list.units.length > 0) note.unread.push(text);
      continue;
    }
    if (segment.kind === null && (mode === 'verb' || mode === 'clause') && !list.hasRoleWord && !note.labeled) return null;
    // an unlabeled list is already known to hold units only; a labeled one is checked name by name
    if (segment.kind === null && listMode !== 'labeled') {
      append(note.units, list.units);
      continue;
    }
    if (segment.kind !== null && list.units.length === 1 && NO_UNIT.test(list.units[0]!.name)) saysNone = true;
    for (const unit of list.units) {
      if (unit.generic || looksLikeUnit(unit.name, listMode)) note.units.push(unit);
      // 责任网点:各社区居委会 — a label we do not know, read as a name; 配合单位:无 names none
      else if (!NO_UNIT.test(unit.name)) note.unread.push(unit.name);
    }
  }
  // 配合单位：无 on a line of its own says there is none: a note, naming no unit
  if (note.units.length === 0 && note.convention === null && !note.sameAsAbove && (note.deadline === null || !note.labeled) && !(note.labeled && saysNone)) return null;
  return note;
}

const LIST_LEAD = new Set([...',，;；:：、'].map((ch) => ch.charCodeAt(0)));
const LIST_TRAIL = new Set([...',，;；、。.'].map((ch) => ch.charCodeAt(0)));
/** What a unit list's segment may open with: separators and the colon after its label. */
const isListLead = (code: number): boolean => LIST_LEAD.has(code) || isWhiteSpace(code);
/** What it may end with: separators and the sentence's stop. */
const isListTrail = (code: number): boolean => LIST_TRAIL.has(code) || isWhiteSpace(code);

interface Segment {
  kind: LabelKind | null;
  text: string;
}

/**
 * Cuts a note at its labels. A known label counts at the start, after a separator, or wherever
 * a colon follows it (`牵头单位:X责任单位:Y`, the space between them dropped as stray); an unknown
 * label (`督办单位：`) only after a separator.
 */
function splitLabels(folded: string, original: string): Segment[] {
  // every label names a unit, a time or a person: without such a word there is none to look for
  if (!MAY_HAVE_LABEL.test(folded)) return [{ kind: null, text: original }];
  // each list is in the order its pattern found the labels: overlaps are looked up, not scanned for
  const known: Label[] = [];
  LABEL.lastIndex = 0;
  for (let match = LABEL.exec(folded); match; match = LABEL.exec(folded)) {
    const marked = /^[【〖[]/.test(match[0]) || /[:：为]\s*$/.test(match[0]);
    if (!marked && (!atBoundary(folded, match.index) || MARKED_ONLY.has(match[1]!))) continue;
    known.push({ at: match.index, end: match.index + match[0].length, kind: labelKind(match[1]!) });
  }
  // a role word is a label only by its colon and at a boundary: `牵头：市住建局；配合：市自然资源局`; once
  // one is, the next may follow a name whose space was dropped as stray (`牵头：市商务局配合：图们海关`).
  // `县财政局负责：资金保障` is a duty, no label.
  const short: Label[] = [];
  SHORT_LABEL.lastIndex = 0;
  for (let match = folded.includes(':') || folded.includes('：') ? SHORT_LABEL.exec(folded) : null; match; match = SHORT_LABEL.exec(folded)) {
    const at = match.index;
    const end = at + match[0].length;
    if ((short.length > 0 || atBoundary(folded, at)) && !overlaps(known, at, end)) short.push({ at, end, kind: labelKind(match[1]!) });
  }
  if (folded.includes('【') || folded.includes('〖')) {
    BRACKETED_SHORT_LABEL.lastIndex = 0;
    for (let match = BRACKETED_SHORT_LABEL.exec(folded); match; match = BRACKETED_SHORT_LABEL.exec(folded)) {
      const [at, end] = [match.index, match.index + match[0].length];
      if (!overlaps(known, at, end) && !overlaps(short, at, end)) short.push({ at, end, kind: labelKind(match[1]!) });
    }
  }
  const other: Label[] = [];
  OTHER_LABEL.lastIndex = 0;
  // an unknown label is known by its colon
  for (let match = folded.includes(':') || folded.includes('：') ? OTHER_LABEL.exec(folded) : null; match; match = OTHER_LABEL.exec(folded)) {
    const at = match.index;
    const end = at + match[0].length;
    if (atBoundary(folded, at) && !overlaps(known, at, end) && !overlaps(short, at, end)) other.push({ at, end, kind: 'other' });
  }
  const found = short.length === 0 && other.length === 0 ? known : [...known, ...short, ...other].sort((a, b) => a.at - b.at);
  const segments: Segment[] = [];
  let kind: LabelKind | null = null;
  let start = 0;
  for (const label of found) {
    segments.push({ kind, text: original.slice(start, label.at) });
    kind = label.kind;
    start = label.end;
  }
  segments.push({ kind, text: original.slice(start) });
  return segments;
}

interface Label {
  at: number;
  end: number;
  kind: LabelKind;
}

/** Whether [at, end) overlaps a label of a list sorted by position (labels of one list do not overlap). */
function overlaps(labels: readonly Label[], at: number, end: number): boolean {
  // the last label starting before `end`
  let low = 0;
  let high = labels.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (labels[middle]!.at < end) low = middle + 1;
    else high = middle;
  }
  return low > 0 && labels[low - 1]!.end > at;
}

/** A label starts a note or follows a separator: 州住建局负责责任单位 holds no label. */
function atBoundary(text: string, at: number): boolean {
  return at === 0 || /[\s,，;；。:：、)）】〕〗\]【〖[]/.test(text[at - 1]!);
}

/**
 * The notes of one document, each read once: segmentation asks whether a paragraph ends with a
 * note, task building reads all its notes, a table's cell is told from text and then read for its
 * role — the same contents again and again.
 */
export class NoteCache {
  // one memo per mode and default role, found without building a key string
  private readonly memos: Record<NoteMode, Record<Role, Map<string, ParsedNote | null>>> = {
    verb: { lead: new Map(), responsible: new Map(), support: new Map() },
    clause: { lead: new Map(), responsible: new Map(), support: new Map() },
    strict: { lead: new Map(), responsible: new Map(), support: new Map() },
    cell: { lead: new Map(), responsible: new Map(), support: new Map() },
    column: { lead: new Map(), responsible: new Map(), support: new Map() },
  };

  parse(content: string, mode: NoteMode, defaultRole: Role = 'responsible'): ParsedNote | null {
    const memo = this.memos[mode][defaultRole];
    let note = memo.get(content);
    if (note === undefined) {
      if (memo.size >= 4096) memo.clear();
      note = parseNote(content, mode, defaultRole);
      memo.set(content, note);
    }
    return note;
  }
}
