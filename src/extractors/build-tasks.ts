/**
 * The numbered hierarchy → tasks: headings told from tasks, notes read and removed from the text,
 * units given their roles under the document's convention, titles and deadlines found.
 */
import { type Diagnostic, printedPath, type Role, ROLE_STRENGTH, type RoleConvention, type Task, type UnitAssignment } from '../model/document.js';
import { readDeadline } from './deadline.js';
import { excerpt, isWhiteSpace, trimEndWhere } from '../readers/text.js';
import { isListMarkOnly, listMarkLength, NO_SPANS, type NoteFinder, type NoteSpan } from './find-notes.js';
import type { NoteCoverage, ParsedNote } from './responsibility-note.js';
import { giveLegendRole, type UnitLegend } from './tables.js';
import { INTRODUCES_LIST, type Item, itemText } from './segment-tasks.js';
import type { Paragraph } from './paragraphs.js';
import { type MarkerKind, readMarker } from './numbering.js';
import { endsLikeOrganization, type ListedUnit, unitKey, writtenUnit } from './units.js';
import { isCarriedPlace } from './unit-names.js';
import { foldTraditional } from './fold.js';
import { proseDivision } from './prose-division.js';
import { opensDivisionSection } from './division-by-number.js';
import { ROLE_WORD_MARK } from './note-labels.js';
import { append, remembered, withLast } from '../collections.js';

export interface BuildTasksOptions {
  /** 正文, or an attachment's label (附件2). */
  part: string;
  /** Prefix of task ids: '' for the body, 'A2.' for 附件2. */
  idPrefix: string;
  convention: RoleConvention | null;
  finder: NoteFinder;
  /** Whether a name is a unit's (the unit dictionary knows it and its level): what a heading must name to give its units to the tasks under it. */
  isUnitName: (name: string) => boolean;
  /** The place a name of a list is written with, carried to the names after it (see listPlace): two names written alike under two places are two units. */
  placeOf?: (name: string) => string;
  /** The document has a responsibility table (任务分工表): its tasks are there, and the body's unmarked items name no units in their prose. */
  hasTable?: boolean;
  /** The role the document gives units marked after their names (`标注“*”的为牵头单位，其余为配合单位`), or null. */
  legend?: UnitLegend | null;
  /** The runs set in bold, by source line, where the reader knows them (a Word document). */
  emphasis?: ReadonlyMap<number, readonly string[]>;
}

interface Built {
  tasks: Task[];
  diagnostics: Diagnostic[];
  /** The last task that names units: what a note saying 同上 refers to. */
  lastNamed?: Task;
}

/**
 * Turns items into tasks: an item is a task when it carries a responsibility note or is a leaf
 * (`1.完善园区基础设施。…(责任单位:…)`); an item with children and no note is a heading
 * (`(一)推进产业项目建设,提升造血能力`).
 */
export function buildTasks(roots: readonly Item[], options: BuildTasksOptions): Built {
  const built: Built = { tasks: [], diagnostics: [] };
  const ids = new Map<string, number>();
  // whether the plan marks its notes (brackets, labels): asked only when a task could name units in its prose
  let marked: boolean | null = options.hasTable ? true : null;
  const marksNotes = (): boolean => (marked ??= hasMarkedNote(roots, options.finder));
  const emptyTaskMessage = remembered((marker) => `“${marker}”后没有任务内容`);
  // the tasks whose note covers sibling tasks above them (以上任务…, 第5、6项任务由…)
  const covering = new Map<Task, Covering>();
  /** The task an item became, or null for a heading; the path and id of its parent are worked out once for all its children. */
  // any organization's name, where every heading among its siblings names one (see visitSiblings)
  const isOrganization = (name: string): boolean => options.isUnitName(name) || endsLikeOrganization(name);
  const visit = (item: Item, parent: Parent, unitFirst = false): Task | null => {
    // a heading's lines that each open with the units whose duty they are: tasks of their own
    if (item.children.length === 0 && item.paragraphs.length >= 3) splitDutyLines(item, options);
    const text = itemText(item);
    const notes = options.finder.findNotes(text);
    const path = withLast(parent.path, item.marker.printed);
    const idBase = idOf(item, parent);
    // a heading whose note says it is the items' below (`（三）提升监测预警和扑救能力（以下任务由市应急管理局牵头，…）`,
    // 丽水 probe round 33) is no task: the note is its children's
    const forBelow = item.children.length > 0 && notes.length > 0 && notes.every((span) => FOR_ITEMS_BELOW.test(text.slice(span.start, span.start + 12)));
    const isTask = notes.length > 0 || item.children.length === 0;
    const made = isTask ? makeTask(item, path, idBase, parent.headings, text, notes, options, ids, built, parent.unitHeading, marksNotes) : null;
    const task = forBelow ? null : made;
    if (task && !task.text && item.children.length === 0) {
      built.diagnostics.push({ code: 'empty-task', severity: 'warning', message: emptyTaskMessage(item.marker.printed), line: task.line });
    }
    if (task) carryDown(task, notes, parent, built.diagnostics);
    const span = task !== null && task.units.length > 0 ? notes.find(coversTasks) : undefined;
    // `…同步实施管网更新。上述工作由县住建局负责。` in the task's own paragraph is about that task alone
    // …and a section dividing the work by the tasks' numbers (`四、任务分工` / `第1—3项：…`) names tasks anywhere above, read apart
    // (see divideByNumber), not its siblings (岳西 probe round 73)
    if (span && (span.written === 'bracket' || span.written === 'label' || span.start === 0 || text[span.start - 1] === '\n') && !(span.note.covers!.kind === 'numbered' && opensDivisionSection(text))) {
      covering.set(task!, { covers: span.note.covers!, units: collectUnits([span], options, task!.line, []), responsibility: noteText(text, span) });
    }
    if (task) {
      built.tasks.push(task);
      if (task.units.length > 0) built.lastNamed = task;
    }
    if (item.children.length > 0) {
      // a bare outline number stands apart from its heading, as printed: `2 重点任务`; so does a badge, `01 实施产业链提升行动`
      const gap = (item.marker.kind === 'decimal' && !item.marker.printed.includes('.')) || item.marker.kind === 'badge' ? ' ' : '';
      const heading = `${item.marker.printed}${gap}${headingText(text, notes)}`;
      // a heading's note (`一、做强特色产业(牵头单位:市工信局)`) is its children's where they have none
      const named = made ? headingNote(made) : options.finder.unitHeading(text, unitFirst ? isOrganization : options.isUnitName) ?? dutiesBelow(text, options);
      const unitHeading = named ? { heading, units: null, ...named, tasks: [], supported: [] } : parent.unitHeading;
      visitSiblings(item.children, { path, id: `${idBase}.`, headings: withLast(parent.headings, heading), unitHeading, carried: null });
      if (named) {
        const line = item.paragraphs[0]!.line;
        const { tasks, supported } = unitHeading!;
        if (tasks.length > 0) built.diagnostics.push({ code: 'units-from-heading', severity: 'info', message: `${tasksNamed(tasks)}没有责任表述，责任单位取自标题“${heading}”`, line });
        // 六安 probe round 90: `6.推进可再生能源建筑应用。…市机关事务管理局配合。` under `（以下任务由市住房城乡建设局牵头，…）`
        if (supported.length > 0) built.diagnostics.push({ code: 'units-from-heading', severity: 'info', message: `${tasksNamed(supported)}只写了配合单位，牵头或责任单位取自标题“${heading}”`, line });
      }
    }
    return task;
  };
  /**
   * A task without units among siblings that have them is a warning; tasks without units in
   * sections that never name units (principles, requirements) are only counted.
   */
  const visitSiblings = (items: readonly Item[], parent: Parent): void => {
    // a slot for each item, made to size: an item with one child does not reserve room for seventeen
    const tasks = new Array<Task | null>(items.length);
    let named = false;
    const unitFirst = namesOrganizations(items, options.finder, isOrganization);
    for (let i = 0; i < items.length; i++) {
      const task = visit(items[i]!, parent, unitFirst);
      tasks[i] = task;
      named ||= task !== null && task.units.length > 0;
    }
    if (covering.size > 0) {
      for (let i = 0; i < items.length; i++) {
        const covers = tasks[i] ? covering.get(tasks[i]!) : undefined;
        if (covers) coverSiblings(items, tasks, i, covers, built.diagnostics);
      }
    }
    if (!named) return;
    for (const task of tasks) {
      if (task && task.units.length === 0) built.diagnostics.push({ code: 'task-without-unit', severity: 'warning', message: `任务 ${task.id}（${printedPath(task.path)}）未找到责任单位`, line: task.line });
    }
  };
  visitSiblings(roots, { path: [], id: options.idPrefix, headings: [], unitHeading: null, carried: null });
  return built;
}

