/**
 * Finds the responsibility notes in a task's text: bracketed notes anywhere, `责任单位:` lines,
 * `【责任单位】` labels, a bracket left unclosed, and a last sentence that is a note.
 */
import { isHan, isStopOrSpace, isWhiteSpace, trimEndWhere } from '../readers/text.js';
import { isCloser, isOpener, OPENER_PATTERN } from './brackets.js';
import { foldTraditional } from './fold.js';
import { BARE_LABEL_LINE, LABEL_BEFORE_WEI, LABEL_LINE, labelKind, PURE_LABEL } from './note-labels.js';
import { NoteCache, type ParsedNote } from './responsibility-note.js';
import { readDeadline } from './deadline.js';
import { endsLikeOrganization, isGenericUnit, isTimeLimit, namesItsPlace } from './units.js';

/** A note found in a task's text. */
export interface NoteSpan {
  /** Offsets in the text searched: the note is text.slice(start, end). */
  start: number;
  end: number;
  /** Its closing bracket is missing (read to the end of the paragraph or sentence). */
  unclosed: boolean;
  /**
   * How it is written: in brackets, as a label line (`责任单位:…`), as a sentence of its own
   * (`。县商务局负责。`), as the clause closing a sentence (`…,由县住建局牵头。`), or as the subject of
   * the task's own sentences (`州住建局负责农房质量安全监管…`; see {@link NoteFinder.subjectNotes}, whose
   * notes stay in the text).
   */
  written: 'bracket' | 'label' | 'sentence' | 'clause' | 'subject';
  note: ParsedNote;
}

/** A paragraph after the first opening with a label: what a label line without its colon needs. */
const MAY_OPEN_BARE_LABEL = /\n[ \t\u3000]*(?:[省市州县区乡镇村]级)?(?:牵头|责任|配合|协办|参与|协助|主办|承办|实施|落实)(?:单位|部门|科室|处室)/;
/** The longest line read as a label line without a colon: a label and a few units. */
const MAX_BARE_LABEL_LINE = 120;

