/**
 * Paragraphs → the numbered hierarchy (一、 / (一) / 1. / (1) / ①, 第一章 …), with numbering diagnostics.
 */
import type { Diagnostic } from '../model/document.js';
import { excerpt, isStopOrSpace, trimEndWhere } from '../readers/text.js';
import { type Marker, type MarkerKind, decimalDepth, markerRank, readOrdinal } from './numbering.js';
import type { Paragraph } from './paragraphs.js';
import { isPersonLine, type NoteFinder } from './find-notes.js';
import { proseDivision } from './prose-division.js';
import { remembered } from '../collections.js';

/**
 * A numbered item: its marker, its own paragraphs and its children. The first paragraph keeps its
 * marker (`paragraphs[0].text.slice(marker.length)` is the item's own text, see {@link itemText}):
 * a document of many short items keeps one string a line rather than two.
 */
export interface Item {
  marker: Marker;
  /** The family key used for nesting: the marker kind, decimal markers by depth. */
  key: string;
  paragraphs: Paragraph[];
  children: Item[];
  /** Its last paragraph ends with a responsibility note: later unnumbered text is not its own. */
  closed: boolean;
}

/** An item's text without its marker, paragraphs joined by \n. */
export function itemText(item: Item): string {
  const { paragraphs, marker } = item;
  const first = paragraphs[0]!.text.slice(marker.length);
  if (paragraphs.length === 1) return first;
  let text = first;
  for (let i = 1; i < paragraphs.length; i++) text += `\n${paragraphs[i]!.text}`;
  return text;
}

export interface SegmentOptions {
  /**
   * The document's numbering may be missing from its text (a .doc, whose Word-drawn numbers are
   * not in it): text left out after an item may be an item of its own whose number was lost, with
   * its note and the items under it.
   */
  numberingMayBeLost?: boolean;
}

export interface Segmentation {
  /** Unnumbered paragraphs before the first item. */
  preamble: Paragraph[];
  roots: Item[];
  /** Unnumbered paragraphs after a closed task, kept apart so no text is lost. */
  loose: Paragraph[];
  diagnostics: Diagnostic[];
}

/**
 * The children of an item that has none yet: one list for all, frozen. An item's first child
 * replaces it (segmentTasks never pushes into an empty list), and most items of a plan stay leaves.
 */
const NO_CHILDREN = Object.freeze([] as Item[]) as Item[];

/** The shortest paragraph whose copy right after it is a copy, not a line a plan writes twice (`同上`, `（略）`). */
const MIN_DUPLICATE = 12;

/** Whether paragraph p repeats the one before it, the two of them alone alike among their neighbours. */
function isPastedCopy(paragraphs: readonly Paragraph[], p: number): boolean {
  const text = paragraphs[p]!.text;
  if (p === 0 || text.length < MIN_DUPLICATE || text !== paragraphs[p - 1]!.text) return false;
  return paragraphs[p - 2]?.text !== text && paragraphs[p + 1]?.text !== text;
}

/** Keys of decimal markers by depth (1.1 → decimal2), made once. */
const DECIMAL_KEYS = ['decimal0', 'decimal1', 'decimal2', 'decimal3', 'decimal4'];

function familyKey(marker: Marker): string {
  if (marker.kind !== 'decimal') return marker.kind;
  const depth = decimalDepth(marker.printed);
  return DECIMAL_KEYS[depth] ?? `decimal${depth}`;
}

function familyRank(marker: Marker): number {
  return markerRank(marker.kind) + (marker.kind === 'decimal' ? decimalDepth(marker.printed) / 10 : 0);
}

/**
 * Nests numbered paragraphs like nested lists: a marker family already open is a sibling
 * (closing what is below it). A family seen before goes back under the family it first stood
 * under (a document's own order: 一、 → 1. → (一) as well as 一、 → (一) → 1.); a new family opens a
 * level below — unless its usual rank is higher than the open ones (a 二、 after 1. items closes them).
 */