/**
 * Whether every heading among sibling items (two at least) names organizations and nothing else:
 * a plan an enterprise, a university or a hospital writes unit by unit, its headings its own
 * departments or its companies, which name no place (岳阳城投 `（一）综合办公室`, `（二）岳阳市城市资产经营管理有限公司`,
 * probe round 43). Each such heading then gives its units as a place-named one does.
 */
function namesOrganizations(items: readonly Item[], finder: NoteFinder, isOrganization: (name: string) => boolean): boolean {
  let headings = 0;
  for (const item of items) {
    if (item.children.length === 0) continue;
    if (finder.unitHeading(itemText(item), isOrganization) === null) return false;
    headings++;
  }
  return headings >= 2;
}

/**
 * What the children of an item share: the markers above them, their id so far (`2.1.`), their
 * headings, and the nearest heading that names units (a plan written unit by unit).
 */
interface Parent {
  path: readonly string[];
  id: string;
  headings: readonly string[];
  unitHeading: UnitHeading | null;
  /** The last sibling whose note says 下同: its units are those of the siblings after it without a note. */
  carried: Task | null;
}

/**
 * A note that says 下同 (`(牵头单位:市市场监管局;配合单位:市教育体育局,下同)`) also names the units of
 * the sibling tasks after it that have no note of their own, up to the next sibling with a note.
 */
function carryDown(task: Task, notes: readonly NoteSpan[], parent: Parent, diagnostics: Diagnostic[]): void {
  if (notes.length > 0) {
    parent.carried = notes.some(carriesDown) && task.units.length > 0 ? task : null;
    return;
  }
  const from = parent.carried;
  if (!from || task.units.length > 0 || !task.text) return;
  task.units = from.units.map((unit) => ({ ...unit }));
  task.responsibility = from.responsibility;
  diagnostics.push({ code: 'units-carried-down', severity: 'info', message: `任务 ${task.id} 没有责任表述，责任单位取自任务 ${from.id} 注明“下同”的责任表述`, line: task.line });
}

/** A note covering sibling tasks: which, its units and its text. */
interface Covering {
  covers: NoteCoverage;
  units: UnitAssignment[];
  responsibility: string;
}

/**
 * A note that covers sibling tasks above it (`(以上任务牵头单位:市商务局;…)` on its own line after 3.,
 * `(以上2项任务由市市场监管局牵头,…)`, `(第5、6项任务由…)`) names the units of those that have no note
 * of their own; the task it is written after has them already.
 */
function coverSiblings(items: readonly Item[], tasks: ReadonlyArray<Task | null>, at: number, covering: Covering, diagnostics: Diagnostic[]): void {
  const from = tasks[at]!;
  const { covers } = covering;
  const covered: Task[] = [];
  for (let i = 0; i < at; i++) {
    const task = tasks[i];
    if (!task || task.units.length > 0 || !task.text) continue;
    if (covers.kind === 'last' ? at - i >= covers.count : covers.kind === 'numbered' && !covers.numbers.includes(items[i]!.marker.value)) continue;
    // the covering note's units, not those the task it follows names in a note of its own
    task.units = covering.units.map((unit) => ({ ...unit }));
    task.responsibility = covering.responsibility;
    covered.push(task);
    diagnostics.push({ code: 'units-from-covering-note', severity: 'info', message: `任务 ${task.id} 没有责任表述，责任单位取自任务 ${from.id} 后涵盖多项任务的责任表述`, line: task.line });
  }
  if (covered.length > 0 && covering.responsibility.includes('分别')) leadRespectively([...covered, from], covering.units);
}

/**
 * `（以上两项分别由自治区生态环境厅、自治区自然资源厅牵头，自治区大数据发展局配合）`: the leads
 * one to each task in order, the other units to all (广西 probe round 27); as written where the
 * leads are not one for each task.
 */
function leadRespectively(tasks: readonly Task[], units: readonly UnitAssignment[]): void {
  const leads = units.filter((unit) => unit.role === 'lead');
  if (leads.length !== tasks.length) return;
  const others = units.filter((unit) => unit.role !== 'lead');
  tasks.forEach((task, i) => {
    task.units = [{ ...leads[i]! }, ...others.map((unit) => ({ ...unit }))];
  });
}

/** The title of a plan's closing chapter on how it is kept: `工作要求`, `保障措施`. */
const SAFEGUARD_TITLE = /^(?:工作要求|有关要求|保障措施|组织保障|工作保障|组织实施|实施保障)[。.]?$/;

/** Tasks by their ids in a message: `任务 3.5、3.6`, or `任务 3.1 等 7 项` for more than three. */
function tasksNamed(ids: readonly string[]): string {
  return ids.length <= 3 ? `任务 ${ids.join('、')}` : `任务 ${ids[0]} 等 ${ids.length} 项`;
}

/**
 * A heading that is a unit's name (`(一)县发展改革局`), or that has a note of its own: the tasks
 * under it without a note of their own are that unit's.
 */