/** A role word and the few words of what its units see to, ending a clause after another: `，各渔业村负责本村渔船`, `，各渔业村落实看管责任`. */
const CLAUSE_OBJECT = /[,，][^,，]{2,20}?(负责|落实|配合|参与|协助)(?!同志|人)([^,，;；、:：()（）]{1,8})$/;
/** Role words that divide the work among units: who leads and who helps. */
const DIVIDES_WORK = /牵头|主抓|统筹|配合|参与|协助/;
/** The role words such a clause has before what its units see to. */
const OBJECT_ROLE = /负责|落实|配合|参与|协助/;
/** The most a sentence opening with its note may add after it: when (`，每月底前整理归档`). */
const MAX_AFTER_ROLE = 20;
/** What a note covering the tasks above opens with: `以上`, `上述`, `前述`. */
const COVERS_ABOVE = /^(?:以上|上述|前述)/;
/** A note opening with the markers of the tasks it covers: `以上（一）至（三）项由…`, `以上第（四）、（五）项…`. */
const COVERS_MARKERS = /^(?:以上|上述|前述)第?\(/;

/**
 * The list mark a line opens with, and the spaces after it: `——`, `—`, `-`, `★`, `▲`, `●`, `·`.
 *
 *     > | ——牵头单位：中共九江市委组织部（市委人才办）
 *         ^^
 */
const LIST_MARKS = '★☆▲△●○■□◆◇▶►·•';
const LIST_MARK = new RegExp(`^\\s*(?:—{1,2}|－|-|–|[${LIST_MARKS}])\\s*`);
const LIST_MARK_START = new Set([...`—－-–${LIST_MARKS}`].map((ch) => ch.charCodeAt(0)));

/**
 * The length of the list mark opening the line at `start` (0 without one).
 *
 *     > | ——牵头单位：中共九江市委组织部（市委人才办）   → 2
 */
export function listMarkLength(text: string, start: number, end: number): number {
  if (start >= end) return 0;
  const code = text.charCodeAt(start);
  if (!LIST_MARK_START.has(code) && !isWhiteSpace(code)) return 0;
  return LIST_MARK.exec(text.slice(start, Math.min(end, start + 8)))?.[0].length ?? 0;
}

/** Whether a paragraph is a list mark and nothing else: what a note line (`——牵头单位：…`) leaves when its note is read. */
export function isListMarkOnly(text: string): boolean {
  return text.length > 0 && text.length <= 2 && listMarkLength(text, 0, text.length) === text.length;
}

const SEMICOLON = 0x3b;
const FULL_WIDTH_SEMICOLON = 0xff1b;

/** A note's parts, split at the semicolons outside its inner brackets: `X;各县(市、区)政府` → X, 各县(市、区)政府. */
function partsOf(content: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (isOpener(code)) depth++;
    else if (isCloser(code)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (code === SEMICOLON || code === FULL_WIDTH_SEMICOLON)) {
      parts.push(content.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(content.slice(from));
  return parts;
}

/** A dash after a sentence's end or opening a line, and the spaces after it: where a dash note starts. */
const DASH_NOTE = /(^|\n|[。；;])[ \t]*((?:——|—|--|―)[ \t]*)/g;
/** A role word in a dash note: read as a clause (`X牵头，Y配合`), not as a bare list. */
const ROLE_WORD_IN = /牵头|负责|配合|协助|参与|主办|协办/;

/** The longest note read; bounds the work on a line with an opening bracket and no closing one. */
const MAX_NOTE = 800;
/** Brackets inside one note at most: `〔责任单位:各县(市、区)政府、各开发区(园区)管委会…〕` holds a few. */
const MAX_INNER_BRACKETS = 32;
/** An unbracketed note ends with its role word: `县商务局负责`. */
/** The stops a paragraph may end with after its role word: 。 ; ；. */
const STOP_CODES = new Set([...'。;；'].map((ch) => ch.charCodeAt(0)));
// …and who helps with the rest (宿松 probe round 81: `县卫生健康委、县生态环境分局配合做好相关工作。`)
const ENDS_WITH_ROLE = /(?:负责|牵头|配合|协助|协办|参与|落实|实施|推进|承办|承担|主抓|统筹|统筹调度|指导|督导|监督|负总责|主体责任|(?:资金|经费|电力|供电|用电|通信|用地|要素)保障|保障(?:资金|经费|用地|要素)(?:和(?:建设|项目)?审批)?|(?:配合|协助)做好(?:相关)?工作)$/;
/** A list whose last name is a township's: `平都镇、枫田镇`, `东城街道`. */
const ENDS_WITH_TOWNSHIP = /(?:镇|乡|街道|办事处)$/;
/** The longest heading read as a list of units: `(一)县住房和城乡建设局、县城市管理局`. */
const MAX_UNIT_HEADING = 40;
/** What a heading that says what is to be done opens with (`提升县级医院`, whose 提升县 could pass for a place). */
const OPENS_WITH_ACTION = /^(?:提升|提高|建设|推进|推动|促进|加强|加快|完善|健全|深化|实施|打造|培育|发展|壮大|优化|强化|落实|开展|做好|办好|支持|扶持|帮扶|创建|构建|规范|保障|服务|关爱|巩固|扩大|稳定|增强|引导)/;
/** The longest last sentence read as an unbracketed note: `县教育局牵头，各学校负责。`. */
const MAX_SENTENCE_NOTE = 60;
/** …and the longest that covers tasks above by their numbers: `以上第（三）、（四）项由X、Y牵头，Z、W配合，各乡镇人民政府负责落实。`. */
const MAX_COVERING_NOTE = 120;
/** A sentence that opens by naming tasks above by their numbers: `以上第（三）、（四）项`, `上述第3、4项`, `以上一至三项`. */
const COVERS_NUMBERS = /^(?:以上|上述|前述)第?[(\d一二三四五六七八九十]/;
/** A label with no colon after a stop, a name right after it: `。责任单位县住建局`. */
const BARE_LABEL_AFTER_STOP_SOURCE = '[。;；]((?:牵头|责任|配合)(?:单位|部门))(?=[\\u4e00-\\u9fa5])';
const BARE_LABEL_AFTER_STOP = new RegExp(BARE_LABEL_AFTER_STOP_SOURCE);
/** …closing the paragraph, its list running to the paragraph's end. */
const TRAILING_BARE_LABEL = new RegExp(`${BARE_LABEL_AFTER_STOP_SOURCE}(?=[^。;；:：]{2,60}$)`);
/** A sentence that says it divides the work among units: `责任分工：X牵头抓总，…具体实施，…配合`. */
const DIVISION_LABEL = /^(?:责任|任务|职责)?分工\s*[:：]/;

/**
 * Finds notes in the tasks of one document. Segmentation asks whether a paragraph ends with a
 * note, then task building reads all its notes: the same brackets twice, so parsed notes are
 * kept for the document.
 */
export class NoteFinder {
  /**
   * @param partLabels the labels the plan gives its notes' parts, in order (`括号内依次为责任领导、牵头单位、责任单位`;
   *   see findNoteParts), or null.
   */
  constructor(
    private readonly notes: NoteCache = new NoteCache(),
    private readonly partLabels: readonly string[] | null = null,
    /**
     * Whether a name without a place is an office the dictionary knows (社会事务办, 综合行政执法队): in a
     * task's own sentence, `由街道财政所牵头，经济发展办、各社区配合` names a township's offices, as a plan writes them.
     */
    private readonly isOfficeName: (name: string) => boolean = () => false,
  ) {}

  /**
   * The partners of the last stretch too long for the shared slots: a task's text is searched for
   * notes again and again (segmentation, building, checks), and pairing the brackets of 8 MB took
   * two seconds of the eight calls one hostile line made.
   */
  private longPartners: { text: string; start: number; end: number; partners: BracketPartners } | null = null;

  private partnersOf(text: string, start: number, end: number): BracketPartners {
    if (end - start <= LONG_STRETCH) return new BracketPartners(text, start, end);
    const last = this.longPartners;
    if (last !== null && last.start === start && last.end === end && last.text === text) return last.partners;
    const partners = new BracketPartners(text, start, end);
    this.longPartners = { text, start, end, partners };
    return partners;
  }

  private parse(content: string, mode: 'verb' | 'strict' | 'clause' | 'cell'): ParsedNote | null {
    return this.notes.parse(content, mode);
  }

  /**
   * Every note in a task's text (paragraphs joined by \n), in order.
   *
   *     finder.findNotes('完善园区基础设施。…(责任单位:各县市党委、政府;州住建局按职责分工负责)')
   */
  findNotes(text: string): readonly NoteSpan[] {
    if (text.length === 0) return NO_SPANS;
    // read in simplified characters, one for one, so every place found holds in the text as written (永春, 汕头 probe round 57:
    // `由縣司法局牽頭、…配合`, `【縣人社局】`); the names given back as written
    const folded = foldTraditional(text);
    return folded === text ? this.notesIn(text, folded) : asWritten(this.notesIn(folded, folded), text, folded);
  }

  private notesIn(text: string, folded: string): readonly NoteSpan[] {
    const marked = mergeSpans(this.findBracketNotes(text, folded), this.findLabelLines(text, folded));
    const spans = text.includes('—') || text.includes('--') || text.includes('―') ? mergeSpans(marked, this.findDashNotes(text, marked)) : marked;
    const all = mergeSpans(spans, this.findSentenceNotes(text, spans));
    return all.length > 0 && (folded.includes('领导') || folded.includes('责任人') || folded.includes('联系人')) ? withPersons(text, all) : all;
  }

  /**
   * A list of units after a dash that ends the paragraph, behind a sentence's end or on a line of its
   * own (临朐 probe round 18: `…惠及居民8600户。——县住房城乡建设局、县财政局`, `——X牵头，Y配合`).
   * A dash inside a sentence (`“一村一策”——因地制宜`) names no units and is none.
   */
  private findDashNotes(text: string, marked: readonly NoteSpan[]): NoteSpan[] {
    const spans: NoteSpan[] = [];
    DASH_NOTE.lastIndex = 0;
    for (let match = DASH_NOTE.exec(text); match; match = DASH_NOTE.exec(text)) {
      const start = match.index + match[1]!.length;
      const end = endOfParagraph(text, start);
      const content = text.slice(start + match[2]!.length, trimEnd(text, end)).replace(/[。;；]$/, '');
      // `——牵头单位：…`, a label line opened by a list mark, is read as a label line
      if (marked.some((span) => span.end > start && span.start < end)) continue;
      if (content.length < 2 || content.length > MAX_NOTE) continue;
      const note = (ROLE_WORD_IN.test(content) ? this.parse(content, 'clause') : null) ?? this.parse(content, 'cell');
      if (namesBodies(note)) {
        // on a line of its own the dash is a list mark, left out as a label line's is; after a sentence it goes with the note
        const opensLine = match[1] === '' || match[1] === '\n';
        spans.push({ start: opensLine ? start + match[2]!.length : start, end: trimEnd(text, end), unclosed: false, written: 'label', note });
      }
      DASH_NOTE.lastIndex = Math.max(DASH_NOTE.lastIndex, end);
    }
    return spans;
  }

  private findBracketNotes(text: string, folded: string): NoteSpan[] {
    const spans: NoteSpan[] = [];
    let i = 0;
    // the paragraph's end and its brackets' partners, found once per paragraph: looked for again
    // from each bracket, a long line of brackets costs the note's whole reach at every one of them
    let paragraphEnd = -1;
    let partners: BracketPartners | null = null;
    const stops = new ForwardSearch(text, '。');
    while (i < text.length) {
      // jump to the next opening bracket: most of a task's text has none
      OPENER_PATTERN.lastIndex = i;
      if (!OPENER_PATTERN.exec(text)) break;
      i = OPENER_PATTERN.lastIndex - 1;
      if (partners === null || i > paragraphEnd) {
        paragraphEnd = endOfParagraph(text, i);
        partners = this.partnersOf(text, i, paragraphEnd);
      }
      const close = readableCloser(partners, i);
      // brackets nested deeper than any note are no note: (((…州住建局…))) is read from its innermost pair
      if (close >= 0 && partners.innerOpenersOf(i) > MAX_INNER_BRACKETS) {
        i++;
        continue;
      }
      const span = close >= 0 ? this.closedNote(text, folded, i, close, paragraphEnd) : this.unclosedNote(text, i, paragraphEnd, stops);
      if (span) {
        spans.push(span);
        i = span.end;
      } else if (close >= 0) {
        i++;
      } else {
        i = skipUnclosed(text, partners, i + 1, unclosedReach(i, paragraphEnd, stops));
      }
    }
    return spans;
  }

  private closedNote(text: string, folded: string, open: number, close: number, paragraphEnd: number): NoteSpan | null {
    const label = text[open] === '【' || text[open] === '〖' || text[open] === '[' ? PURE_LABEL.exec(folded.slice(open + 1, close))?.[1] : undefined;
    if (label) {
      // 【责任单位】市住建局、市发改委 — the label is bracketed, the list runs to the paragraph end,
      // or to the task's text after it: `【牵头单位】X【责任单位】Y　完善农田水利设施。…` (潘家湾 probe round 27)
      const end = listEnd(text, close + 1, paragraphEnd);
      const note = this.parse(`${label}:${text.slice(close + 1, end)}`, 'verb');
      if (note) return { start: open, end: trimEnd(text, end), unclosed: false, written: 'bracket', note };
    }
    // `乡镇（街道）`, `村（社区）` in the text (宜昌 probe round 56): the places a name stands for with it, no note to label
    if (this.partLabels !== null && open > 0 && isHan(text.charCodeAt(open - 1)) && PLACE_KINDS.test(text.slice(open + 1, close))) return null;
    const content = this.labeledAsDeclared(text.slice(open + 1, close));
    const note = this.parse(content, 'verb') ?? (this.standsAsLastSentence(text, open, close, paragraphEnd) ? this.parse(content, 'strict')
      : this.opensTask(text, open) ? placedOnly(this.parse(content, 'strict'))
        // `…1个工作日内办结。（省市场监管局、省政务服务局）推进“证照分离”改革…。（省市场监管局、省司法厅）` (云南 probe
        // round 59): a bracket of units after a sentence's stop closes that sentence, as it would the task
        : open > 0 && SENTENCE_STOP.includes(text[open - 1]!) ? namedAfterStop(this.parse(content, 'strict')) : null);
    return note ? { start: open, end: close + 1, unclosed: false, written: 'bracket', note } : null;
  }

  /**
   * A bracket's parts (split at its semicolons) labeled as the plan declares, in order: under
   * `各项任务后括号内依次为责任领导、牵头单位、责任单位`, `(市政府常务副市长;市发展改革委;各县(市、区)政府)` reads
   * `责任领导:市政府常务副市长;牵头单位:市发展改革委;责任单位:各县(市、区)政府`; a part that says its
   * role keeps it. A bracket that labels its own parts, or has more parts than the plan has labels,
   * is read as written; one part alone takes the first label only when that label names units
   * (`分号前为牵头单位`) and the part says no role of its own.
   */
  private labeledAsDeclared(content: string): string {
    const labels = this.partLabels;
    if (labels === null || content.includes(':') || content.includes('：')) return content;
    const parts = partsOf(content);
    if (parts.length > labels.length || (parts.length === 1 && (labelKind(labels[0]!) === 'other' || ROLE_WORD_IN.test(content)))) return content;
    // a part that says its role (`市级有关部门按职责分工负责`) keeps it
    let labeled = '';
    for (let i = 0; i < parts.length; i++) labeled += `${i > 0 ? ';' : ''}${ROLE_WORD_IN.test(parts[i]!) ? '' : `${labels[i]}:`}${parts[i]}`;
    return labeled;
  }

  /**
   * A bracket with no role word counts only as the task's last sentence, `。(市发改委、市财政局)`,
   * or at the end of a title with names that cannot be anything else: `治理生活污水(镇村建办、镇环保所)`.
   */
  private standsAsLastSentence(text: string, open: number, close: number, paragraphEnd: number): boolean {
    // the rest of the paragraph is only stops and spaces: read up to the first other character
    for (let j = close + 1; j < paragraphEnd; j++) if (!isNoteTrail(text.charCodeAt(j))) return false;
    if (open === 0 || /[\n。;；!?！？]/.test(text[open - 1]!)) return true;
    // `报送市发展改革委（市重点项目办）`: an office housed in the unit just named is its other name, not a note
    if (HOUSED_OFFICE.test(text.slice(open + 1, close)) && NAMED_DEPARTMENT.test(text.slice(Math.max(0, open - 16), open))) return false;
    // `领导小组办公室设在平安建设办公室（综治中心）` (谢家湾 probe round 61): the office that houses it, and its other name
    if (HOUSING_OFFICE_BEFORE.test(text.slice(Math.max(0, open - 24), open))) return false;
    // `将联络员名单报专班办公室（区住建局城市更新科）` (雨花 probe round 49): the office things are sent to, and who keeps it
    if (SENT_TO_OFFICE.test(text.slice(Math.max(0, open - 24), open))) return false;
    // `…于4月15日前报省发展改革委（地区振兴处）` (安徽 probe round 91): the bureau sent to, and its section that keeps it
    if (INNER_SECTION.test(text.slice(open + 1, close)) && SENT_TO_UNIT.test(text.slice(Math.max(0, open - 24), open))) return false;
    // `（一）党委办公室（校长办公室）` (江西农大 probe round 47): a title that is an office's name and its other name
    const title = text.slice(0, open);
    if (open <= 16 && !/[\n,，。;；、]/.test(title) && !OPENS_WITH_ACTION.test(title) && INNER_OFFICE.test(title) && INNER_OFFICE.test(text.slice(open + 1, close))) return false;
    const note = this.parse(text.slice(open + 1, close), 'strict');
    return note !== null && note.units.every((unit) => unit.name.length >= 3 && !unit.generic);
  }

  /** A 【】, 〔〕 or [] bracket opening the task names who does it: `【市农业农村局】稳定粮食播种面积…`. */
  private opensTask(text: string, open: number): boolean {
    return open === 0 && /[【〔〖[]/.test(text[0]!);
  }

  /** No closing bracket: the rest of the paragraph, or of the sentence, reads as a note. */
  private unclosedNote(text: string, open: number, paragraphEnd: number, stops: ForwardSearch): NoteSpan | null {
    if (paragraphEnd - open <= MAX_NOTE) {
      const note = this.parse(trimEndWhere(text.slice(open + 1, paragraphEnd), isStopOrSpace), 'verb');
      if (note) return { start: open, end: trimEnd(text, paragraphEnd), unclosed: true, written: 'bracket', note };
    }
    // 推进工作(市发改委负责。加强统筹… — the note ends at the sentence, within its reach
    const stop = stops.next(open);
    if (stop < 0 || stop >= Math.min(paragraphEnd, open + MAX_NOTE + 1)) return null;
    const note = this.parse(text.slice(open + 1, stop), 'verb');
    return note ? { start: open, end: stop, unclosed: true, written: 'bracket', note } : null;
  }

  /** `责任单位:州住建局` on its own line, or after a sentence or a comma of a paragraph. */
  private findLabelLines(text: string, folded: string): NoteSpan[] {
    const spans: NoteSpan[] = [];
    // every label line has a colon, or 为 in its place, or opens a paragraph after the first with its label
    if (!folded.includes(':') && !folded.includes('：') && !LABEL_BEFORE_WEI.test(folded) && !MAY_OPEN_BARE_LABEL.test(folded) && !BARE_LABEL_AFTER_STOP.test(folded)) return spans;
    for (let paragraph = 0; paragraph < text.length; ) {
      const end = endOfParagraph(text, paragraph);
      // `——牵头单位：…`, `★责任单位：…`: the mark a line opens with is no part of its note
      const start = paragraph + listMarkLength(folded, paragraph, end);
      const line = folded.slice(start, end);
      // a label line has a colon, or 为 in its place: most paragraphs of a task have neither
      const label = (line.includes(':') || line.includes('：') || line.includes('为') ? LABEL_LINE.exec(line) : null)
        ?? (paragraph > 0 && end - start <= MAX_BARE_LABEL_LINE ? BARE_LABEL_LINE.exec(line) : null);
      if (label) {
        // `分管领导：张××　责任单位：…`: a line that opens with the person in charge is the note from its start, and so is
        // the sentence that does (六安 probe round 53: `…严肃查处。牵头领导：…主任 钱某某　牵头单位：…`); the character
        // before the label (a stop, a space, the 某 or × of a name) is none of it
        const labelAt = label.index + (LABEL_BOUNDARY.test(label[0]) ? 1 : 0);
        // …and so is one that opens with the tasks it covers (三星堆 probe round 84: `以上第1—3项：牵头领导：…；牵头单位：…；配合单位：…`)
        const from = PERSON_FIRST.test(line) || COVERS_ABOVE.test(line) ? start : start + personBefore(line, labelAt);
        const note = this.parse(text.slice(from, end), 'verb');
        if (note?.labeled) spans.push({ start: from, end: trimEnd(text, end), unclosed: false, written: 'label', note });
      } else if (line.includes('单位') || line.includes('部门')) {
        // `…纳入工程竣工验收重点内容。责任单位县建设工程质量安全监督站` (隆回 probe round 79): a label with no colon closing the
        // paragraph after its stop, its list to the end
        const bare = TRAILING_BARE_LABEL.exec(line);
        const list = bare ? trimEndWhere(line.slice(bare.index + bare[0].length), isStopOrSpace) : '';
        const note = list.length >= 2 ? this.parse(`${bare![1]}:${list}`, 'verb') : null;
        if (note?.labeled && namesBodies(note)) {
          spans.push({ start: start + bare!.index + 1, end: trimEnd(text, end), unclosed: false, written: 'label', note });
        }
      }
      if (!label && paragraph > 0 && DIVISION_LABEL.test(line)) {
        // `责任分工：市公安局交警支队、市城市管理局共同负责，各区人民政府（管委会）配合做好。` on a line of its own after
        // the task (临沂 probe round 72): the line divides the task's work among units, its clauses read as a note's
        const note = end - start <= MAX_COVERING_NOTE ? this.parse(trimEndWhere(text.slice(start, end), isStopOrSpace), 'clause') : null;
        if (namesBodies(note)) {
          spans.push({ start, end: trimEnd(text, end), unclosed: false, written: 'label', note });
        }
      }
      paragraph = end + 1;
    }
    return spans;
  }

  /**
   * A paragraph's last sentence written as a note without brackets: `…增长8%。县商务局负责。`, or a
   * paragraph after the task's first that is such a sentence alone (`由综合规划司牵头，公路局、水运局配合。`).
   * Every unit must end like an organization, so `各级党委政府要切实负责` is no note. `alone`: the text is
   * one such paragraph, read apart from the task's first.
   */
  private findSentenceNotes(text: string, found: readonly NoteSpan[], alone = false): NoteSpan[] {
    const spans: NoteSpan[] = [];
    // the notes found already, in order: those before the paragraph read are passed over once, not asked again for each paragraph
    let nearby = 0;
    for (let start = 0; start < text.length; ) {
      const end = endOfParagraph(text, start);
      let last = this.beforeUnnamingBracket(text, start, trimEnd(text, end));
      // the role word before the paragraph's stop, if it has one (a slice of ten characters a paragraph, no pattern to cut the stop)
      let close = last > start && STOP_CODES.has(text.charCodeAt(last - 1)) ? last - 1 : last;
      // …or before a last clause saying only when (信丰 probe round 85: `…由县住建局牵头，县自然资源局配合，2023年10月底前完工。`)
      const timed = beforeTrailingTime(text, start, close);
      // (a sentence closed by its deadline is read for its closing clauses only: `建设县级共同配送中心，由X牵头，…配合，2023年6月底前建成。`)
      const byDeadline = timed < close;
      if (byDeadline) [last, close] = [timed, timed];
      const endsWithRole = ENDS_WITH_ROLE.test(text.slice(Math.max(start, close - 10), close));
      // …or a role word a few words before it, the last clause saying what its units see to (`…，各渔业村落实看管责任`)
      if (!endsWithRole && !OBJECT_ROLE.test(text.slice(Math.max(start, close - 10), close))) {
        while (nearby < found.length && found[nearby]!.end <= start) nearby++;
        // the paragraph's earlier sentences closed by who does them, its last one not (信丰 probe round 85: `…，由县水利局负责，
        // Y配合做好水质监测；实施城区山体修复3处（县自然资源局负责），完成裸露山体复绿面积120亩。`)
        const lastSentence = lastStop(text, start, last - 2) + 1;
        if (lastSentence > start && lastBetween(text, '由', start, lastSentence - 1) >= 0) this.earlierClauseNotes(text, found, nearby, start, lastSentence, spans);
        const opened = this.leadingRoleSentence(text, found, nearby, start, last);
        if (opened) spans.push(opened);
        start = end + 1;
        continue;
      }
      while (nearby < found.length && found[nearby]!.end <= start) nearby++;
      // the paragraph's last sentence: after its last stop but the one it ends with (searched within the paragraph only)
      const from = lastStop(text, start, last - 2) + 1;
      // a line of its own opened by a list mark (`——市委组织部牵头，市委统战部配合`) is a note; the mark is not
      const marked = from <= start && start > 0 ? listMarkLength(text, start, last) : 0;
      const sentenceStart = Math.max(from, start) + marked;
      const sentence = text.slice(sentenceStart, last).replace(/[。;；]$/, '');
      const covered = overlaps(found, nearby, sentenceStart, last);
      let span: NoteSpan | null = null;
      // the task's first paragraph alone is its text, not a note (`(三)县教育局负责，县财政局配合。`)
      // a note covering tasks above by their numbers names the units of several: it may run longer (门源 probe round 50)
      // …and so may one labelled as the division of the work (临沂 probe round 72: `责任分工：市城市管理局牵头抓总，兰山区、…管委会具体实施，…配合。`)
      const short = sentence.length <= MAX_SENTENCE_NOTE || (sentence.length <= MAX_COVERING_NOTE && (COVERS_NUMBERS.test(sentence) || DIVISION_LABEL.test(sentence)));
      // its last clause may say what its units see to after the role word (黑岛 probe round 56: `X牵头，Y参与，各渔业村落实看管责任`)
      // — a division of work among units, one of them leading or helping before it (not `X落实属地管理责任，Y落实监管责任`)
      const objectAt = endsWithRole ? null : CLAUSE_OBJECT.exec(sentence);
      const object = objectAt && DIVIDES_WORK.test(sentence.slice(0, objectAt.index)) ? objectAt : null;
      if (!covered && !byDeadline && (sentenceStart > start || start > 0 || alone) && short && (endsWithRole ? ENDS_WITH_ROLE.test(sentence) : object !== null) && (marked > 0 || !holdsBracket(sentence) || COVERS_MARKERS.test(sentence))) {
        const whole = this.parse(object ? sentence.slice(0, object.index + object[0].length - object[2]!.length) : sentence, 'clause');
        // a topic before 由 is the work's, no unit's name (商丘 probe round 87: `宣传报道由市融媒体中心负责`): read from the 由 where
        // the first name took it in
        const topic = whole?.units[0]?.name.includes('由') ? TOPIC_BEFORE_BY.exec(sentence) : null;
        const note = topic && !endsLikeOrganization(topic[1]!) ? this.parse((object ? sentence.slice(0, object.index + object[0].length - object[2]!.length) : sentence).slice(topic[1]!.length), 'clause') : whole;
        if (note && !note.labeled && note.units.every(isBodyOrPlaces)) span = { start: sentenceStart, end: last, unclosed: false, written: 'sentence', note };
        // a sentence whose last clause names only who helps (宜昌 probe round 69: `会议要求市财政局于…下达…资金，市发改委配合。`): that
        // clause is the note, the sentence before it the task's, whose subject may do it
        if (span && note!.units.every((unit) => unit.role === 'support') && /[,，]/.test(sentence)) span = this.findClauseNote(text, sentenceStart, last, true) ?? span;
      }
      // the clause rules read a sentence that ends with its role word only
      if (endsWithRole && !covered) span ??= this.findClauseNote(text, sentenceStart, last);
      // a bracketed note inside the sentence, its closing clauses after it naming who does the rest
      // (河北 probe round 35: `…（X牵头负责，Y协同推进）打击…行为，由省公安厅牵头，省应急管理厅参与。`)
      else if (endsWithRole) span ??= this.clauseNoteAfter(text, found, nearby, sentenceStart, last);
      // the paragraph's earlier sentences that close with who does them: `…新增学位1800个，由县教育局负责；推进…，由县卫生健康局负责`
      if (span && lastBetween(text, '由', start, sentenceStart - 1) >= 0) this.earlierClauseNotes(text, found, nearby, start, sentenceStart, spans);
      if (span) spans.push(span);
      start = end + 1;
    }
    return spans;
  }

  /**
   * A paragraph's last sentence, after its first, that opens with who does it and adds when after a comma (丰源 probe
   * round 84: `…按规定归档。村人民调解委员会负责，每月底前整理归档。`): the sentence is the note, its units the clause's.
   */
  private leadingRoleSentence(text: string, found: readonly NoteSpan[], nearby: number, start: number, last: number): NoteSpan | null {
    const from = lastStop(text, start, last - 2) + 1;
    if (from <= start) return null;
    const sentence = text.slice(from, STOP_CODES.has(text.charCodeAt(last - 1)) ? last - 1 : last);
    const comma = sentence.search(COMMA);
    if (comma < 2 || comma > MAX_SENTENCE_NOTE || sentence.length - comma > MAX_AFTER_ROLE || !ENDS_WITH_ROLE.test(sentence.slice(Math.max(0, comma - 10), comma))) return null;
    // what it adds is when (`6月底前完成`, `每月底前整理归档`): `…负责统筹推进，定期召开工作推进会` is how a safeguard says who keeps it going
    // …one clause of it (`…统筹推进，各镇（街道）承担主体责任，每月报送工作进展` divides a safeguard's work, 南海 probe round 78)
    const rest = sentence.slice(comma + 1);
    if (COMMA.test(rest) || (readDeadline(rest) === null && !isTimeLimit(rest)) || overlaps(found, nearby, from, last)) return null;
    const note = this.parse(sentence.slice(0, comma), 'clause');
    return namesBodies(note) && !note.labeled ? { start: from, end: last, unclosed: false, written: 'sentence', note } : null;
  }

  /**
   * Where a paragraph's last sentence ends: before a bracket closing the paragraph that names no unit, only who oversees
   * the work or when it is due (南充 probe round 67: `…，具体由各县（市、区）交通运输局负责。（督导单位：市交通运输局）`,
   * `…由县商务局负责。（2024年底前）`); else at `last`.
   */
  private beforeUnnamingBracket(text: string, start: number, last: number): number {
    if (last - start < 6 || !isCloser(text.charCodeAt(last - 1))) return last;
    const open = findOpen(text, last - 1);
    if (open <= start || last - open > MAX_NOTE) return last;
    const note = this.parse(text.slice(open + 1, last - 1), 'verb');
    return note === null || note.units.length === 0 ? trimEnd(text, open) : last;
  }

  /** The closing clause note of a sentence after the last note found inside it, if it ends before the clause. */
  private clauseNoteAfter(text: string, found: readonly NoteSpan[], nearby: number, sentenceStart: number, last: number): NoteSpan | null {
    let after = sentenceStart;
    for (let k = nearby; k < found.length; k++) {
      const span = found[k]!;
      if (span.start >= last) break;
      if (span.end > after) after = span.end;
    }
    // after the task's own note, a clause naming who helps is the rest of the division (沂南 probe round 57: `[县生态环境分局]开展…，县水利局、各乡镇(街道)配合。`)
    return after < last - 4 ? this.findClauseNote(text, after, last, true) : null;
  }

  /**
   * A sentence's closing clause that names who does it, after a comma: opened by 由
   * (`推进城市更新,由县住建局牵头,县城管局配合。`, `…,具体由县住建局负责。`) or by the units themselves
   * (`建成口袋公园3个,县城管局负责。`). The clause and the comma that opens it are the note (its text
   * as written leaves the comma out); the stop stays with the sentence, so removing the note leaves
   * `推进城市更新。`. A 由 clause runs from the earliest 由 that still reads as a note, so
   * `…,由X牵头,由Y配合` keeps X. Every unit must be an organization or a group of places (各乡镇),
   * so `由县长任组长,各副县长负责`, `由各地切实负责` and `各级党委政府要切实负责` are no notes; 由于 and
   * 由此 open no clause of this kind.
   */
  /**
   * The clauses opened by 由 that close the sentences of a paragraph before its last one (蓬溪 probe round 48:
   * `新建县城第二幼儿园，…，新增学位1800个，由县教育局负责；推进县人民医院胸痛中心…建设，由县卫生健康局负责，县医保局配合。`):
   * each says who does that part, as the last sentence's does. Pushed in text order.
   */
  private earlierClauseNotes(text: string, found: readonly NoteSpan[], nearby: number, start: number, before: number, spans: NoteSpan[]): void {
    let sentenceStart = start;
    for (let at = start; at < before; at++) {
      if (!isStop(text.charCodeAt(at))) continue;
      const from = sentenceStart;
      sentenceStart = at + 1;
      // the sentence's note may end before a last clause saying only when (`…，由县住建局牵头，…配合，2023年10月底前完工；`)
      const close = beforeTrailingTime(text, from, at);
      const sentenceEnd = close < at ? close : at + 1;
      // …or its helper's part may follow the role word (信丰 probe round 85: `…，由县水利局负责，赣州市信丰生态环境局配合做好水质监测；`):
      // the note is read to the role word, and runs to the sentence's end
      const endsWithRole = ENDS_WITH_ROLE.test(text.slice(Math.max(from, close - 4), close));
      const duty = endsWithRole ? null : HELPER_DUTY_END.exec(text.slice(Math.max(from, close - 40), close));
      if ((!endsWithRole && duty === null) || lastBetween(text, '由', from, close - 1) < 0) continue;
      const readTo = duty ? close - duty[1]!.length : sentenceEnd;
      if (overlaps(found, nearby, from, sentenceEnd)) continue;
      // a clause opened by 由 only: names after the last commas (`…，各乡镇（街道）负责具体实施；`) may be a division's or a list's
      const span = this.findClauseNote(text, from, readTo) ?? this.workThenBy(text, from, readTo);
      if (span && text.slice(span.start, span.start + 4).includes('由')) spans.push(duty ? { ...span, end: close } : span);
    }
  }

  /**
   * An earlier sentence that names its work, then who does it (延边 probe round 95: `农村生活垃圾治理由州住建局负责；农村生活污水
   * 治理由州生态环境局负责，州农业农村局配合。`): the note from the 由, the work the task's text, as in the last sentence.
   */
  private workThenBy(text: string, from: number, end: number): NoteSpan | null {
    let start = from;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
    const sentence = text.slice(start, end).replace(/[。;；]$/, '');
    const topic = TOPIC_BEFORE_BY.exec(sentence);
    // `第6项由X负责` names a task above by its number: a division of work, read apart (see divideByNumber)
    if (!topic || endsLikeOrganization(topic[1]!) || ITEMS_BY_NUMBER.test(topic[1]!) || holdsBracket(sentence)) return null;
    const note = this.parse(sentence.slice(topic[1]!.length), 'clause');
    return note && !note.labeled && note.units.length > 0 && note.units.every(isBodyOrPlaces) && note.units.some((unit) => !unit.generic)
      ? { start: start + topic[1]!.length, end, unclosed: false, written: 'clause', note } : null;
  }

  private findClauseNote(text: string, sentenceStart: number, last: number, helpers = false): NoteSpan | null {
    const end = last > sentenceStart && /[。;；]/.test(text[last - 1]!) ? last - 1 : last;
    let found: NoteSpan | null = null;
    // searched back from the end within the sentence's last few dozen characters: lastIndexOf would run on to the text's start
    const floor = Math.max(sentenceStart + 1, end - MAX_SENTENCE_NOTE);
    for (let at = lastBetween(text, '由', floor, end - 1); at >= 0; at = lastBetween(text, '由', floor, at - 1)) {
      const comma = clauseOpening(text, at);
      if (comma < 0 || text[at + 1] === '于' || text[at + 1] === '此') continue;
      const span = this.clauseNote(text, comma, at, end);
      if (span) found = span;
    }
    if (found) return found;
    // no 由: the clauses after the sentence's last commas that are units and their roles alone
    // (`规范市场秩序,县市场监管局牵头,县商务局配合。`), each unit named with its place
    for (let comma = previousComma(text, end, sentenceStart); comma > sentenceStart && end - comma <= MAX_SENTENCE_NOTE; comma = previousComma(text, comma, sentenceStart)) {
      const clause = text.slice(comma + 1, end);
      if (/(?<!自)由/.test(clause)) break; // 项目资金由县财政局负责: a 由 no comma opens is no clause of this kind
      const span = this.clauseNote(text, comma, comma + 1, end);
      if (!span || !span.note.units.every((unit) => unit.generic || namesItsPlace(unit.name))) break;
      found = span;
    }
    // `…,县农业农村局加强指导。` says who helps, not whose the task is
    return found && (helpers || found.note.units.some((unit) => unit.role !== 'support')) ? found : null;
  }

  private clauseNote(text: string, comma: number, from: number, end: number): NoteSpan | null {
    const clause = text.slice(from, end);
    if (holdsBracket(clause)) return null;
    const note = this.parse(clause, 'clause');
    // a class of bodies alone only where 由 gives it the work (德阳 probe round 90: `…重点行业领域，由各行业主管部门按照“管行业
    // 必须管扫黑”要求分别负责。`): a clause with no 由, or naming a class of places (`…，由各地切实负责`), may be what it does
    if (!note || note.labeled || !note.units.some((unit) => !unit.generic || (text[from] === '由' && endsLikeOrganization(unit.name)))) return null;
    // a township named bare among bodies (商水 probe round 74: `…，城关乡、东城街道办事处、新城街道办事处负责落实`) is one of them
    const amongBodies = (name: string): boolean => TOWNSHIP.test(name) && note.units.some((unit) => endsLikeOrganization(unit.name));
    return note.units.every((unit) => isBodyOrPlaces(unit) || amongBodies(unit.name)) ? { start: comma, end, unclosed: false, written: 'clause', note } : null;
  }

  /**
   * Whether a paragraph ends with a note — cheaper than findNotes: only the last bracket is read
   * when it holds one.
   *
   *     finder.endsWithNote('…物流配送中心。(责任单位:各县市党委、政府;州住建局按职责分工负责)') // → true
   *
   * A clause closing the sentence (`…试点,县城管局负责。`) does not end the task: text may follow.
   * With `marked`, only a note in brackets or under a label counts.
   */
  endsWithNote(written: string, marked = false): boolean {
    const text = foldTraditional(written);
    let end = text.length;
    while (end > 0 && isNoteTrail(text.charCodeAt(end - 1))) end--;
    // a marker alone on its line (`(1)`), or stops only: no note
    if (end === 0) return false;
    if (isCloser(text.charCodeAt(end - 1))) {
      const open = findOpen(text, end - 1);
      const content = text.slice(open + 1, end - 1);
      if (open >= 0 && (this.parse(content, 'verb') ?? (this.standsAsLastSentence(text, open, end - 1, text.length) ? this.parse(content, 'strict') : null))) return true;
    }
    // only a label line (it has a colon), a bracket left open, or a last sentence ending in a role
    // word can still end the paragraph with a note: the full search decides
    const tail = text.slice(Math.max(0, end - MAX_NOTE), end);
    const labeled = tail.includes(':') || tail.includes('：') || tail.includes('】') || tail.includes('〗') || LABEL_BEFORE_WEI.test(tail);
    if (!labeled && !leavesBracketOpen(tail) && !ENDS_WITH_ROLE.test(tail)) return false;
    const notes = this.findNotes(text);
    const last = notes[notes.length - 1];
    if (last === undefined || last.written === 'clause' || (marked && last.written === 'sentence')) return false;
    return /^[\s。.;；]*$/.test(text.slice(last.end));
  }

  /**
   * The units a heading names when it names nothing else: a plan written unit by unit
   * (`(一)县发展和改革局` over the tasks of that bureau, `二、县财政局、县税务局：`). A heading that says
   * what is to be done (`(一)加强组织领导`, `(二)建设法治政府`, `(三)培育龙头企业`) names none: every
   * name must be one `isUnitName` knows (the unit dictionary, with its level stated).
   *
   *     finder.unitHeading('县发改局:', isUnitName) // → { name: '县发改局', note: … }
   */
  unitHeading(written: string, isUnitName: (name: string) => boolean): { name: string; note: ParsedNote } | null {
    const text = foldTraditional(written);
    const heading = this.unitHeadingIn(text, isUnitName);
    if (heading === null || text === written) return heading;
    const [span] = asWritten([{ start: 0, end: heading.name.length, unclosed: false, written: 'subject', note: heading.note }], written, text);
    return { name: written.slice(0, heading.name.length), note: span!.note };
  }

  private unitHeadingIn(text: string, isUnitName: (name: string) => boolean): { name: string; note: ParsedNote } | null {
    // `(一)市发展和改革委员会(牵头5项、配合1项)`: how many tasks follow is no part of the name
    const trimmed = trimEndWhere(text, isColonStopOrSpace);
    const name = trimmed.endsWith(')') ? trimEndWhere(trimmed.replace(TASK_COUNT, ''), isColonStopOrSpace) : trimmed;
    if (name.length < 3 || name.length > MAX_UNIT_HEADING || /[\n。;；!?！？]/.test(name) || OPENS_WITH_ACTION.test(name)) return null;
    // `各县(市、区)人民政府，遂宁高新区、遂宁经开区管委会`: a comma parts two groups as 、 does
    const listed = name.replace(COMMAS, '、');
    // townships named bare (`平都镇、枫田镇：负责…`, 安福 probe round 49) are places, which a strict list does not take
    const note = this.parse(listed, 'strict') ?? (ENDS_WITH_TOWNSHIP.test(listed) ? this.notes.parse(listed, 'column') : null);
    if (note === null || note.labeled || !note.units.some((unit) => !unit.generic)) return null;
    return note.units.every((unit) => unit.generic || isUnitName(unit.name) || isLocalOffice(unit.name)) ? { name, note } : null;
  }

  /**
   * The units a task without a note names as the subject of its sentences, as rules and plans
   * written in prose do: `州住房城乡建设局负责农村自建房质量安全监督管理…`, `…工作由县综合行政执法局牵头，
   * 县住房城乡建设局、县水利局配合，具体负责…`, `市民政局要会同市市场监管局、市消防救援支队，开展…`,
   * `村(居)民委员会协助做好…`. Each clause is read from its start (or from the 由 it opens or ends
   * with) to its first role word. Every unit must be an organization that names its place, or a
   * group of places (各乡镇): `各级党委政府负责`, `企业负责日常运营` name none. The notes stay in the text.
   */
  subjectNotes(written: string): NoteSpan[] {
    const text = foldTraditional(written);
    const spans = this.subjectNotesIn(text);
    return text === written ? spans : asWritten(spans, written, text);
  }

  private subjectNotesIn(text: string): NoteSpan[] {
    const spans: NoteSpan[] = [];
    // the next 由, found once per stretch: searched again from every clause, a long line of clauses costs its square
    const bys = new ForwardSearch(text, '由');
    for (let start = 0; start < text.length; ) {
      const sentenceEnd = nextSentenceEnd(text, start);
      let previous: NoteSpan | null = null;
      for (let from = start; from < sentenceEnd; ) {
        while (from < sentenceEnd && isWhiteSpace(text.charCodeAt(from))) from++;
        // 会议议定：由X牵头… (a 会议纪要's decisions, 滨江 probe round 21): what the meeting did opens no unit's name
        if (text.startsWith('会议', from) || text.startsWith('经研究', from)) from += MEETING_LEAD_IN.exec(text.slice(from, from + 12))?.[0].length ?? 0;
        // 整改措施：由X牵头，Y配合，开展… (曲靖 probe round 26): the field's label opens no unit's name
        else if (isColon(text.charCodeAt(from + 2)) || isColon(text.charCodeAt(from + 4))) from += FIELD_LEAD_IN.exec(text.slice(from, from + 5))?.[0].length ?? 0;
        // 宣传报道组：区委宣传部牵头，… (安定 probe round 82): a working group's name opens no unit's name, with or without 由 after it
        if (hasColonAfterGroup(text, from)) from += GROUP_LABEL.exec(text.slice(from, from + 14))?.[0].length ?? 0;
        const clauseEnd = nextClauseEnd(text, from, sentenceEnd);
        // 由X牵头, …管理工作由X牵头: the units follow the 由; 由X牵头，会同Y、Z，…: those it works with support
        const by = bys.next(from);
        const at = by >= 0 && by < clauseEnd && (by === from || BY_LEAD_IN.test(text.slice(from, by))) && !/[于此]/.test(text[by + 1] ?? '') ? by + 1 : from;
        const span: NoteSpan | null = previous && text.startsWith('会同', from) ? this.unitsBefore(text, from + 2, clauseEnd, '配合', true) : this.subjectAt(text, at, clauseEnd, at > from);
        if (span) spans.push(span);
        previous = span;
        // `由X牵头、Y和Z配合` (四川 probe round 57): a 、 after the role word goes on to the next units, as a comma would
        from = span !== null && span.end < clauseEnd && text[span.end] === '、' ? span.end + 1 : clauseEnd + 1;
      }
      start = sentenceEnd + 1;
    }
    // `有关部门负责…` alone names no one in particular
    return spans.some((span) => span.note.units.some((unit) => !unit.generic)) ? spans : [];
  }

  /**
   * The units from `from` to the first role word of the clause, when they are all placed
   * organizations; after a 由, the units before whatever the clause says they do (`由县委督查室、
   * 县政府督查室进行约谈`); or the units a clause calls 责任主体 (`各县(市)人民政府是…的责任主体`).
   */
  private subjectAt(text: string, from: number, clauseEnd: number, afterBy: boolean): NoteSpan | null {
    const role = SUBJECT_ROLE.exec(text.slice(from, Math.min(clauseEnd, from + MAX_SUBJECT + 6)));
    if (role && role.index >= 2 && role.index <= MAX_SUBJECT) {
      const at = from + role.index;
      const names = text.slice(from, at).replace(MODAL_END, '');
      const word = role[0];
      // 本办法由县卫生健康局负责解释 (a rule's closing article, 沅安 probe round 33, 27b): who answers questions about the text, no task's unit
      if (text.startsWith('解释', at + word.length)) return null;
      if (word === '会同' || word === '商') {
        // X商Y提出方案: X does it, having heard Y (who support), as X会同Y leads
        // X会同Y、Z，开展… · X应当会同有关部门建立…: X leads, those it works with support
        const lead = this.subjectNote(`${names}${word === '商' ? '负责' : '牵头'}`);
        const others = lead && this.unitsBefore(text, at + word.length, clauseEnd, '配合', true);
        if (lead && others) return { start: from, end: others.end, unclosed: false, written: 'subject', note: { ...lead, units: [...lead.units, ...others.note.units] } };
      } else if (word === '配合' || word === '协助') {
        // X配合Y完成… (衢州 probe round 65): the unit helped does it, its helper supports; X协助做好… names only the helper
        const helper = this.subjectNote(`${names}配合`);
        // (`县住建局配合做好县城充电站电力接入`, 沂水 probe round 92: what it helps with, no unit helped)
        const helped = helper && !HELP_WITH.test(text.slice(at + word.length, at + word.length + 2)) && this.unitsBefore(text, at + word.length, clauseEnd, '负责');
        if (helper && helped && helped.end < clauseEnd) return { start: from, end: helped.end, unclosed: false, written: 'subject', note: { ...helper, units: [...helper.units, ...helped.note.units] } };
        if (helper) return { start: from, end: at + word.length, unclosed: false, written: 'subject', note: helper };
      } else {
        // 区住建局加强业务指导 (青秀 probe round 57): guidance, as 指导 is
        // 县财政局保障资金, 县财政局做好资金保障 (西吉 probe round 58): who sees to the means supports; 各乡镇具体实施 does it
        // …and the unit a meeting tells to do it, unless what it does is to pay (`县财政局要及时足额拨付…`)
        const said = word.startsWith('按') ? '按职责分工负责' : word === '落实' || word.endsWith('实施') ? '负责' : DOER_WORD.test(word) ? (PAYS.test(text.slice(at, clauseEnd)) ? '配合' : '负责') : word.startsWith('加强') || word.endsWith('指导') ? '指导' : /资金|经费/.test(word) ? '配合' : word;
        const note = this.subjectNote(`${names}${said}`);
        if (note) return { start: from, end: at + word.length, unclosed: false, written: 'subject', note };
      }
    }
    if (text[from] === '请') {
      // 请市自然资源和规划局抓紧优化…: the units asked to do it (滨江 会议纪要)
      const asked = this.unitsBefore(text, from + 1, clauseEnd, '负责');
      if (asked && asked.end < clauseEnd) return asked;
    }
    if (afterBy) {
      // 由县委督查室、县政府督查室进行约谈: the units before the verb that says what they do
      const span = this.unitsBefore(text, from, clauseEnd, '负责');
      return span && BY_VERB.test(text.slice(span.end, span.end + 4)) ? span : null;
    }
    // 领导小组办公室设在县住建局，负责日常调度工作 (安福 probe round 54): the unit that houses the office does its work
    // (searched within the clause: `text.includes('设在', from)` read to the text's end from every clause, a long line's square)
    const clause = text.slice(from, Math.min(text.length, clauseEnd + 32));
    const housed = clause.includes('设在') ? HOUSING_UNIT.exec(clause) : null;
    const host = housed && this.subjectNote(`${housed[1]}负责`);
    if (host) return { start: from, end: from + housed![0].length - 1, unclosed: false, written: 'subject', note: host };
    const bearer = BEARER.exec(text.slice(from, clauseEnd));
    const note = bearer && this.subjectNote(`${bearer[1]}负责`);
    if (note) return { start: from, end: from + bearer![0].length, unclosed: false, written: 'subject', note };
    // 实施主体为良朋村股份经济合作社 (天子湖 probe round 67): the subject named after the word for it, the clause no more than that
    const named = SUBJECT_NAMED.exec(text.slice(from, from + 8));
    if (!named) return null;
    const names = trimEndWhere(text.slice(from + named[0].length, clauseEnd), isStopOrSpace);
    const bearers = names.length >= 2 && names.length <= MAX_SUBJECT ? this.parse(`${names}负责`, 'clause') : null;
    // named by the label, with no place needed (a village's cooperative), but an organization all the same
    return bearers && !bearers.labeled && bearers.units.length > 0 && bearers.units.every((unit) => unit.generic || endsLikeOrganization(unit.name))
      ? { start: from, end: from + named[0].length + names.length, unclosed: false, written: 'subject', note: bearers } : null;
  }

  /**
   * The units a duty opening with 配合 or 协助 names as those it helps, who do the work (宜宾 probe round 82:
   * `配合市市场监管局做好燃气具及配件质量抽检`), or null (`配合做好…` names none).
   *
   *     finder.helpedUnits('配合市市场监管局做好燃气具及配件质量抽检。') // → 市市场监管局, responsible
   */
  helpedUnits(written: string): NoteSpan | null {
    const text = foldTraditional(written);
    if (!text.startsWith('配合') && !text.startsWith('协助')) return null;
    const clauseEnd = nextClauseEnd(text, 2, nextSentenceEnd(text, 0));
    const helped = this.unitsBefore(text, 2, clauseEnd, '负责');
    return helped !== null && helped.end < clauseEnd ? (text === written ? helped : asWritten([helped], written, text)[0]!) : null;
  }

  /** The longest run of units from `from` that a verb follows (`有关部门建立…`), read in the given role. */
  private unitsBefore(text: string, from: number, clauseEnd: number, role: string, partners = false): NoteSpan | null {
    while (from < clauseEnd && isWhiteSpace(text.charCodeAt(from))) from++;
    // those worked with end where what they do together begins (宜宾 probe round 92: `会同县消防救援大队做好居住社区充电安全管理`)
    const together = partners ? WORK_TOGETHER.exec(text.slice(from, clauseEnd)) : null;
    if (together && together.index >= 2) clauseEnd = from + together.index;
    for (let end = Math.min(clauseEnd, from + MAX_SUBJECT); end >= from + 2; end--) {
      // 由县政府负责同志牵头: a person of the unit acts, not the unit; …管理办法: 办 ends no unit's name before 法
      if (!UNIT_LAST.has(text.charCodeAt(end - 1)) || PERSON_OF_UNIT.test(text.slice(end, end + 4)) || WORD_GOES_ON.test(text.slice(end - 1, end + 1))) continue;
      const note = this.subjectNote(`${text.slice(from, end)}${role}`, partners);
      if (note) return { start: from, end, unclosed: false, written: 'subject', note };
    }
    return null;
  }

  /** `partners`: those a unit works with (会同…), companies among them named by no place (宜昌水务集团, 宜昌 probe round 69). */
  private subjectNote(content: string, partners = false): ParsedNote | null {
    const note = this.parse(content, 'clause');
    if (!note || note.labeled || note.unknownWords.length > 0 || note.units.length === 0) return null;
    // …等管线单位建立“一小区一清单”联 runs on past the list into what its units do: no name (a 等 ending the list is cut before)
    if (note.units.some((unit) => unit.name.includes('等'))) return null;
    // 各级党委政府 names every level, no place
    return note.units.every((unit) => unit.generic || (partners && COMPANY.test(unit.name)) || ((namesItsPlace(unit.name) || NAMED_PLACE.test(unit.name)) && !unit.name.startsWith('各级') && endsLikeOrganization(unit.name))
      || isPlaceGroup(unit.name) || TOWNSHIP.test(unit.name) || isLocalOffice(unit.name) || TOWNSHIP_STATION.test(unit.name) || PLACE_MEDIA.test(unit.name) || this.isOfficeName(unit.name)) ? note : null;
  }

  /** Whether a paragraph is a note and nothing else: `责任单位：市住建局`, `（牵头单位：X）`. */
  /**
   * Whether a paragraph is a note covering the tasks above it, and only that: `以上任务由镇农业服务中心牵头，各村（社区）负责落实。`
   * (红花套 probe round 54, after a task with a note of its own).
   */
  coversAbove(written: string): boolean {
    const text = foldTraditional(written);
    if (!COVERS_ABOVE.test(text)) return false;
    const spans = this.findSentenceNotes(text, NO_SPANS, true);
    return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.note.covers !== null && /^[\s。.;；]*$/.test(text.slice(spans[0]!.end));
  }

  isNoteOnly(written: string): boolean {
    const text = foldTraditional(written);
    const found = this.findNotes(text);
    // a role sentence alone on its line after a task: `由县教育局牵头，县发改局、县住建局配合。`
    const notes = found.length > 0 ? found : this.findSentenceNotes(text, NO_SPANS, true);
    return notes.length > 0 && notes[0]!.start === 0 && /^[\s。.;；]*$/.test(text.slice(notes[notes.length - 1]!.end));
  }
}

/**
 * A unit named by its place's own name, not its level: 东至县城乡供水有限公司, 宁乡市水利局 (全县…, 本市… name
 * no place).
 */
// not a kind of place (住宅小区, 工业园区, 农贸市场): the character before the level word names none
// …a county of one character too (攸县 probe round 69: `攸县工业集中区管委会负责…`)
const NAMED_PLACE = /^(?![全本该我各邻外])(?:[\u4e00-\u9fff]{1,3}?[^小园景社校片城辖超厂矿商营街港\s](?:省|市|州|县|区|旗|盟)|[\u4e00-\u9fff]县)(?![委直级场民])/;

/** A place's newspaper or broadcaster, named for the place without its level word (商丘 probe round 87: `商丘日报社、商丘广播电视台配合`). */
const PLACE_MEDIA = /^[\u4e00-\u9fff]{2,4}(?:日报社|日报|晚报社|晚报|广播电视台|电视台|广播电台|融媒体中心|新闻传媒中心|传媒集团)$/;

/** A company by its name's end: 宜昌水务集团, 宜昌中燃城市燃气发展有限公司. */
const COMPANY = /(?:集团|公司)$/;

/** A township's station named by its township (小关派出所, 和顺司法所; 湖南路 probe round 59), or bare in its own plan (仁和, 依汶 probe round 84: `融媒体工作站参与`, `供电所…配合`). */
const TOWNSHIP_STATION = /^[\u4e00-\u9fff]{0,4}(?:派出所|司法所|财政所|卫生院|供电所|中心学校|中心小学|自然资源所|国土所|市场监管所|市场监督管理所|交警中队|消防救援站|林业站|融媒体工作站|融媒体中心|新时代文明实践所|新时代文明实践站)$/;

/** How many tasks a unit's heading counts: `(3项)`, `(共3项)`, `(牵头5项、配合1项)`, `(2条)`. */
const TASK_COUNT = /\((?:共|计)?(?:(?:牵头|负责|配合|参与)?\d{1,3}(?:项|条)[、,，]?)+\)$/;
const COMMAS = /[,，]/g;

/**
 * A state company's local branch, a unit of many plans though no dictionary lists it by place:
 * `国网遂宁供电公司`, `中国移动遂宁分公司`, and the grid's local office named by its city alone (`南宁供电局`,
 * 青秀 probe round 57; `汕頭供電局`).
 */
const BRANCH_OF_STATE_COMPANY = /^(?:国网|国家电网|南方电网|中国移动|中国电信|中国联通|中国铁塔|中国广电|中国邮政|中国石化|中国石油|中石化|中石油)[\u4e00-\u9fff]{1,12}(?:公司|分公司)$|^[\u4e00-\u9fff]{2,4}供电(?:局|公司|分公司)$/;

/**
 * A central body's office in a place, named body first: `人民银行襄阳市分行`, `国家金融监督管理总局襄阳监管分局`,
 * `国家税务总局襄阳市税务局` (襄阳 probe round 28).
 */
const VERTICAL_BRANCH = /^(?:中国)?(?:人民银行|国家金融监督管理总局|国家税务总局|国家外汇管理局|国家统计局|银保监会|中国银保监会|国家消防救援局)[\u4e00-\u9fff]{2,10}(?:分行|支行|中心支行|分局|监管分局|监管局|税务局|调查队|支局|管理部)$/;

/** A state company's or a central body's office in a place, named company or body first: a unit of a heading or of the prose though it opens with no place. */
function isLocalOffice(name: string): boolean {
  return BRANCH_OF_STATE_COMPANY.test(name) || VERTICAL_BRANCH.test(name);
}

// …and what a meeting's minutes say a unit is to do, no role word said (宜昌, 攸县 probe round 69: `市住建局要加强…`,
// 安定 probe round 82: `各乡镇要成立抗旱工作专班`,
// `县住建局抓紧完成…`, `县公安局交警大队做好…`, `市财政局于4月20日前下达…`): the unit does it
/** The role words that end a sentence's subject: `州住建局负责…`, `X牵头，Y配合`, `X要会同Y`, `X按照职责分工，做好…`. */
const SUBJECT_ROLE = /负责牵头|负责统筹(?:协调|推进|调度)?|主抓|抓总|负总责|统筹(?:协调|推进|调度)?(?=[,，。;；]|$)|负责(?:业务|技术)指导|负责(?!同志|人)|加强(?:业务)?指导|(?:业务|技术)指导|予以指导|牵头|配合|协助|协办|参与|会同|商(?=[省市州县区])|承担(?!单位)|(?:具体)?承办(?!单位)|落实|按照?(?:各自)?职责(?:分工)?|做好(?:资金|经费|电力|供电|用电|通信|用地|要素)保障|保障(?:资金|经费|用地|要素)|(?:提供|给予)(?:资金|经费)|(?:具体|组织)实施|要(?=(?:切实|认真|进一步)?(?:加强(?!督|监督|指导|统筹|领导)|做好|抓紧|及时|严格|尽快|全力|加快|组织|完善|开展|成立|建立|健全|强化|制定|确保|积极|主动|定期|按时))|(?<![要应])做好(?!资金|经费)|抓紧|于(?!每)[^，,。；;]{2,12}?前(?=[\u4e00-\u9fa5])/;
/** A role word of a meeting's minutes in {@link SUBJECT_ROLE}: 要 (加强…), 做好, 抓紧, 于…前. */
const DOER_WORD = /^(?:要|做好|抓紧|于)/;
/** What a unit that pays for the work does: it supports. */
const PAYS = /拨付|(?:资金|经费)保障|保障(?:资金|经费)/;
/** What a helper's work opens with after 配合 when it names no unit it helps: `做好`, `推进`, `开展`. */
const HELP_WITH = /^(?:做好|抓好|推进|推动|开展|完成|加强|落实|实施|参与|协助|提供|保障|搞好|办好)/;
/** What units worked with do together, after their names: `做好`, `开展` (no unit's name holds these words). */
const WORK_TOGETHER = /做好|抓好|开展|完成|加强|制定/;
/** The longest subject read: a few units' names. */
const MAX_SUBJECT = 60;
/** What may stand between a subject and its role word: `市民政局要会同…`, `县住建部门应当会同…`. */
const MODAL_END = /(?:要|应|应当|须|必须|将|也|还|予以)(?:切实|积极|认真|全力|加快|抓紧|严格)?$/;
/**
 * One office a unit houses (`市重点项目办`, `市先行区建设办公室`), and a department named with its place
 * just before it (`…报送市发展改革委`); `加快建设数字政府(县政府办)` is a task and its note.
 */
// 报送省发展改革委（省民营经济发展局）(湖北 probe round 38): a bureau the commission houses, one name, as an office is
const HOUSED_OFFICE = /^[^、,，;；]{2,30}(?:办|办公室|局)$/;
// …or an office (`报送县营商环境办（县发展改革局）`, 安平 probe round 40)
const NAMED_DEPARTMENT = /[省市州县区][^省市州县区,，。;；、]{1,14}(?:[局委厅部办室]|中心)$/;

/** Where an office is set up, just before a bracket: `办公室设在平安建设办公室`, `办公室设在县住建局`. */
const HOUSING_OFFICE_BEFORE = /设在[^,，。;；、()（）]{2,20}$/;

/** An office a report or a list is sent to, at the end of what comes before a bracket: `报专班办公室`, `报送领导小组办公室`. */
const SENT_TO_OFFICE = /(?:报|报送|送|送交|交|提交|反馈|发送|抄送)(?:至|到|给)?[^报送交,，。;；、()（）]{2,20}?(?:办公室|办|小组|专班)$/;

/** …or a unit, a section of it in the bracket after: `报省发展改革委`, `报送市住建局`. */
const SENT_TO_UNIT = /(?:报|报送|送|送交|交|提交|反馈|发送|抄送)(?:至|到|给)?[^报送交,，。;；、()（）]{2,20}?(?:局|委|厅|办|室|中心|部|政府)$/;
/** A section inside a bureau: `地区振兴处`, `城市建设科`, `综合股`. */
const INNER_SECTION = /^[^、,，;；]{2,14}(?:处|科|股|室)$/;

/** An office inside a body, by the word it ends with: 党委办公室, 校长办公室, 党委组织部, 人事处, (处). */
const INNER_OFFICE = /(?:办公室|部|处|室|中心)$/;

/** A note line opening with the person in charge, its units' labels after: `分管领导：张××　责任单位：…`. */
// …and a bureau's own leader (祁东 probe round 83: `局领导：刘志刚　牵头股室：…`)
const PERSON_FIRST = /^\s*(?:分管领导|责任领导|牵头领导|包保领导|联系领导|包抓(?:县级|市级)?领导|包联领导|(?:分管)?[局委]领导|责任人|联系人)\s*[:：]/;
/** The character a label line's pattern takes before the label: a stop, a space, the 某 or × of a masked name. */
const LABEL_BOUNDARY = /^[。;；,，)）】〕〗\]\s×xX*＊○〇某]/;

/** Where a label at `labelAt` of a line starts its note: at the sentence before it when that names the person in charge. */
function personBefore(line: string, labelAt: number): number {
  let stop = labelAt;
  while (stop > 0 && !'。;；\n'.includes(line[stop - 1]!)) stop--;
  return stop < labelAt && PERSON_FIRST.test(line.slice(stop, labelAt)) ? stop : labelAt;
}

/** A township or subdistrict named bare, which acts through its government: `文林街道`, `十里镇`, `南向店乡`. */
// …but the towns around a county's seat are named for it: 城关镇, 城厢镇, 城郊乡, 城南街道 (霍邱 probe round 72)
const TOWNSHIP = /^(?!重点|特色|中心|建制|示范|历史|文化|名|小|所在|属地|全|各|乡|城(?![关厢郊东南西北中])|集|美丽|传统|试点|边境|民族|经济)[\u4e00-\u9fff]{2,4}(?:街道|镇|乡)(?:人民政府|政府|党委|办事处)?$/;
/** An office housed in a unit, its duty after: `领导小组办公室设在县住建局，负责…` (group 1 the unit). */
// …or the work it bears and then its duty (上犹 probe round 82: `县防指办公室设在县应急管理局，承担县防指日常工作，负责…`; not
// `…，承担联席会议日常工作，办公室主任由…兼任`, how a member list says where the office sits, 射洪 probe round 47)
const HOUSING_UNIT = /^[^,，。;；]{0,24}?办公室设在([^,，。;；]{2,24})[,，](?=(?:具体|主要)?负责|承担[^,，。;；]{1,24}[,，](?:具体|主要)?负责)/;
/** What opens a clause naming who carries the project out: `实施主体为…`, `项目建设主体是…`. */
const SUBJECT_NAMED = /^(?:项目)?(?:实施|责任|建设)主体(?:为|是)/;
/** A clause that names who bears the task: `各县(市)人民政府是本行政区域农村自建房安全管理的责任主体`. */
const BEARER = /^(.{2,40}?)(?:是|为|作为).{0,40}?(?:责任主体|第一责任人)$/;
/** What units after 由 do, when no role word says it: `由县委督查室进行约谈`, `由县财政局统一拨付` (not `由市(州)组织…`, cut inside 组织). */
const BY_VERB = /^(?:进行|开展|组织实施|统一|具体|依法|依照|按照|予以|给予|审核|审批|核定|拨付|认定|制定|约谈|督办|督查|考核|评估|验收|责令|另行制定)/;
/** A unit's last character that goes on as a word: 办法, 办理, 会议, 部署, 局面, 组织, 处理, 队伍 (`…维修资金管理办法`, 滨江 probe round 21). */
const WORD_GOES_ON = /^(?:办[法理好]|会[议商同]|部[署分]|局[面势]|组[织建]|处[理置]|队伍|所[有属需])$/;
/** Who of a unit may follow its name: `县政府负责同志`, `市住建局主要负责人`, `县委领导`. */
const PERSON_OF_UNIT = /^(?:负责同志|负责人|主要负责|分管|领导|同志|主任|局长|书记|干部)/;
/** The last characters of a unit's name or a placeholder's: where a run of units may end. */
const UNIT_LAST = new Set([...'局厅委办部院会室科站所司署处队组社联馆厂校团心府道区门位业行台关场学构)'].map((ch) => ch.charCodeAt(0)));
/**
 * What a first clause may say before the 由 that names its units: `…网格化管理工作由`, or the name of
 * a working group and its colon (桑植 应急预案, probe round 17: `综合协调组：由县应急管理局牵头，…参与。`).
 */
// …or the body it sets up (湖州 probe round 61: `建立由市商务局牵头、相关部门参与的夜间经济发展工作专班`)
// …or the work named as the clause's topic (衢州 probe round 65: `未来社区建设由市住建局负责，未来乡村建设由市农业农村局负责`)
const BY_LEAD_IN = /(?:工作|任务|事项|职责|具体办法|实施细则|具体方案|工程|项目|建设|管理|运营|维护|服务|监管|整治|改造|保障)$|^(?:建立|成立|组建|设立)$|^本(?:细则|办法|规定|方案|意见|条例)$|^[\u4e00-\u9fa5]{2,12}(?:组|专班|小组|分队|中心|指挥部)[:：]$/;
/** A working group's name and its colon before its line: `宣传报道组：`, `综合协调专班：`. */
const GROUP_LABEL = /^[\u4e00-\u9fa5]{2,12}(?:组|专班|分队)[:：]/;
const GROUP_LABEL_END = new Set([...'组班队'].map((ch) => ch.charCodeAt(0)));

/** Whether a group's label may open the clause at `from`: a colon after 组, 班 or 队 within its reach. */
function hasColonAfterGroup(text: string, from: number): boolean {
  for (let at = from + 3; at <= from + 14 && at < text.length; at++) if (isColon(text.charCodeAt(at)) && GROUP_LABEL_END.has(text.charCodeAt(at - 1))) return true;
  return false;
}

/** What a meeting did, before the decision it states: `会议议定：`, `会议要求，`, `经研究，`. */
const MEETING_LEAD_IN = /^(?:会议(?:原则)?(?:议定|决定|明确|要求|同意|强调|提出|认为)|经研究(?:决定)?)[:：,，]?/;

/** A field of a task's block before what it says: `整改措施：`, `工作措施：`, `主要内容：`. */
const FIELD_LEAD_IN = /^(?:(?:整改|工作|主要|具体|推进|重点|落实)(?:措施|举措|内容|任务|安排)|措施|举措)[:：]/;
const isColon = (code: number): boolean => code === 0x3a || code === 0xff1a;

/** The end of the sentence from `from`: the next 。 ; ； ! ? or line break, or the text's end. */
function nextSentenceEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0x3b || code === 0xff1b || code === 0x0a || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f) return i;
  }
  return text.length;
}