export function segmentTasks(paragraphs: readonly Paragraph[], finder: NoteFinder, options: SegmentOptions = {}): Segmentation {
  const numberingLost = options.numberingMayBeLost ?? false;
  const segmentation: Segmentation = { preamble: [], roots: [], loose: [], diagnostics: [] };
  const stack: Item[] = [];
  const lastValue = new Map<string, number>();
  const parentFamily = new Map<string, string | null>();
  const repeatMessage = remembered((printed) => `序号“${printed}”与上一条重复`);
  // a 专栏 box: the families open before it, whose next item ends it
  let box: ReadonlySet<string> | null = null;
  // the last number of each family inside the box
  const boxValues = new Map<string, number>();
  // indexed: a for…of run once over a long document makes a step object for every paragraph
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    // a paragraph pasted twice, the copy right after it (湘潭 probe round 50): read once, its units counted once, the copy
    // kept apart (no text lost); a run of three or more alike is what the document says, not a slip
    if (isPastedCopy(paragraphs, p)) {
      segmentation.loose.push(paragraph);
      segmentation.diagnostics.push({ code: 'duplicate-paragraph', severity: 'warning', message: `“${excerpt(paragraph.text, 0, 20)}…”与上一段完全相同，只计一次`, line: paragraph.line });
      continue;
    }
    const marker = paragraph.marker;
    // a box's own items numbered like the measures around it (浙江 probe round 66: measures 1. 2., the box's 1. 2. 3.,
    // then measure 3.): only the number that goes on from the measures, and not from the box's own, ends it
    if (box !== null && (!marker || !box.has(familyKey(marker)) || !endsBox(marker, lastValue.get(familyKey(marker)), boxValues))) {
      if (marker) boxValues.set(familyKey(marker), marker.value);
      segmentation.loose.push(paragraph);
      continue;
    }
    box = null;
    boxValues.clear();
    if (!marker && BOX_TITLE.test(paragraph.text)) {
      box = new Set(stack.map((item) => item.key));
      segmentation.loose.push(paragraph);
      segmentation.diagnostics.push({ code: 'text-box', severity: 'info', message: `“${excerpt(paragraph.text, 0, 24)}”是专栏，其中的编号项目不计为任务`, line: paragraph.line });
      continue;
    }
    if (!marker) {
      attachUnnumbered(stack, paragraph, segmentation, finder, numberingLost);
      continue;
    }
    const key = familyKey(marker);
    // `保障措施` left out after a closed item, then a family not seen before: the heading's number
    // was lost (a .doc's, drawn by Word), and what follows stands under it, not under the item
    if (numberingLost && !parentFamily.has(key) && stack.length > 0 && opensLostSection(segmentation.loose, stack[stack.length - 1]!)) stack.length = 0;
    closeLevels(stack, marker, key, parentFamily);
    const parent = stack[stack.length - 1] ?? null;
    if (!parentFamily.has(key)) parentFamily.set(key, parent?.key ?? null);
    const siblings = parent ? parent.children : segmentation.roots;
    const previous = lastOfFamily(siblings, key);
    checkNumbering(marker, previous, lastValue.get(key), paragraph.line, segmentation.diagnostics, repeatMessage);
    lastValue.set(key, marker.value);
    const item: Item = { marker, key, paragraphs: [paragraph], children: NO_CHILDREN, closed: finder.endsWithNote(paragraph.text.slice(marker.length)) };
    // a first child gets an array of its own size: a push would reserve room for seventeen
    if (parent && siblings.length === 0) parent.children = [item];
    else siblings.push(item);
    stack.push(item);
  }
  for (let i = 0; i < segmentation.roots.length; i++) {
    splitOrdinalRuns(segmentation.roots[i]!, finder);
    foldContentRuns(segmentation.roots[i]!, finder);
  }
  return segmentation;
}

/**
 * Points set on lines of their own as `一是…` / `二是…`, each with its own note (乔庄 probe round 68:
 * `（一）严格火源管控` / `一是严格野外用火审批。…（责任单位：…）` / `二是加强重点时段巡查。…（责任单位：…）`), or
 * followed by a note covering them (`以上两项由镇应急管理办公室负责，…`): the item's tasks, as numbered points
 * would be. Points with no note of their own, or with one only at the end, are the item's text, and so are
 * those of an item with its own note.
 */