interface UnitHeading {
  heading: string;
  /** The units as the heading writes them, the task's responsibility text. */
  name: string;
  /** The heading read as a unit list: roles from the task's opening words. */
  note: ParsedNote | null;
  /** The units of the heading's note, roles as the note gives them. */
  units: readonly UnitAssignment[] | null;
  /** Ids of the tasks that took their units from it, having none of their own… */
  tasks: string[];
  /** …and of those that took them beside the ones they name as supporting (`…市机关事务管理局配合。`). */
  supported: string[];
}

function makeTask(
  item: Item, path: string[], base: string, headings: readonly string[], text: string, notes: readonly NoteSpan[],
  options: BuildTasksOptions, ids: Map<string, number>, built: Built, unitHeading: UnitHeading | null, marksNotes: () => boolean,
): Task {
  const { diagnostics } = built;
  const line = item.paragraphs[0]!.line;
  const taskText = removeNotes(text, notes);
  // notes that give only a time (`…配合，加快推进…。完成时限：2025年12月底。`) leave the units to the prose (六盘水 probe round 26)
  const unnamed = notes.every(givesTimeOnly);
  // a duty written unit first, `(一)县卫健局:负责创卫日常工作…`: the units before the colon are its own
  // a duty line under its heading may name its units before their role word too (`县财政局负责落实工作经费。`)
  let opening = unnamed ? unitOpening(taskText, options, item.key === DUTY_LINE) : null;
  // …and keeps them beside the bodies a clause closing it hands the work down to (沂南 probe round 90: `（二）县人民法院：负责深化
  // 诉源治理，…，县人民法院各人民法庭具体实施。`)
  const handing = !unnamed && notes.every((span) => span.written === 'clause' || givesTimeOnly(span)) ? unitOpening(taskText, options) : null;
  let noted = opening ? headingUnits({ note: opening.note, units: null }, opening.duty, options.convention) : collectUnits(notes, options, line, diagnostics);
  if (handing) noted = [...headingUnits({ note: handing.note, units: null }, handing.duty, options.convention), ...noted.filter((unit) => !handing.note.units.some((own) => own.name === unit.name))];
  // a task with no note and no heading to take units from may name them as the subject of its
  // sentences — unless the plan marks its notes, whose unmarked items are principles and safeguards
  // …and a chapter of requirements after tasks that named theirs says how the plan is kept, not who does a task
  // (德阳 probe round 90: `四、工作要求` / `各县（市、区）、各成员单位要落实主体责任…`); the items under a chapter of safeguards
  // are read as the plan's other items are (鹿邑 probe round 92 would leave them out, 安福, 临泽, 商丘 rounds 54, 58, 87 not)
  const requirements = built.lastNamed !== undefined && item.children.length === 0 && item.paragraphs.length >= 2 && SAFEGUARD_TITLE.test(item.paragraphs[0]!.text.slice(item.marker.length).trim());
  const prose = unnamed && !opening && unitHeading === null && taskText.length > 0 && !requirements;
  // X会同Y alone is how a safeguard says who keeps it going, in a plan whose tasks have notes or a
  // table (湘阴 probe round 20; 曲靖, 商丘 round 26, 湖南, 怀化 round 31 — 清河 round 21 read it as units)
  // (read in simplified characters: `由市發展改革局牽頭` divides the work as `由市发展改革局牵头` does)
  const subjects = !prose ? (notes.length > 0 && !opening ? divisionBesideNote(text, taskText, notes, options) : NO_SPANS)
    // a working group's line or its office's is read for its subjects whatever the plan marks: that is how it was told a duty line
    : !marksNotes() || item.key === DUTY_LINE ? options.finder.subjectNotes(taskText) : proseDivision(taskText, options.finder);
  // …and an item of a plan that marks its notes, opening with its units and their role word, with no division in it
  // (梅州 probe round 82: `（四）加强监测预警。` over `1.市气象局负责做好森林火险气象等级预报…`): who does it, as a duty line's
  const roleOpening = prose && subjects.length === 0 && item.key !== DUTY_LINE && marksNotes() ? unitOpening(taskText, options, true) : null;
  if (roleOpening) {
    opening = roleOpening;
    noted = headingUnits({ note: opening.note, units: null }, opening.duty, options.convention);
  }
  // the helpers its duty names in a clause of their own (于都 probe round 83: `县公路事业发展中心：负责国省干线公路养护…，
  // 县农村公路事业发展中心配合做好农村公路保畅。`)
  // …and those it works with (宜宾 probe round 92: `县住房和城乡建设局：负责…的指导监管，会同县消防救援大队做好…`), read as its
  // own sentence would be, the unit its subject
  const duty = opening && opening.duty.includes('会同') && /^\s*(?:负责|牵头)/.test(opening.duty) ? `${opening.name}${opening.duty.trimStart()}` : opening?.duty;
  const helping = duty !== undefined ? options.finder.subjectNotes(duty).filter((span) => span.note.units.every((unit) => unit.role === 'support')) : NO_SPANS;
  if (helping.length > 0) noted = [...noted, ...collectUnits(helping, options, line, diagnostics).filter((unit) => !noted.some((own) => own.name === unit.name))];
  if (subjects.length > 0) {
    const written = subjects.map((span) => noteText(taskText, span)).join(' ');
    const message = prose ? `任务“${markerOf(item)}”没有括号或标注的责任表述，责任单位取自正文的分工表述“${written}”` : `任务“${markerOf(item)}”的正文另有分工表述“${written}”，其单位与责任表述中的一并计入`;
    diagnostics.push({ code: 'units-from-text', severity: 'info', message, line });
  }
  const sameAsAbove = notes.find(saysSameAsAbove);
  // 同第3项: the task of that number in the item's family, not the one before (兰山 probe round 42)
  const above = sameAsAbove?.note.sameAsItem === undefined ? built.lastNamed : numberedTask(built.tasks, item.marker.kind, sameAsAbove.note.sameAsItem);
  const own = sameAsAbove ? withUnitsAbove(noted, above, sameAsAbove.note.sameAsAboveRole ?? null, item.marker.printed, line, diagnostics, sameAsAbove.note.sameAsItem)
    : subjects.length > 0 ? collectUnits(prose ? subjects : [...subjects, ...notes], options, line, diagnostics) : noted;
  if (opening) diagnostics.push({ code: 'units-from-opening', severity: 'info', message: `任务“${markerOf(item)}”没有责任表述，责任单位取自开头的单位名“${opening.name}”`, line });
  // the heading's units, where the task names none but those who support it (…(配合单位:县财政局))
  const inherits = unitHeading !== null && taskText.length > 0 && own.every((unit) => unit.role === 'support');
  // …and the unit its heading's unit helps, who does it (宜宾 probe round 82: `（二）市住房城乡建设局` over `2.配合市市场监管局做好…抽检。`)
  const helped = inherits && OPENS_SUPPORTING.test(taskText) ? options.finder.helpedUnits(taskText) : null;
  const others = helped ? [...own, ...collectUnits([helped], options, line, diagnostics)] : own;
  const listed = inherits ? [...headingUnits(unitHeading, taskText, options.convention), ...others.filter((unit) => !namedBy(unitHeading, unit.name))] : own;
  const units = options.legend?.mark === null && options.emphasis ? withBoldRoles(listed, item, options.legend, options.emphasis) : listed;
  for (const note of notes) {
    if (note.unclosed) diagnostics.push({ code: 'unclosed-note', severity: 'warning', message: `责任表述缺少右括号，已读到段末：${excerpt(text, note.start, 24)}…`, line: lineOf(item, text, note.start) });
  }
  // a repeated number gets the next free suffix: 3, 3~2, 3~3 (counted, not searched for)
  const seen = (ids.get(base) ?? 0) + 1;
  ids.set(base, seen);
  // joined, a flat string: `${base}~${seen}` keeps its parts and a node joining them for as long as the task lives
  const id = seen === 1 ? base : [base, '~', seen].join('');
  if (inherits) (own.length === 0 ? unitHeading.tasks : unitHeading.supported).push(id);
  return {
    id,
    part: options.part,
    path,
    // a list of its own, made to size: one shared by sibling tasks would be written once and then
    // referred to by a YAML writer that aliases shared objects (a spread would reserve room for more)
    headings: headings.slice(),
    title: readTitle(taskText),
    text: taskText,
    // a task that writes no responsibility (a principle, a safeguard) has nothing to join
    responsibility: inherits || opening || notes.length > 0 || subjects.length > 0
      ? [...(inherits ? [unitHeading.name] : []), ...(opening ? [opening.name] : []), ...notes.map((note) => noteText(text, note)), ...subjects.map((span) => noteText(taskText, span))].join(' ') || null
      : null,
    units,
    deadline: notes.find(setsDeadline)?.note.deadline ?? readDeadline(taskText),
    line,
    endLine: item.paragraphs[item.paragraphs.length - 1]!.endLine,
    ...(item.marker.tag ? { tag: item.marker.tag } : {}),
  };
}