/** The end of the clause from `from`: the next comma before `end`, or `end`. */
function nextClauseEnd(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (isComma(text.charCodeAt(i))) return i;
  return end;
}

/** The task's text after a list: a clause of six or more characters with no list mark, then a comma or the stop at the end. */
const SENTENCE_AFTER_LIST = /^[^、,，。;；\s]{6,40}(?<![局委厅办室所站队院会心司部处科])(?:[,，][^\n]*)?。$/;

/** The first piece of a list: up to its first mark. */
const FIRST_PIECE = /^[^、,，。;；\s]{2,24}(?=[、,，])/;

/**
 * Whether the text after a space in a bracketed label's list is a sentence of the task's, not more names: it ends with its
 * stop and its first piece ends like no unit (青秀 probe round 73: `【配合单位】区住房城乡建设局、区市场监管局　开展高层建筑、
 * 大型商业综合体、老旧小区消防安全专项整治，推动治理常态化。`).
 */
function opensSentence(rest: string): boolean {
  if (!rest.endsWith('。')) return false;
  const piece = FIRST_PIECE.exec(rest)?.[0];
  return piece !== undefined && !endsLikeOrganization(piece) && !isPlaceGroup(piece) && !isGenericUnit(piece);
}

/**
 * Where the list after a bracketed label ends: at a 。 or a space with a sentence after it (the
 * task's text, written after its note), else at the paragraph's end (`【责任单位】市住建局 市发改委`).
 */