function splitOrdinalRuns(item: Item, finder: NoteFinder): void {
  if (item.children.length > 0) {
    for (let i = 0; i < item.children.length; i++) splitOrdinalRuns(item.children[i]!, finder);
    return;
  }
  const { paragraphs } = item;
  if (paragraphs.length < 3) return;
  // the run: 一是, 二是, 三是 … in order, each opening a paragraph after the item's first
  const starts: number[] = [];
  const markers: Marker[] = [];
  for (let p = 1; p < paragraphs.length; p++) {
    // 是 after one to three numerals (`一是`, `十一是`): most paragraphs are not asked the pattern
    const ordinal = paragraphs[p]!.text.slice(1, 4).includes('是') ? readOrdinal(paragraphs[p]!.text) : null;
    if (!ordinal) continue;
    if (ordinal.value !== markers.length + 1) return;
    starts.push(p);
    markers.push(ordinal);
  }
  if (markers.length < 2) return;
  const own = paragraphs.slice(0, starts[0]);
  if (finder.findNotes(own.map((paragraph, i) => (i === 0 ? paragraph.text.slice(item.marker.length) : paragraph.text)).join('\n')).length > 0) return;
  const points: Item[] = starts.map((start, i) => {
    const held = paragraphs.slice(start, starts[i + 1] ?? paragraphs.length);
    return { marker: markers[i]!, key: 'ordinal', paragraphs: held, children: NO_CHILDREN, closed: false };
  });
  const noted = points.filter((point) => finder.findNotes(itemText(point)).length > 0).length;
  const lastPoint = points[points.length - 1]!;
  const covered = lastPoint.paragraphs.length > 1 && finder.coversAbove(lastPoint.paragraphs[lastPoint.paragraphs.length - 1]!.text);
  if (noted < 2 && !covered) return;
  item.paragraphs = own;
  item.children = points;
}

/** The families a task's points are numbered in, below the tasks: (1), 1), ①. */
const POINT_KINDS: ReadonlySet<MarkerKind> = new Set(['num-paren', 'num-half', 'circled']);

/**
 * Points numbered (1), (2), (3) under an item, none with a note but the last, which has one at its
 * end or on a line after it: the points are the item's content and the note is the item's (安吉,
 * 临泽, probe round 16). The item is one task; points each with a note of their own stay tasks, and
 * so do points whose last note says it covers the tasks above (`（以上任务由…负责）`).
 *
 *     > | (一)提升竹林经营水平。
 *       | (1)推进现代化经营。新建示范基地1万亩。
 *       | (2)完善基础设施。新建林道100公里。
 *       | (责任单位:县林业局、县农业农村局)
 */
function foldContentRuns(item: Item, finder: NoteFinder): void {
  const { children } = item;
  if (children.length === 0) return;
  for (let i = 0; i < children.length; i++) foldContentRuns(children[i]!, finder);
  // a task with its note, its points under it with none (东安 probe round 21: `1.推进紧密型县域医共体建设。
  // （牵头单位：市卫健委，配合单位：…）` over `（1）…` `（2）…`): the points are its content
  if (children.every((child) => child.children.length === 0 && POINT_KINDS.has(child.marker.kind)) && !POINT_KINDS.has(item.marker.kind) &&
    finder.findNotes(itemText(item)).length > 0 && children.every((child) => finder.findNotes(itemText(child)).length === 0)) {
    fold(item);
    return;
  }
  if (children.length < 2 || item.closed) return;
  // items numbered 1., 2. under a title (綦江 probe round 51: `（五）促进农村劳动力转移就业。` / `1.…` / `2.…` /
  // `（区人力社保局、区农业农村委牵头，各镇街负责落实）`) are its points where the note stands on a line of its own after them
  const last = children[children.length - 1]!;
  const numbered = children.every((child) => child.marker.kind === 'num') && !POINT_KINDS.has(item.marker.kind) && item.paragraphs.length === 1 &&
    isTitleWithNote(itemText(item), finder) && last.paragraphs.length >= 2 && finder.isNoteOnly(last.paragraphs[last.paragraphs.length - 1]!.text);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.children.length > 0 || (!POINT_KINDS.has(child.marker.kind) && !numbered)) return;
    const notes = finder.findNotes(itemText(child));
    if ((notes.length > 0) !== (i === children.length - 1)) return;
    // an item dividing its work in prose has its own note (湘潭 probe round 57: `4.…，由市交通运输局牵头、市商务局、
    // 市邮政管理局配合，…` / `5.推进“快递进村”。…` / `牵头单位：市邮政管理局　配合单位：…`): the items are tasks
    if (numbered && i < children.length - 1 && proseDivision(itemText(child), finder).length > 0) return;
    // `（以上任务由县农业农村局负责，…）` says the points are tasks, each its units (汉寿 probe round 33)
    if (notes.some((span) => span.note.covers !== null)) return;
  }
  if (finder.findNotes(itemText(item)).length > 0) return;
  fold(item);
}