/**
 * A division of work in the prose of a task whose bracketed notes stand inside its text, each
 * closing another clause (琼中 probe round 62: `…，由县旅文局牵头，县发改委、县财政局配合，2024年10月底前完成…；
 * 支持什寒村创建…（责任单位：县旅文局、红毛镇人民政府），完善…`): the division names the units of the clause
 * it stands in, the notes those of theirs; a note closing the task covers the whole and leaves the prose alone.
 */
function divisionBesideNote(text: string, taskText: string, notes: readonly NoteSpan[], options: BuildTasksOptions): readonly NoteSpan[] {
  // a bracket or a closing clause naming only those who help (衢州 probe round 65: `市住建局要会同市发改委（市财政局配合）做好…`;
  // 宜昌 round 69: `会议要求市财政局于4月20日前下达…，市发改委配合。`): the sentence's subject does the task
  if (notes.every((note) => note.written !== 'label' && note.note.units.length > 0 && note.note.units.every((unit) => unit.role === 'support'))) {
    const subjects = options.finder.subjectNotes(taskText);
    if (subjects.some(namesDoer)) return subjects;
  }
  if (!notes.every((note) => note.written === 'bracket')) return NO_SPANS;
  const last = notes[notes.length - 1]!;
  const after = text.slice(last.end);
  if (!/[\u4e00-\u9fa5]{4}/.test(after)) return NO_SPANS;
  const spans = proseDivision(taskText, options.finder);
  const units = spans.flatMap((span) => span.note.units);
  if (units.some((unit) => unit.role === 'support' && !unit.generic) && units.some((unit) => unit.role === 'lead')) return spans;
  return sentencesAfterNote(after, taskText, options.finder);
}

/** Whether a span names a unit, not a group, that does the work (leads it or is responsible). */
const namesDoer = (span: NoteSpan): boolean => span.note.units.some((unit) => unit.role !== 'support' && !unit.generic);

/**
 * The sentences after the one a note stands in that say who does their part (衢州 probe round 65:
 * `…论证（市住建局负责组织），对不符合导则要求的不予审批。市自然资源和规划局负责导则编制工作。`): the note is
 * its clause's, the subject of a later sentence that sentence's. Spans of the task's text.
 */
function sentencesAfterNote(after: string, taskText: string, finder: NoteFinder): readonly NoteSpan[] {
  const stop = after.search(/[。;；]/);
  const rest = stop < 0 ? '' : after.slice(stop + 1).trim();
  if (rest.length < 4 || !taskText.endsWith(rest)) return NO_SPANS;
  const spans = finder.subjectNotes(rest);
  if (!spans.some(namesDoer)) return NO_SPANS;
  const offset = taskText.length - rest.length;
  return spans.map((span) => ({ ...span, start: span.start + offset, end: span.end + offset }));
}

// Questions asked of every task's notes, made once rather than a callback each call.
const saysSameAsAbove = (span: NoteSpan): boolean => span.note.sameAsAbove;
const carriesDown = (span: NoteSpan): boolean => span.note.carriesDown;
const coversTasks = (span: NoteSpan): boolean => span.note.covers !== null;
const setsDeadline = (span: NoteSpan): boolean => span.note.deadline !== null;
/** A note that gives a time and nothing else: `完成时限：2025年12月底。`, `（完成时限：…）`. */
const givesTimeOnly = (span: NoteSpan): boolean =>
  span.note.units.length === 0 && span.note.deadline !== null && !span.note.sameAsAbove && !span.note.carriesDown && span.note.covers === null;

/** How long a heading over duty lines may be: `三、成员单位职责`, `（二）明确部门职责分工`. */
const DUTY_LINES_HEADING = 30;

/**
 * Lines under a heading that each open with the units whose duty they are, no number before them
 * (兰考 probe round 41: `三、成员单位职责` / `县文化广电和旅游局：牵头负责创建工作的组织协调…` /
 * `县委宣传部：负责全域旅游形象宣传…`): each line is a task of its own, numbered N1, N2 … under the
 * heading, its units those it opens with, as a numbered duty's are. A line introducing them
 * (`各成员单位职责如下：`) stays with the heading, and a closing line for the other members
 * (`其他成员单位：按照各自职责…`) is a task naming no unit; any other line among them, and the heading is one task.
 *
 *     > | 三、成员单位职责
 *       | 县财政局：统筹安排创建工作经费，落实旅游发展专项资金。
 *       | 县市场监管局、县公安局：配合做好旅游市场秩序整治…
 */
function splitDutyLines(item: Item, options: BuildTasksOptions): void {
  const { paragraphs } = item;
  const heading = paragraphs[0]!.text.slice(item.marker.length);
  if (heading.length > DUTY_LINES_HEADING || /[。;；]./.test(heading) || options.finder.findNotes(heading).length > 0) return;
  let first = 1;
  // …or sets up the groups whose lines follow (霍邱 probe round 72: `成立…指挥部，由县政府分管副县长任指挥长，下设办公室和三个工作组。`)
  while (first < paragraphs.length - 2 && (INTRODUCES_LIST.test(paragraphs[first]!.text) || GROUPS_SET_UP.test(paragraphs[first]!.text)) && unitOpening(paragraphs[first]!.text, options, true) === null) first++;
  const duties = dutyLines(paragraphs, first, item.marker.kind, options);
  if (!duties) return;
  item.children = duties;
  item.paragraphs = paragraphs.slice(0, first);
}