function listEnd(text: string, from: number, paragraphEnd: number): number {
  for (let i = from; i < paragraphEnd; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3002 && code !== 0x20) continue;
    // a stop before the paragraph's last character, searched within the paragraph only
    for (let j = i + 1; j < paragraphEnd - 1; j++) if (text.charCodeAt(j) === 0x3002) return i;
    // …or a sentence of one clause or more to the end (宿州 probe round 72: `【责任单位】县财政局　健全乡村振兴考核机制，开展…。`):
    // its first clause is longer than a name and no unit's
    if (code === 0x20 && (SENTENCE_AFTER_LIST.test(text.slice(i + 1, paragraphEnd)) || opensSentence(text.slice(i + 1, paragraphEnd)))) return i;
    return paragraphEnd;
  }
  return paragraphEnd;
}

/** The persons a note names before its units, bracketed in the sentence: `【牵头领导】副区长刘××` then `【牵头单位】…`. */
// …or on a line of its own above them (太谷 probe round 54: `【牵头领导】常务副区长　王立军` / `【牵头单位】…`)
const PERSON_IN_SENTENCE = /[【〖[][^【】〖〗[\]\n]{0,6}(?:领导|责任人|联系人)[】〗\]][^【】〖〗[\]\n]{0,30}\n?$/;
/** A line naming who answers for a task, no unit: `责任领导：张××`, `责任人：李明（局长）`, `负责人：…`. */
const PERSON_FIELD = '[^\\n:：]{0,6}(?:领导|责任人|负责人|联系人)[:：][^\\n]{1,40}';
/** …or on a line of their own before the note's: `责任领导：张××` then `责任单位：县住建局`. */
const PERSON_LINE = new RegExp(`(?:^|\\n)${PERSON_FIELD}\\n$`);
/** …or on a line of their own after it, the last of the task: `责任单位：…` then `责任人：李明（局长）`. */
const PERSON_LINES_AFTER = new RegExp(`^\\n${PERSON_FIELD}(?=\\n|$)`);
const PERSON_PARAGRAPH = new RegExp(`^${PERSON_FIELD}$`);