/** The item's children made its own paragraphs: one task. */
function fold(item: Item): void {
  for (let i = 0; i < item.children.length; i++) item.paragraphs.push(...item.children[i]!.paragraphs);
  item.children = NO_CHILDREN;
  item.closed = true;
}

/**
 * The title of a box set beside the text (`专栏1　2024年种业创新重点项目`): its numbered projects
 * illustrate the task before it and are no tasks; the box runs to the next item of a family open
 * before it.
 */
// …or with no number, a short title after it (陕西, 宜昌 probe round 66: `专栏　“十四五”重点项目`, `专栏：年度目标`)
const BOX_TITLE = /^专栏(?:\s*(?:\d{1,3}(?!\d)|[一二三四五六七八九十]{1,3}(?![一二三四五六七八九十])|[:：])|\s{0,3}(?=[^\s。;；,，][^。;；,，]{1,29}$))/;

/** Whether an item of a family open before a box ends it: its number goes on from the items before the box, not from the box's own. */
function endsBox(marker: Marker, last: number | undefined, boxValues: ReadonlyMap<string, number>): boolean {
  if (last === undefined || marker.value !== last + 1) return false;
  const inBox = boxValues.get(familyKey(marker));
  return inBox === undefined || marker.value !== inBox + 1;
}

/** Pops the stack to where an item of this family belongs. */
function closeLevels(stack: Item[], marker: Marker, key: string, parentFamily: ReadonlyMap<string, string | null>): void {
  const open = indexOfFamily(stack, key);
  if (open >= 0) {
    popTo(stack, open);
    return;
  }
  const learned = parentFamily.get(key);
  const under = learned ? indexOfFamily(stack, learned) : -1;
  if (under >= 0) {
    popTo(stack, keptAbove(stack, under, marker, key, parentFamily) + 1);
    return;
  }
  // a new family nests under what is open, except an outline head (一、, 第一章) after deeper items
  if (markerRank(marker.kind) > markerRank('cn')) return;
  // articles under a chapter's heading (洛阳 probe round 61: `一、持续优化发展环境` / `第一条　放宽市场准入。…`): the
  // measures of a 若干措施 numbered 第一条… under the 一、 that groups them
  if (marker.kind === 'article' && stack.length > 0 && isChapterHeading(stack[stack.length - 1]!)) return;
  while (stack.length > 0 && familyRank(stack[stack.length - 1]!.marker) > familyRank(marker)) stack.pop();
}

/** A 一、 heading alone on its line, no sentence of a task: `一、持续优化发展环境`. */
function isChapterHeading(item: Item): boolean {
  if (item.marker.kind !== 'cn' || item.paragraphs.length !== 1 || item.children.length > 0) return false;
  const { text } = item.paragraphs[0]!;
  return text.length - item.marker.length <= 30 && !/[。；;，,]/.test(text);
}