/**
 * An attachment of duty lines under its title alone, no heading numbered above them (58a probe round:
 * `附件2` / `数字经济发展部际联席会议成员单位职责分工` / `国家发展改革委：承担联席会议办公室日常工作…` /
 * `中央网信办：负责网络安全…` / `其他成员单位按照各自职责，…`): its lines as tasks N1, N2 …, or null
 * when its paragraphs (its title stands above them, or among them with a line introducing them) are not two duty lines or more.
 */
export function attachmentDutyLines(paragraphs: readonly Paragraph[], options: BuildTasksOptions): Item[] | null {
  let first = 0;
  while (first < paragraphs.length - 2 && isTitleOrIntroduction(paragraphs[first]!.text) && unitOpening(paragraphs[first]!.text, options, true) === null) first++;
  return paragraphs.length - first >= 2 ? dutyLines(paragraphs, first, 'num', options) : null;
}

/** A title (a short line with no sentence in it: `附件2`, `…成员单位职责分工`) or a line introducing a list (`各成员单位职责如下：`). */
function isTitleOrIntroduction(text: string): boolean {
  return INTRODUCES_LIST.test(text) || (text.length <= DUTY_LINES_HEADING * 2 && !/[。;；,，]/.test(text));
}

/** The paragraphs from `first` on as duty lines numbered N1, N2 …, or null unless each opens with its units. */
function dutyLines(paragraphs: readonly Paragraph[], first: number, kind: MarkerKind, options: BuildTasksOptions): Item[] | null {
  // `其他成员单位：按照各自职责…`, the section's last line, names no unit but is a duty line all the same
  for (let i = first; i < paragraphs.length; i++) if (unitOpening(paragraphs[i]!.text, options, true) === null && !OTHER_MEMBERS.test(paragraphs[i]!.text) && !isGroupLine(paragraphs[i]!.text, options)) return null;
  return paragraphs.slice(first).map((paragraph, index): Item => ({
    marker: { kind, value: index + 1, printed: '', length: 0 },
    key: DUTY_LINE,
    paragraphs: [paragraph],
    children: [],
    closed: true,
  }));
}

/**
 * A working group's line, its name, a colon and who leads it (龙潭 probe round 61: `二、工作组设置` /
 * `综合协调组：由党政办牵头，镇应急办参与，负责信息汇总…`): a duty line whose units its sentence names.
 */
function isGroupLine(text: string, options: BuildTasksOptions): boolean {
  // …and the line saying where the command's office sits, whose host does its work (白沙 probe round 80: `指挥部办公室设在镇应急管理办公室，负责…`)
  return (GROUP_LINE.test(text) || text.includes('办公室设在')) && options.finder.subjectNotes(text).length > 0;
}

const GROUP_LINE = /^[\u4e00-\u9fa5]{2,12}(?:组|专班|小组|分队)[:：]/;
/** A sentence that sets up working groups, their lines after it: `…，下设办公室和三个工作组。` */
// …its office's seat after it in the same paragraph too (东城 probe round 81: `…下设办公室和三个工作组。指挥部办公室设在…，负责…`)
const GROUPS_SET_UP = /下设[^。;；]{0,20}(?:组|专班|分队)(?:[。:：]|$)/;

/** The family key of a duty line split from its heading. */
const DUTY_LINE = 'duty-line';
/** The other members of a group, named together: `其他成员单位：`, `其余成员单位：`, `其他有关部门：`. */
const OTHER_MEMBERS = /^(?:其他|其它|其余)(?:成员|有关|相关)?(?:单位|部门)(?:\s*[:：]|要|按|根据|结合|各)/;

/** Units a task's text opens with: their names as written, read as a list, and the duty after them, whose first words give their role. */
interface Opening {
  name: string;
  note: ParsedNote;
  duty: string;
}

/**
 * The unit names a task opens with before a colon, `县住建局、县自然资源局:负责…`, when the dictionary
 * knows them all and a duty follows (`县图书馆:完成改造提升` names what is worked on, not who works); a comma
 * may part two groups (`各县市区人民政府，漳河新区、荆门高新区·掇刀区管委会：负责…`). Without a colon, a
 * stop or a comma after the names, a duty after it: `1.县教育局。负责攻坚工作的组织实施…` (临泉 probe round 41).
 */
function unitOpening(written: string, options: BuildTasksOptions, byRole = false): Opening | null {
  // a list mark before the names (`●县财政局：…`, `——县财政局：…`) is none of them
  const mark = listMarkLength(written, 0, written.length);
  const text = mark > 0 ? written.slice(mark) : written;
  const colon = text.search(COLON);
  if (colon >= 2 && colon <= 40 && !/[\n。;；]/.test(text.slice(0, colon))) {
    const named = namedBefore(text, colon, options, false);
    if (named) return named;
  }
  // the names on a line of their own, the duty in the paragraph under them (宜宾 probe round 82: `（四）市经济和信息化局` / `负责督促…`)
  const lineEnd = text.indexOf('\n');
  if (lineEnd >= 2 && lineEnd <= 40 && !LIST_BREAK.test(text.slice(0, lineEnd))) {
    const named = namedBefore(text, lineEnd, options, true);
    if (named) return named;
  }
  const stop = text.search(STOP_OR_COMMA);
  // `请县政府办公室牵头，会同县司法局…` (攸县 probe round 69) divides the work: read as the prose's, those it works with supporting
  const together = stop >= 0 && /^\s*会同/.test(text.slice(stop + 1, stop + 4));
  const stopped = stop >= 2 && stop <= 40 && !together && !text.slice(0, stop).includes('\n') ? namedBefore(text, stop, options, true) : null;
  if (stopped || !byRole) return stopped;
  // `县财政局负责落实创卫工作经费。`: the names right before the duty's first role word
  const role = ROLE_OPENING.exec(text.slice(0, 42));
  // names alone: `第（一）—（三）项由X牵头` or `以上任务由X负责` is a division of work, no duty line
  return role && role.index >= 2 && !/[\n。;；,，:：由]/.test(text.slice(0, role.index)) && !DIVISION_OPENING.test(text) ? namedBefore(text, role.index, options, true, role.index) : null;
}

const DIVISION_OPENING = /^(?:第|以上|上述|前述)/;

/** The first role word a duty line's names stand before: `负责`, `牵头`, `配合`, `协助`, `承担`. */
const ROLE_OPENING = /(?:负责|牵头|配合|协助|承担)/;