/** Whether a paragraph names only who answers for a task (`责任领导：王建国（副市长）`): a line of its note. */
export function isPersonLine(text: string): boolean {
  return PERSON_PARAGRAPH.test(text);
}

/**
 * Notes that name who answers for the task besides its units (责任领导, 责任人) take those persons
 * in with them, so the task's text keeps none: they are part of the note, not of the task.
 */
function withPersons(text: string, spans: readonly NoteSpan[]): NoteSpan[] {
  return spans.map((span, index) => {
    const from = index > 0 ? spans[index - 1]!.end : 0;
    let start = span.start;
    for (let before = text.slice(Math.max(from, start - 48), start); ; before = text.slice(Math.max(from, start - 48), start)) {
      const person = PERSON_IN_SENTENCE.exec(before) ?? PERSON_LINE.exec(before);
      if (!person) break;
      start -= before.length - person.index - (person[0].startsWith('\n') ? 1 : 0);
    }
    // …and the lines after the last note that name persons only, ending the text (`责任人：各责任单位主要负责同志`)
    let end = span.end;
    if (index === spans.length - 1) {
      for (let after = PERSON_LINES_AFTER.exec(text.slice(end, end + 64)); after !== null; after = PERSON_LINES_AFTER.exec(text.slice(end, end + 64))) end += after[0].length;
      // only when they end the text: a person line with more of the task after it is the task's
      if (!/^\s*$/.test(text.slice(end))) end = span.end;
    }
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}

/**
 * Spans found in the folded text, their units named as the text writes them: each name looked up
 * where it stands in its span (the fold keeps every character's place), the parsed note copied, not changed.
 */
function asWritten<T extends NoteSpan>(spans: readonly T[], text: string, folded: string): T[] {
  return spans.map((span) => {
    const units = span.note.units.map((unit) => {
      const at = folded.indexOf(unit.name, span.start);
      const name = at >= 0 && at < span.end ? text.slice(at, at + unit.name.length) : unit.name;
      return name === unit.name ? unit : { ...unit, name };
    });
    return units.every((unit, i) => unit === span.note.units[i]) ? span : { ...span, note: { ...span.note, units } };
  });
}

/** Whether the last opening bracket has no closer after it. */
function leavesBracketOpen(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (isCloser(code)) return false;
    if (isOpener(code)) return true;
  }
  return false;
}

// not frozen: V8 leaves its fast paths for iterating and searching a frozen array, and every empty paragraph gets this one
export const NO_SPANS: readonly NoteSpan[] = [];

/** Bracketed notes inside a label line belong to it; otherwise both are kept, in order. */
function mergeSpans(first: readonly NoteSpan[], second: readonly NoteSpan[]): readonly NoteSpan[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  // a label read inside a bracket (`（牵头单位：X；配合单位：Y）`) is that bracket's, and takes no bracket after it (晋城 probe round 40)
  const [one, two] = [byStart(first), byStart(second)];
  const added = outside(two, one);
  const kept = outside(one, added);
  // merged in order, a kept span before an added one at the same place (a task may hold thousands: no sort, no search of each in the other)
  const merged: NoteSpan[] = [];
  let k = 0;
  for (const span of kept) {
    while (k < added.length && added[k]!.start < span.start) merged.push(added[k++]!);
    merged.push(span);
  }
  while (k < added.length) merged.push(added[k++]!);
  return merged;
}

/** The spans in order of where they start (as the finders give them, most often). */
function byStart(spans: readonly NoteSpan[]): readonly NoteSpan[] {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return [...spans].sort((a, b) => a.start - b.start);
  return spans;
}

/** The spans of `spans` that start inside none of `others` (both in order of where they start). */
function outside(spans: readonly NoteSpan[], others: readonly NoteSpan[]): NoteSpan[] {
  const kept: NoteSpan[] = [];
  let k = 0;
  let reach = -1; // the furthest end of the others starting at or before the span
  for (const span of spans) {
    while (k < others.length && others[k]!.start <= span.start) reach = Math.max(reach, others[k++]!.end);
    if (reach <= span.start) kept.push(span);
  }
  return kept;
}

/**
 * The comma that opens a clause starting with the 由 at `at`, allowing a word between them
 * (`,具体由…`, `,统一由…`), or -1.
 */
function clauseOpening(text: string, at: number): number {
  if (isComma(text.charCodeAt(at - 1))) return at - 1;
  const word = text.slice(at - 2, at);
  return at >= 3 && isComma(text.charCodeAt(at - 3)) && CLAUSE_ADVERBS.includes(word) ? at - 3 : -1;
}

const CLAUSE_ADVERBS = ['具体', '统一', '主要', '分别', '均应', '一律'];

/**
 * Whether a sentence holds a bracket other than the places a unit's name lists (`各县(市、区)`,
 * `村(居)民委员会`): its notes are read as brackets, not as the sentence.
 */
function holdsBracket(text: string): boolean {
  return /[(（〔【〖[]/.test(text) && /[(（〔【〖[]/.test(text.replace(PLACES_BRACKET, '').replace(OTHER_NAME_BRACKET, '').replace(LINE_OF_WORK_BRACKET, '').replace(COMPANY_BRACKET, ''));
}

/** The bracket of a company's registered name: `四川宜宾港（集团）有限公司` (宜宾 probe round 92), `（控股）`, `（股份）`. */
const COMPANY_BRACKET = /\((?:集团|控股|股份|中国|国际)\)(?=[\u4e00-\u9fa5]{0,8}公司)/g;

/** The line of work an office acts in, after it: `镇农业农村办（海洋渔业）` (黑岛 probe round 56). */
const LINE_OF_WORK_BRACKET = /(?<=[办站所局室科股])\([\u4e00-\u9fa5]{2,6}\)(?=[\u4e00-\u9fa5]{0,2}(?:主抓|牵头|负责|配合|[,，、]))/g;

/** The other name of an office, after it: `县乡村振兴局（县农业农村局）`, `市市场监管局（市知识产权局）` (南陵 probe round 42). */
const OTHER_NAME_BRACKET = /(?<=[局委厅办])\([省市州县区旗][^()、,，;；。]{1,14}(?:局|委|厅|办|办公室)\)/g;

/**
 * A bracket of places in a unit's name: (市、区), (镇), (居), (街道), (社区); or the other body a name
 * stands for with it, right after its government (`各乡镇人民政府（街道办事处）`, 苍溪 probe round 37).
 */
/** Kinds of place alone, what a bracket glued to a place's name says it stands for too: `街道`, `社区`, `市、区`. */
const PLACE_KINDS = /^(?:[市州县区乡镇村居旗、]|街道|社区){1,8}$/;
const PLACES_BRACKET = /\((?:[市州县区乡镇村居旗、]|街道|社区){1,8}\)|(?<=政府|党委)\((?:街道办事处|办事处|管委会|行署|公署)\)/g;

/** Places as a group, each its own government: 各乡镇, 各街道, 各县(市、区). */
function isPlaceGroup(name: string): boolean {
  // 各渔业村, 各行政村, 各涉农社区 (黑岛 probe round 56): villages of a kind
  // 各社区党组织, 各村党支部, 各村（居）委会 (湖南路 probe round 59): the same places' own bodies
  if (PLACE_GROUP_NAME.test(name)) return true;
  // 各街道、镇（区） (昌乐 probe round 82): places of several kinds, one group
  const kinds = name.startsWith('各') && name.includes('、') ? name.split(/、(?![^()]*\))/) : null;
  return kinds !== null && PLACE_GROUP_NAME.test(kinds[0]!) && kinds.slice(1).every((kind) => PLACE_KIND_NAME.test(kind));
}

const PLACE_GROUP_NAME = /^各(?:乡镇|街道|镇|乡|村|社区|县|区|县区|县市区|区县|市县|市|市州|[\u4e00-\u9fa5]{1,3}(?:村|社区))(?:\([^()]{1,8}\))?(?:党组织|党委|党支部|党总支|委会|村委会|居委会|“两委”|两委)?$/;
/** A kind of place named after the first of a group: `镇（区）` of `各街道、镇（区）`. */
const PLACE_KIND_NAME = /^(?:乡镇|街道|镇街|镇|乡|村|社区|园区|开发区)(?:\([^()]{1,6}\))?$/;

/** A unit an unbracketed note may name: a body, a group of places (`各乡镇`), or a placeholder. */
function isBodyOrPlaces(unit: { name: string; generic: boolean }): boolean {
  return unit.generic || endsLikeOrganization(unit.name) || isPlaceGroup(unit.name);
}

/** Whether a note read outside brackets names units and nothing but: every word read, every unit a body or places. */
function namesBodies(note: ParsedNote | null): note is ParsedNote {
  return note !== null && note.units.length > 0 && note.unknownWords.length === 0 && note.units.every(isBodyOrPlaces);
}

/**
 * The note when every unit it names states its place (`【市农业农村局】`, `【宿州市农业农村局】`) or is a body
 * by its own name (`【灵璧经济开发区管委会、县经信局】`, `【钟馗文化研究会】`, 灵璧 probe round 58), else null
 * (`【数字政府】`, `【龙头企业】`: what the task is about).
 */
function placedOnly(note: ParsedNote | null): ParsedNote | null {
  return note !== null && note.units.every((unit) => !unit.generic && endsLikeOrganization(unit.name) && (namesItsPlace(unit.name) || NAMED_PLACE.test(unit.name) || OWN_BODY.test(unit.name))) ? note : null;
}

/** What ends a sentence before a bracket of units that closes it. */
const SENTENCE_STOP = '。;；!！?？';

/** The note when its units are organizations named with their place (or groups of them, one named at least). */
function namedAfterStop(note: ParsedNote | null): ParsedNote | null {
  if (note === null || !note.units.some((unit) => !unit.generic)) return null;
  return note.units.every((unit) => unit.generic || isLocalOffice(unit.name) || (endsLikeOrganization(unit.name) && (namesItsPlace(unit.name) || NAMED_PLACE.test(unit.name)))) ? note : null;
}

/** Bodies a name ends with that no topic does: a zone's 管委会, a 研究会 or 协会, a bureau, an office. */
const OWN_BODY = /(?:管委会|管理委员会|工作委员会|研究会|协会|学会|商会|促进会|联合会|工商联|妇联|残联|科协|团委|局|办公室)$/;


/** The last comma before `before` and after `floor`, or `floor` when there is none. */
function previousComma(text: string, before: number, floor: number): number {
  let at = before - 1;
  while (at > floor && !isComma(text.charCodeAt(at))) at--;
  return at;
}

/**
 * Where a sentence's note ends before a last clause that says by when (`…，县自然资源局配合，2023年10月底前完工`): that
 * clause's comma; `end` where the last clause says more.
 */
function beforeTrailingTime(text: string, from: number, end: number): number {
  const comma = previousComma(text, end, from);
  if (comma <= from || end - comma - 1 > MAX_TRAILING_TIME || end - comma < 3) return end;
  // a deadline (`2023年10月底前完工`), not how often a unit reports (`每月报送工作进展`, 南海 probe round 78)
  return readDeadline(text.slice(comma + 1, end)) !== null ? comma : end;
}

const COMMA = /[,，]/;

/** The work named before 由 in a sentence that says who does it: `宣传报道` of `宣传报道由市融媒体中心负责`. */
/** Tasks named by their numbers before 由: `第6项`, `以上措施第1至3项`, `上述工作`. */
const ITEMS_BY_NUMBER = /^(?:以上|上述|前述|本项|此项)|第[\d一二三四五六七八九十]|[\d一二三四五六七八九十]项/;
const TOPIC_BEFORE_BY = /^([^,，、;；由]{2,8})由(?![于此])/;

/** A sentence's last clause naming a helper and its part: `…，Y配合做好水质监测`. */
const HELPER_DUTY_END = /[,，][^,，;；。]{2,30}?(?:配合|协助)(做好[\u4e00-\u9fa5]{1,12})$/;

/** The longest last clause read as a time alone: `2023年10月底前完工`, `汛期前全部完成`. */
const MAX_TRAILING_TIME = 16;

/** `,` and `，`: what opens a clause. */
function isComma(code: number): boolean {
  return code === 0x2c || code === 0xff0c;
}

/** Whether a span of `spans` (in order) from the `nearby`th on reaches into text[from, to). */
function overlaps(spans: readonly NoteSpan[], nearby: number, from: number, to: number): boolean {
  for (let k = nearby; k < spans.length; k++) {
    const span = spans[k]!;
    if (span.start >= to) return false;
    if (span.end > from) return true;
  }
  return false;
}

/** A sentence's stop: 。 ; ；. */
function isStop(code: number): boolean {
  return code === 0x3002 || code === 0x3b || code === 0xff1b;
}

/** The last stop in text[from, at], or -1: searched within the range only. */
function lastStop(text: string, from: number, at: number): number {
  for (let i = at; i >= from; i--) if (isStop(text.charCodeAt(i))) return i;
  return -1;
}

/** The last place of the character in text[from, at], or -1: searched within the range only (lastIndexOf may run on to the text's start). */
function lastBetween(text: string, char: string, from: number, at: number): number {
  const code = char.charCodeAt(0);
  for (let i = at; i >= from; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function endOfParagraph(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The next place of a character at or after a position, for positions asked in rising order: the
 * answer stands until the search passes it, so each stretch of the text is searched once.
 */
class ForwardSearch {
  private from = -1;
  private found = -1;

  constructor(private readonly text: string, private readonly char: string) {}

  next(at: number): number {
    if (this.from < 0 || at < this.from || (this.found >= 0 && this.found < at)) {
      this.from = at;
      this.found = this.text.indexOf(this.char, at);
    }
    return this.found;
  }
}

/**
 * The closing bracket of each opening bracket in a stretch of text, matched in one pass with a
 * stack (any closer closes the latest opener, as a reader counts them: `(州住建局〕`).
 */
class BracketPartners {
  /** Two slots per character from `start`: an opener's closer (-1 while none), then the brackets opened inside it. */
  private readonly slots: Int32Array;

  constructor(text: string, private readonly start: number, end: number) {
    const slots = (this.slots = slotsFor(2 * (end - start)));
    // the openers not yet closed, a stack in a typed array: a line of a million brackets grows no array
    const open = end - start <= SHARED_STACK.length ? SHARED_STACK : new Int32Array(end - start);
    let depth = 0;
    let seen = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (isOpener(code)) {
        const slot = 2 * (i - start);
        open[depth++] = slot;
        // until it closes, an opener's second slot holds how many openers came before it
        slots[slot + 1] = seen++;
      } else if (depth > 0 && isCloser(code)) {
        const slot = open[--depth]!;
        slots[slot] = i;
        slots[slot + 1] = seen - slots[slot + 1]! - 1;
      }
    }
  }

  /** The closer of the opening bracket at `open`, or -1 when it is never closed in the stretch. */
  closerOf(open: number): number {
    return this.slots[2 * (open - this.start)] ?? -1;
  }

  /** How many brackets open between the opener at `open` and its closer (ask only of an opener that closes). */
  innerOpenersOf(open: number): number {
    return this.slots[2 * (open - this.start) + 1] ?? 0;
  }
}

/**
 * Slots shared by the partners of short paragraphs, filled with -1: a typed array costs about a
 * microsecond to make, more than pairing the brackets of a usual paragraph. Only one
 * BracketPartners is in use at a time (findBracketNotes reads one paragraph after another and
 * nothing it calls looks for notes), so they may share.
 */
const SHARED_SLOTS = new Int32Array(4096);
/** The stack of a short stretch's open brackets, shared as its slots are. */
const SHARED_STACK = new Int32Array(SHARED_SLOTS.length / 2);
/** A stretch whose partners are kept for the next search of the same text: past the shared slots. */
const LONG_STRETCH = SHARED_SLOTS.length / 2;

function slotsFor(count: number): Int32Array {
  if (count > SHARED_SLOTS.length) return new Int32Array(count).fill(-1);
  return SHARED_SLOTS.subarray(0, count).fill(-1);
}

/** The closer a note opened at `open` is read to: its partner within MAX_NOTE characters, or -1 (read as unclosed). */
function readableCloser(partners: BracketPartners, open: number): number {
  const partner = partners.closerOf(open);
  return partner >= 0 && partner < open + MAX_NOTE ? partner : -1;
}

/**
 * Where an unclosed bracket after `open` could first be read as a note, when the one at `open`
 * was not: within MAX_NOTE of the paragraph's end, or of the same next stop `。`.
 */
function unclosedReach(open: number, paragraphEnd: number, stops: ForwardSearch): number {
  const stop = stops.next(open);
  const byParagraph = paragraphEnd - MAX_NOTE;
  return stop >= 0 && stop < paragraphEnd ? Math.min(byParagraph, stop - MAX_NOTE) : byParagraph;
}

/**
 * The next position from `from` worth reading: the next bracket that closes in reach, or `reach`.
 * Unclosed brackets before `reach` read as nothing, as the one before them did; passing them one
 * at a time cost a line of 8 million `(` a note search each.
 */
function skipUnclosed(text: string, partners: BracketPartners, from: number, reach: number): number {
  let i = from;
  while (i < reach && (!isOpener(text.charCodeAt(i)) || readableCloser(partners, i) < 0)) i++;
  return i;
}

/** The matching opening bracket of the closer at `close`, within MAX_NOTE characters, or -1. */
function findOpen(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= Math.max(0, close - MAX_NOTE); i--) {
    const code = text.charCodeAt(i);
    if (isCloser(code)) depth++;
    else if (isOpener(code) && --depth === 0) return i;
  }
  return -1;
}

/** What may follow a paragraph's last note: white space and 。 . ; ； */
function isColonStopOrSpace(code: number): boolean {
  return code === 0x3a || code === 0xff1a || isStopOrSpace(code);
}

function isNoteTrail(code: number): boolean {
  return code === 0x3002 || code === 0x2e || code === 0x3b || code === 0xff1b || isWhiteSpace(code);
}