/**
 * Where a family seen before goes back to: under the family it first stood under (`under`), or
 * under an item opened since whose family usually ranks above it and never stood under it. 1.
 * items first under 三、 and now after `(二)…问题。` of 四、 are the problem's own measures (曲靖, 湘潭县
 * probe round 26), where (一) items first under 1. and now after (1) close it.
 *
 *     > | 三、整改原则
 *       | 1.坚持问题导向。…
 *       | 四、整改任务
 *       | (二)曲靖经济技术开发区西城污水处理厂长期超负荷运行问题。
 *       | 1.2022年6月底前完成西城污水处理厂二期扩建工程…   ← under (二), not under 四、
 */
function keptAbove(stack: readonly Item[], under: number, marker: Marker, key: string, parentFamily: ReadonlyMap<string, string | null>): number {
  const rank = familyRank(marker);
  for (let i = stack.length - 1; i > under; i--) {
    const item = stack[i]!;
    if (familyRank(item.marker) < rank && parentFamily.get(item.key) !== key) return i;
  }
  return under;
}

/** Where an item of the family stands in the stack, or -1: a loop, which allocates no callback for each paragraph. */
function indexOfFamily(stack: readonly Item[], key: string): number {
  for (let i = 0; i < stack.length; i++) if (stack[i]!.key === key) return i;
  return -1;
}

/** Shortens the stack to `depth` items: popping costs a few items, where setting the length is a call into the engine each time. */
function popTo(stack: Item[], depth: number): void {
  while (stack.length > depth) stack.pop();
}

function lastOfFamily(siblings: readonly Item[], key: string): Item | null {
  for (let i = siblings.length - 1; i >= 0; i--) if (siblings[i]!.key === key) return siblings[i]!;
  return null;
}

/** Whether the text last left out after the item is a heading of its own: short, no sentence in it. */
function opensLostSection(loose: readonly Paragraph[], item: Item): boolean {
  const last = loose[loose.length - 1];
  return last !== undefined && last.line > item.paragraphs[item.paragraphs.length - 1]!.line && last.text.length <= 16 && !/[。;；,，:：]/.test(last.text);
}

/** A line that is a label and its value (`责任人：陈××`, `联系电话：…`, `【目标任务】…`): no text a note could be about. */
const LABEL_AND_VALUE = /^(?:[^:：。,，]{1,6}[:：]|【[^】]{1,6}】)/;

/**
 * A field of a project block: its units, its leader, its goal, its measures, its time limit — not a
 * remark or a contact after it (`注：…`, `联系人：…`).
 *
 *     > | 目标任务：闽江干流及主要支流国控断面水质优良比例保持100%。 · 【工作措施】开展打击毁林专项行动…
 */
const BLOCK_FIELD = /^【?(?:目标任务|工作目标|年度目标|主要目标|工作任务|主要任务|工作措施|主要措施|推进措施|建设内容|工作内容|主要内容|建设规模|总投资|投资规模|责任领导|牵头领导|分管领导|督办领导|(?:分管)?[局委]领导|[^:：。,，【】]{0,4}(?:单位|部门|科室|处室)|完成时限|完成时间|时间节点|时限要求|整改目标|整改措施|整改时限|整改期限|(?:整改)?责任人)(?:】|\s*[:：])/;

/** An item whose text ends by announcing a list: `重点推进以下工作:`. */
export const INTRODUCES_LIST = /[:：]\s*$/;

/**
 * Items that are the clauses of one sentence, each but the last ending with a semicolon (沭阳 probe
 * round 49: `1.推进农村生活污水治理…；` `2.深化农村生活垃圾分类…；` `3.实施农村户厕问题摸排整改“回头看”。`).
 */
function isOneSentence(items: readonly Item[]): boolean {
  for (let i = 0; i < items.length - 1; i++) {
    const text = items[i]!.paragraphs[items[i]!.paragraphs.length - 1]!.text;
    if (!CLAUSE_END.test(text)) return false;
  }
  return true;
}

const CLAUSE_END = /[;；]\s*$/;

/** A task whose text is a short title with its note: `(一)推进产业发展(县农业农村局牵头)`. */
const TITLE_WITH_NOTE = 40;