/** The units named before text[at] (a colon, or a stop where `dutyOnly`), with the duty after it (from `dutyAt`: after the colon or stop, or at the role word itself). */
function namedBefore(text: string, at: number, options: BuildTasksOptions, dutyOnly: boolean, dutyAt = at + 1): Opening | null {
  const after = text.slice(dutyAt);
  const duty = OPENS_WITH_DUTY.test(after);
  if (dutyOnly && !duty) return null;
  // a list that writes its place once (`市公安局、交通运输局：建立…`, 赣州 probe round 49): a name after the first
  // is a unit's where it is one with the first's place
  const place = LIST_PLACE.exec(text)?.[0];
  const isPlacedName = place === undefined ? options.isUnitName : (name: string) => options.isUnitName(name) || (name[0] !== place && options.isUnitName(place + name));
  // before a duty, an office the dictionary does not know is still one: `(六)沂水生态环境分局:负责…`
  const isUnitName = duty ? (name: string) => isPlacedName(name) || endsLikeOrganization(name) : isPlacedName;
  const named = options.finder.unitHeading(text.slice(0, at), isUnitName);
  // a bureau, a committee, a government is who works; 县图书馆 may be what is worked on, unless a duty follows
  const who = named !== null && (duty || named.note.units.every((unit) => GOVERNING_OFFICE.test(unit.name)));
  return who ? { name: named.name, note: named.note, duty: after } : null;
}

// Patterns of the functions run for every task or heading are made once: a literal in a function is a new RegExp each call.
const COLON = /[:：]/;
/** The level a list's first name opens with, which its later names may leave out: 市 of `市公安局、交通运输局`. */
const LIST_PLACE = /^[省市州县区旗盟](?!场|域|容|政|民)/;
const STOP_OR_COMMA = /[。,，]/;
const LIST_BREAK = /[。;；,，:：]/;

/** Offices that govern rather than serve: a bureau, a committee, an office, a government. */
const GOVERNING_OFFICE = /(?:局|委|办|厅|室|政府|办事处|管委会)$/;

/** What a duty opens with: `负责…`, `牵头开展…`, `配合做好…`. */
const OPENS_WITH_DUTY = /^\s*(?:主要|分别|共同|具体)?(?:负责|牵头|配合|协助|参与|承担|统筹|主抓|做好|抓好|落实|指导|督促|会同|组织|履行|按照?(?:各自)?职责|根据(?:各自)?职责)/;

/** What a task's opening words say its unit does: `牵头推进…` leads, `配合做好…` supports, anything else is its own. */
// (a duty `负责统筹协调…` or `负责…的统筹协调` is its own, as earlier golds read it: 恩施, 江西农大 probe rounds 41, 47)
const OPENS_LEADING = /^(?:负责)?牵头(?!单位|部门)/;
// …or takes part (上犹 probe round 82: `县消防救援大队：参与防汛抢险救援…`)
const OPENS_SUPPORTING = /^(?:配合|协助|参与|协同)(?!单位|部门)/;

/** A note as written; a clause's opening comma (`,由县住建局牵头`) is removed with it but is not its text. */
function noteText(text: string, note: NoteSpan): string {
  const start = text[note.start] === ',' || text[note.start] === '，' ? note.start + 1 : note.start;
  return text.slice(start, note.end);
}

/**
 * The units of the heading a task stands under, in the role its opening words give them; the
 * document's convention (列第一位为牵头部门) applies to a heading's list as to a note's.
 */
function headingUnits(unitHeading: Pick<UnitHeading, 'note' | 'units'>, taskText: string, convention: RoleConvention | null): UnitAssignment[] {
  if (unitHeading.note === null) return unitHeading.units!.map((unit) => ({ ...unit }));
  const role: Role = OPENS_LEADING.test(taskText) ? 'lead' : OPENS_SUPPORTING.test(taskText) ? 'support' : 'responsible';
  // a role the heading states (`(二)县财政局牵头、县税务局配合`) stands
  const listed = unitHeading.note.units.map((unit) => ({ ...unit, role: unit.explicit ? unit.role : role }));
  if (role === 'responsible') applyConvention(listed, convention);
  return listed.map(writtenUnit);
}

/**
 * The units a legend sets apart in bold (`加粗的为牵头单位，其余为责任单位`) in a task's own lines, which
 * take its roles (南溪 probe round 36: bold in a Word document's body, as in a table's cell).
 */
function withBoldRoles(units: UnitAssignment[], item: Item, legend: UnitLegend, emphasis: ReadonlyMap<number, readonly string[]>): UnitAssignment[] {
  const runs: string[] = [];
  for (const paragraph of item.paragraphs) for (let line = paragraph.line; line <= paragraph.endLine; line++) runs.push(...(emphasis.get(line) ?? []));
  if (runs.length === 0) return units;
  const given = units.map((unit) => ({ ...unit }));
  return giveLegendRole(given, runs, legend.role, legend.others ?? null) ? given : units;
}

/** A note for the items below it: `（以下任务由市应急管理局牵头，…）`, `〔下列工作牵头单位：…〕`, `本部分任务由…牵头` (南陵 probe round 42). */
const FOR_ITEMS_BELOW = /^[(（〔【[]?\s*(?:以下|下列|下述|本部分|本方面|本板块|本节)(?:各项|几项|所有)?(?:重点)?(?:任务|工作|事项|措施)/;

/** How a heading hands the items below it to its units: `负责以下工作`, `承担下列职责` … */
const DUTIES_BELOW = ['负责', '承担', '履行'].flatMap((verb) => ['以下', '下列', '如下'].flatMap((which) => ['工作', '职责', '任务', '事项'].map((what) => verb + which + what)));

/** `县农业农村局负责以下工作:` — a heading that hands the items below it to its units. */
function dutiesBelow(text: string, options: BuildTasksOptions): { name: string; note: ParsedNote } | null {
  // a unit's name of two characters at least, and the six of the words: most headings are never compared
  if (text.length < 8) return null;
  const heading = trimEndWhere(text, isColonOrSpace).trim();
  const duties = DUTIES_BELOW.find((words) => heading.endsWith(words));
  return duties && heading.length - duties.length >= 2 ? options.finder.unitHeading(heading.slice(0, -duties.length), options.isUnitName) : null;
}

function isColonOrSpace(code: number): boolean {
  return code === 0x3a || code === 0xff1a || isWhiteSpace(code);
}

/** Whether any item has a note in brackets or under a label (`(责任单位:…)`, `牵头单位：…`): found at the first. */
function hasMarkedNote(roots: readonly Item[], finder: NoteFinder): boolean {
  const pending = [...roots];
  for (let item = pending.pop(); item; item = pending.pop()) {
    // a time limit in brackets or after a label marks no note of units
    if (finder.findNotes(itemText(item)).some((span) => (span.written === 'bracket' || span.written === 'label') && !givesTimeOnly(span))) return true;
    // not push(...children): a heading over 200,000 items would pass them all as arguments, past what V8 allows
    append(pending, item.children);
  }
  return false;
}

/** A heading's own note, which its children without one take: its units as the note gives them. */
function headingNote(task: Task): { name: string; note: null; units: readonly UnitAssignment[] } | null {
  return task.units.length > 0 && task.responsibility !== null ? { name: task.responsibility, note: null, units: task.units } : null;
}

/** Whether the heading names the unit already. */
function namedBy(unitHeading: UnitHeading, name: string): boolean {
  return unitHeading.note === null ? unitHeading.units!.some((unit) => unit.name === name) : unitHeading.note.units.some((unit) => unit.name === name);
}

/** An item's marker as a message names it: as printed, or `N2` for a line no number opens (宜都 probe round 87: a working group's line). */
function markerOf(item: Item): string {
  return item.marker.printed || idPart(item);
}

/** The number an item adds to a task id; outline numbers (2.1) bring all their parts. */
function idPart(item: Item): string {
  // an item no number opens (a .doc's whose number Word drew, a heading's duty line): N1, N2 …
  if (item.marker.printed === '') return `N${item.marker.value}`;
  return item.marker.kind === 'decimal' ? item.marker.printed : String(item.marker.value);
}

/**
 * An item's id: its parent's and its own number (`2.1.` + `3`). An outline number that carries its
 * parent's (`2.1.1` under `2.1`) replaces the parent's part instead of repeating it: `2.1.1`, not `2.1.2.1.1`.
 */
function idOf(item: Item, parent: Parent): string {
  const own = idPart(item);
  if (item.marker.kind !== 'decimal') return parent.id + own;
  // the parent's number as printed, without the stop a top number has (`2.` over `2.1`)
  const above = parent.path[parent.path.length - 1]?.replace(/\.$/, '');
  if (above && own.startsWith(`${above}.`) && parent.id.endsWith(`${above}.`)) {
    return `${parent.id.slice(0, parent.id.length - above.length - 1)}${own}`;
  }
  return `${parent.id}${own}`;
}

/**
 * The key of each unit of a note's list: a name written without a place under the place the list
 * wrote before it (`自治区商务厅、发展改革委；兵团商务局、发展改革委`: two 发展改革委, the 自治区's and the 兵团's).
 */
function placedKeys(units: readonly ListedUnit[], placeOf: ((name: string) => string) | undefined): string[] {
  let place = '';
  return units.map((unit) => {
    const key = unitKey(unit.name);
    if (placeOf === undefined || unit.generic) return key;
    const own = placeOf(unit.name);
    if (own !== '') {
      // a level is carried (县, 自治区, 兵团), a place named (延边州, 村镇建设管理办公室's 村镇) is not
      place = isCarriedPlace(own) ? own : '';
      return key;
    }
    return place === '' ? key : `${place}|${key}`;
  });
}

/**
 * Units of all notes of a task, each once. The convention is applied to the task as a whole: a
 * task whose notes name a lead anywhere (【牵头单位】X【责任单位】Y) keeps its roles. A unit a note
 * lists twice is reported; one named again by another note (a paragraph's, a clause's) is not.
 */
function collectUnits(notes: readonly NoteSpan[], options: Pick<BuildTasksOptions, 'convention' | 'legend' | 'placeOf'>, line: number, diagnostics: Diagnostic[]): UnitAssignment[] {
  if (notes.length === 0) return [];
  const { convention, legend = null } = options;
  let listed: ListedUnit[] = [];
  const seen = new Map<string, number>();
  // a task of several sentences, each closed by its note (云南 probe round 59: `…办结。（省市场监管局、省政务服务局）推进…。
  // （省市场监管局、省司法厅）`): the convention gives each note its lead
  const perNote = convention?.firstListedLeads === true && notes.length > 1;
  for (const { note } of notes) {
    const keys = placedKeys(note.units, options.placeOf);
    const units = perNote ? note.units.map((unit) => ({ ...unit })) : note.units;
    if (perNote) applyConvention(units, convention);
    for (let index = 0; index < units.length; index++) {
      const unit = units[index]!;
      const key = keys[index]!;
      const at = seen.get(key);
      if (at !== undefined) {
        if (index > 0 && keys.lastIndexOf(key, index - 1) >= 0) {
          diagnostics.push({ code: 'duplicate-unit', severity: 'warning', message: `单位“${unit.name}”在同一任务中重复出现，只计一次`, line });
        }
        // named again in another role (一是…(市医保局负责);二是…(市医保局牵头)): the strongest stands
        if (ROLE_STRENGTH[unit.role] > ROLE_STRENGTH[listed[at]!.role]) listed[at] = { ...listed[at]!, role: unit.role, explicit: unit.explicit, division: unit.division };
        continue;
      }
      seen.set(key, listed.length);
      // the parsed note is shared by every task that writes it alike: only a convention changes roles
      listed.push(convention?.firstListedLeads && !perNote ? { ...unit } : unit);
    }
    if (note.unread.length > 0) {
      diagnostics.push({ code: 'note-part-unread', severity: 'info', message: `责任表述中“${note.unread.map((part) => excerpt(part, 0, 30)).join('”“')}”未读出责任单位`, line });
    }
    if (note.unknownWords.length > 0) {
      diagnostics.push({ code: 'unknown-role-word', severity: 'info', message: `责任表述中“${note.unknownWords.join('”“')}”不是已知的角色用语，相关单位按“负责”计`, line });
    }
  }
  // (县住建局牵头，县城投集团配合；县政府督查室督办): who supervises the task does not do it, where others do
  if (listed.some((unit) => unit.supervises) && listed.some((unit) => !unit.supervises)) {
    const supervising = listed.filter((unit) => unit.supervises);
    diagnostics.push({ code: 'supervising-unit', severity: 'info', message: `“${supervising.map((unit) => unit.name).join('”“')}”督办此任务，不计为责任单位`, line });
    listed = listed.filter((unit) => !unit.supervises);
  }
  // 负责指导, 负责督导: a unit overseeing others supports them; overseeing no one, the task is its own
  if (listed.some((unit) => unit.oversees) && listed.every((unit) => unit.role === 'support')) {
    for (let i = 0; i < listed.length; i++) if (listed[i]!.oversees) listed[i] = { ...listed[i]!, role: 'responsible' };
  }
  // (责任单位：市发展改革委*、市交通运输局) under `标注“*”的为牵头单位，其余为配合单位` (金华 probe round 19)
  if (legend?.mark && listed.some((unit) => unit.mark === legend.mark)) {
    listed = listed.map((unit) => (unit.mark === legend.mark ? { ...unit, role: legend.role, explicit: true } : legend.others ? { ...unit, role: legend.others, explicit: true } : unit));
  }
  // (县农业农村局（牵头）、县卫生健康局) under `标注“（牵头）”的为牵头单位，其余为配合单位` (南江 probe round 76): those that say no role help
  if (legend?.mark === ROLE_WORD_MARK && legend.others && listed.some((unit) => unit.role === 'lead')) {
    listed = listed.map((unit) => (!unit.explicit && unit.role === 'responsible' ? { ...unit, role: legend.others!, explicit: true } : unit));
  }
  applyConvention(listed, convention);
  return listed.map(writtenUnit);
}


/** The last task built whose own marker is of the family and number given: what `同第3项` refers to. */
function numberedTask(tasks: readonly Task[], kind: MarkerKind, value: number): Task | undefined {
  for (let i = tasks.length - 1; i >= 0; i--) {
    const marker = readMarker(tasks[i]!.path[tasks[i]!.path.length - 1] ?? '');
    if (marker?.kind === kind && marker.value === value) return tasks[i];
  }
  return undefined;
}

/**
 * A note that says 同上 (`(责任单位:同上)`) gives the task the units of the task before it, in
 * their roles, with any the note names besides; a first task has no task before it to take from.
 */
function withUnitsAbove(own: UnitAssignment[], above: Task | undefined, role: Role | null, marker: string, line: number, diagnostics: Diagnostic[], item?: number): UnitAssignment[] {
  const said = item === undefined ? '同上' : `同第${item}项`;
  if (!above) {
    diagnostics.push({ code: 'same-as-above-without-task', severity: 'warning', message: `任务“${marker}”的责任表述为“${said}”，但前面没有写明责任单位的${item === undefined ? '任务' : '该项任务'}`, line });
    return own;
  }
  diagnostics.push({ code: 'units-from-previous', severity: 'info', message: `任务“${marker}”的责任表述为“${said}”，责任单位取自任务 ${above.id}`, line });
  // `（牵头单位：市商务局；责任单位：同上）`: the units of that role only, where the note names units of
  // another role itself (曲靖 probe round 27); `（责任单位：同上）` alone is the whole note above
  if (role !== null && own.some((unit) => unit.role !== role)) {
    const named = new Set(own.map((unit) => unitKey(unit.name)));
    return [...own, ...above.units.filter((unit) => unit.role === role && !named.has(unitKey(unit.name))).map((unit) => ({ ...unit }))];
  }
  const keys = new Set(above.units.map((unit) => unitKey(unit.name)));
  return [...above.units.map((unit) => ({ ...unit })), ...own.filter((unit) => !keys.has(unitKey(unit.name)))];
}

/**
 * 除按职责分工负责外,列第一位为牵头部门: in a note with no stated lead, the first unit leads,
 * unless its role came from 按职责分工负责 and the convention excepts that.
 */
export function applyConvention(units: ListedUnit[], convention: RoleConvention | null): void {
  if (!convention?.firstListedLeads || units.some((unit) => unit.role === 'lead')) return;
  const first = units.find((unit) => !unit.generic);
  if (!first || first.role !== 'responsible') return;
  // …except in notes that say 按职责分工负责, of the first unit or of the others (`(各县市区人民政府,市直有关单位按职责分工负责)`, 株洲 probe round 23)
  if (convention.exceptDivisionOfDuties && units.some((unit) => unit.division)) return;
  first.role = 'lead';
  if (!convention.othersSupport) return;
  for (const unit of units) if (unit !== first && !unit.explicit && unit.role === 'responsible') unit.role = 'support';
}

/** The text without its notes: `…中心。(责任单位:…)` → `…中心。`. */
function removeNotes(text: string, notes: readonly NoteSpan[]): string {
  if (notes.length === 0 && !text.includes('\n')) return tidyParagraph(text);
  // pieces joined once: reading the end of a string built by += flattens it, each time
  const pieces: string[] = [];
  let at = 0;
  for (const note of notes) {
    let piece = text.slice(at, note.start);
    at = note.end;
    // a note that took the paragraph's stop after a comma (`…更新,责任单位为县城管局。`) leaves the stop, not the comma
    if (PAUSE_CODES.has(piece.charCodeAt(piece.length - 1)) && endsParagraph(text, at)) piece = `${piece.slice(0, -1)}。`;
    pieces.push(piece);
  }
  pieces.push(text.slice(at));
  const out = pieces.join('');
  if (!out.includes('\n')) return tidyParagraph(out);
  return out
    .split('\n')
    .map(tidyParagraph)
    .filter((paragraph) => paragraph.length > 0)
    .join('\n');
}

/** Whether nothing but white space stands between `at` and the end of its paragraph. */
function endsParagraph(text: string, at: number): boolean {
  for (let i = at; i < text.length && text[i] !== '\n'; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

const PAUSE_CODES = new Set([...',，、'].map((ch) => ch.charCodeAt(0)));
const PUNCTUATION_CODES = new Set([...'。.;；,，'].map((ch) => ch.charCodeAt(0)));

/**
 * A paragraph as a note's removal leaves it, tidied: trimmed, without the stop doubled where the
 * note stood (`…中心。(…)。` → `…中心。`, `…更新,(…)。` → `…更新。`) or punctuation left at its start.
 */
function tidyParagraph(paragraph: string): string {
  let text = paragraph.trim();
  const last = text.length - 1;
  // the patterns only where a stop could need them: most paragraphs pass untouched
  // a comma left before the stop gives way to it (`…更新,由县住建局牵头。` → `…更新。`); other stops stay
  if (last > 0 && (text[last] === '。' || text[last] === '.') && PUNCTUATION_CODES.has(text.charCodeAt(last - 1))) text = text.replace(/([。;；])[。.]$|[,，]([。.])$/, '$1$2');
  if (PUNCTUATION_CODES.has(text.charCodeAt(0))) text = text.replace(/^[。.;；,，]+/, '');
  // the list mark a note line opened with (`——牵头单位：…`), left alone when the note went
  if (isListMarkOnly(text)) return '';
  return text;
}

const TITLE_SENTENCE = /^([^。;；!?！？:：]{2,25}?)[。!?！？:：]/;
const STOP_CODES = new Set([...'。;；'].map((ch) => ch.charCodeAt(0)));

/** 完善园区基础设施。推进… → 完善园区基础设施; a short first paragraph before the body is a title too. */
function readTitle(text: string): string | null {
  const breakAt = text.indexOf('\n');
  const first = breakAt < 0 ? text : text.slice(0, breakAt);
  if (breakAt >= 0 && first.length <= 40 && !/[。;；]./.test(first)) return first.replace(/[。:：;；,，.]$/, '') || null;
  // a title is short: 加强组织领导 / 坚持因地制宜,分类施策; a long first sentence is just text
  const sentence = TITLE_SENTENCE.exec(first);
  if (!sentence || first.length <= sentence[0].length) return null;
  return (sentence[1]!.match(/[,，]/g)?.length ?? 0) <= 1 ? sentence[1]! : null;
}

function headingText(text: string, notes: readonly NoteSpan[]): string {
  const body = notes.length > 0 ? removeNotes(text, notes) : text;
  const breakAt = body.indexOf('\n');
  const first = breakAt < 0 ? body : body.slice(0, breakAt);
  // the stop a heading ends with goes: `(一)加强组织领导。` → `(一)加强组织领导`
  if (first.length <= 50) return STOP_CODES.has(first.charCodeAt(first.length - 1)) ? first.slice(0, -1) : first;
  return readTitle(first) ?? `${excerpt(first, 0, 30)}…`;
}

function lineOf(item: Item, text: string, offset: number): number {
  const index = text.slice(0, offset).split('\n').length - 1;
  return item.paragraphs[index]?.line ?? item.paragraphs[0]!.line;
}