function isTitleWithNote(text: string, finder: NoteFinder): boolean {
  const notes = finder.findNotes(text);
  const title = trimEndWhere(notes.length > 0 ? text.slice(0, notes[notes.length - 1]!.start) : text, isStopOrSpace);
  return title.length <= TITLE_WITH_NOTE && !/[。;；]/.test(title);
}

/**
 * An unnumbered paragraph continues the open item — unless that item ended with its note, in which
 * case only another note (`责任单位：…` on its own line), a paragraph with its own note (a heading's
 * unnumbered tasks: `(三)强化要素保障` then `加大用地保障力度…(责任单位:县自然资源局)`, one a
 * paragraph) or the body under a titled task (`(一)推进产业发展(县农业农村局牵头)` then its
 * paragraphs) is still its own. Anything else is kept apart and reported, never dropped. A note on
 * its own line after a list none of whose items has one (`2.…:` `①…` `②…` `(责任单位:…)`) closes
 * the item the list belongs to, and the list becomes that item's text: it is one task.
 */
function attachUnnumbered(stack: Item[], paragraph: Paragraph, segmentation: Segmentation, finder: NoteFinder, numberingLost: boolean): void {
  const current = stack[stack.length - 1];
  if (!current) {
    segmentation.preamble.push(paragraph);
    return;
  }
  const parent = stack[stack.length - 2];
  if (parent && !current.closed && !parent.closed && parent.children.length >= 2 && parent.children.includes(current) && (INTRODUCES_LIST.test(itemText(parent)) || isOneSentence(parent.children)) &&
    finder.isNoteOnly(paragraph.text) && parent.children.every((item) => item.children.length === 0 && finder.findNotes(itemText(item)).length === 0) &&
    // …unless the note names the items it covers (西充 probe round 60: `整改措施：` / `4.…` / `5.…` / `（以上2项由…牵头…）`): they stay tasks
    !finder.findNotes(paragraph.text).some((span) => span.note.covers !== null)) {
    // the list is the item's content, the note after it the item's: one task, its text the list
    stack.pop();
    for (const item of parent.children) parent.paragraphs.push(...item.paragraphs);
    parent.paragraphs.push(paragraph);
    parent.children = [];
    parent.closed = true;
    return;
  }
  // a title with its note, on one line or over two (`(六)开展河湖“清四乱”专项行动。` / `责任单位：县水利局`)
  const titled = (current.paragraphs.length === 1 && isTitleWithNote(itemText(current), finder))
    || (current.paragraphs.length === 2 && finder.isNoteOnly(current.paragraphs[1]!.text) && isTitleWithNote(current.paragraphs[0]!.text.slice(current.marker.length), finder));
  // a paragraph with its own note joins unless text was already left out after the item (closing remarks)
  const leftOut = segmentation.loose.length > 0 && segmentation.loose[segmentation.loose.length - 1]!.line > current.paragraphs[0]!.line;
  // asked only of a paragraph after a closed item: most paragraphs continue an open one
  const noteOnly = current.closed && finder.isNoteOnly(paragraph.text);
  // a note on its own line right after text left out is that text's (a .doc's item whose number Word drew), not the item's
  const lastLeftOut = segmentation.loose[segmentation.loose.length - 1];
  // …and in other text, the paragraph left out right after the item goes back into it with its note, as one ending with
  // its own note does (金坛 probe round 45: `（一）落实党政领导责任` / text / `牵头单位：…` / text / `牵头单位：…`)
  const lastHeld = current.paragraphs[current.paragraphs.length - 1]!;
  if (!numberingLost && noteOnly && leftOut && paragraph.line - lastLeftOut!.endLine <= 2 && lastLeftOut!.line - lastHeld.endLine <= 2 && !LABEL_AND_VALUE.test(lastLeftOut!.text)) {
    segmentation.loose.pop();
    const at = segmentation.diagnostics.findLastIndex((d) => d.code === 'unattached-text' && d.line === lastLeftOut!.line);
    if (at >= 0) segmentation.diagnostics.splice(at, 1);
    current.paragraphs.push(lastLeftOut!, paragraph);
    return;
  }
  if (numberingLost && noteOnly && leftOut && paragraph.line - lastLeftOut!.endLine <= 2 && !LABEL_AND_VALUE.test(lastLeftOut!.text)) {
    segmentation.loose.push(paragraph);
    segmentation.diagnostics.push({ code: 'unattached-text', severity: 'info', message: `任务“${current.marker.printed}”之后未编号的文字带有自己的责任表述，未计入该任务：${excerpt(paragraph.text, 0, 20)}…`, line: paragraph.line });
    return;
  }
  // a project block: its title, then its fields a line each in any order (`牵头单位：…`, `责任领导：…`, `目标任务：…`, `工作措施：…`)
  const block = current.closed && !titled && current.paragraphs.length >= 2 && BLOCK_FIELD.test(paragraph.text) && current.paragraphs.every((held, i) => i === 0 || BLOCK_FIELD.test(held.text))
    && isTitleWithNote(current.paragraphs[0]!.text.slice(current.marker.length), finder);
  // who answers for it among the note's lines (邯郸 probe round 32: `责任单位：…` `责任领导：王建国（副市长）` `责任人：…`
  // `完成时限：…`): part of the note, the item stays closed
  if (current.closed && !leftOut && isPersonLine(paragraph.text)) {
    current.paragraphs.push(paragraph);
    return;
  }
  // a note covering the tasks above, after one with its own note (红花套 probe round 54: `6.…（责任单位：镇城建办）` / `以上任务由…牵头，
  // 各村（社区）负责落实。`): the tasks' it covers, read where it is written
  if (current.closed && !leftOut && !noteOnly && finder.coversAbove(paragraph.text)) {
    current.paragraphs.push(paragraph);
    return;
  }
  // a plan that writes its notes as sentences writes its parts so too (宿松 probe round 81: `…由县农业农村局负责，各乡镇人民政府具体实施。`
  // then `…由县住建局、县自然资源和规划局负责，各乡镇人民政府配合。`): after a part closed by a sentence, another closed by one is the task's
  const bySentence = current.closed && current.paragraphs.length >= 2 && !finder.endsWithNote(lastHeld.text, true);
  if (current.closed && !titled && !block && !noteOnly && (leftOut || !finder.endsWithNote(paragraph.text, !bySentence))) {
    segmentation.loose.push(paragraph);
    segmentation.diagnostics.push({ code: 'unattached-text', severity: 'info', message: `任务“${current.marker.printed}”的责任表述之后还有一段未编号的文字，未计入任务：${excerpt(paragraph.text, 0, 20)}…`, line: paragraph.line });
    return;
  }
  current.paragraphs.push(paragraph);
  current.closed = finder.endsWithNote(paragraph.text);
}

/** Numbering that restarts at 1 or runs on from the same family's last number is fine; anything else is reported. */
function checkNumbering(
  marker: Marker, previous: Item | null, runningValue: number | undefined, line: number, diagnostics: Diagnostic[], repeatMessage: (printed: string) => string,
): void {
  const value = marker.value;
  // outline numbers restart under a new prefix: 1.2 then 2.1
  const samePrefix = !previous || marker.kind !== 'decimal' || outlinePrefix(previous.marker) === outlinePrefix(marker);
  if (!samePrefix) return;
  const expected = previous ? previous.marker.value + 1 : 1;
  if (value === expected || (!previous && runningValue !== undefined && value === runningValue + 1)) return;
  if (previous && value === previous.marker.value) {
    diagnostics.push({ code: 'numbering-repeat', severity: 'warning', message: repeatMessage(marker.printed), line });
  } else if (previous && value < previous.marker.value) {
    diagnostics.push({ code: 'numbering-out-of-order', severity: 'warning', message: `序号“${marker.printed}”出现在“${previous.marker.printed}”之后`, line });
  } else {
    const after = previous ? `“${previous.marker.printed}”之后` : '开头';
    diagnostics.push({ code: 'numbering-gap', severity: 'warning', message: `序号不连续：${after}是“${marker.printed}”`, line });
  }
}

function outlinePrefix(marker: Marker): string {
  return marker.printed.slice(0, marker.printed.lastIndexOf('.'));
}
