/**
 * extract(bytes | text, options) = read (text, HTML, Word, CSV; PDF, Excel and .doc in extractAsync)
 * → lay out → segment → assign units → tables.
 */
import { type Diagnostic, type DocumentMeta, type PolicyDocument, type ResponsibilityTable, ROLE_STRENGTH, type RoleConvention, type Task, type UnitAssignment } from './model/document.js';
import { readDocument, readDocumentAsync } from './readers/read.js';
import { makeLine, type SourceLine } from './readers/text.js';
import { OFFICE_AND_DATE } from './readers/page-furniture.js';
import type { Aside, InputFormat, PageStart, ReadLimits, ReadResult, TableGrid } from './readers/types.js';
import { attachmentDutyLines, buildTasks } from './extractors/build-tasks.js';
import { divideByNumber, holdsDivision } from './extractors/division-by-number.js';
import { findConvention, findDocumentStatements, findNoteParts, findUnitLegend, isUnitLegend } from './extractors/convention.js';
import { type AttachmentPart, readLayout } from './extractors/layout.js';
import { readMeta } from './extractors/meta.js';
import { type Paragraph, readParagraphs } from './extractors/paragraphs.js';
import { NoteFinder } from './extractors/find-notes.js';
import { NoteCache } from './extractors/responsibility-note.js';
import { segmentTasks } from './extractors/segment-tasks.js';
import { checkTable, continuesTable, FILLED_IN_BY, gridToRawTable, type RawTable, readTable } from './extractors/tables.js';
import { columnKind } from './extractors/table-header.js';
import { linkTableRows, tasksInLineOrder } from './extractors/link-tables.js';
import { readLegend } from './extractors/matrix.js';
import { lostNumbering } from './extractors/lost-numbering.js';
import { readTaskCards } from './extractors/task-cards.js';
import { MEASURED_IN, readTextTable, unreadTableLine } from './extractors/text-tables.js';
import { loadUnitDictionary, type UnitDictionary } from './extractors/unit-dictionary.js';
import { documentLevelOf, readDocumentLevel } from './extractors/document-level.js';
import { carryPlace, isOfficeName, isPlacedUnitName, listPlace, statedLevel, type UnitDescription, UnitNamer } from './extractors/unit-names.js';
import { append } from './collections.js';

export interface ExtractOptions {
  /** The input's path, recorded in `source.path` (`-` for standard input). */
  path?: string | null;
  /** Force an encoding (utf-8, gbk, gb18030, big5, utf-16le …) instead of detecting it. */
  encoding?: string | null;
  /** Force the input format (text, html, docx, csv, pdf, xlsx, doc) instead of inferring it from content and name. */
  format?: InputFormat | null;
  /** Bounds on what a hostile file may make the reader unpack: pages, bytes, cells. */
  limits?: Partial<ReadLimits>;
  /** The unit dictionary names are normalized with (loadUnitDictionary(aliases)); the built-in one by default. */
  dictionary?: UnitDictionary;
}

/**
 * Extracts the document model from a plan's bytes (or already decoded text): text, HTML, Word
 * .docx or CSV. PDF, Excel .xlsx and Word 97–2003 .doc are read by {@link extractAsync}.
 *
 *     const doc = extract(readFileSync('yanbian-2022-demo-towns-tasks.txt'), { path: 'yanbian-2022-demo-towns-tasks.txt' });
 *     doc.tasks[0].units // → [{ name: '各县市党委、政府', role: 'responsible', generic: false }, …]
 *
 * Throws PolicyExtractError when no document can be produced (empty, binary, undecodable, or
 * E_USAGE for a format only extractAsync reads); everything else found in the content is a diagnostic.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): PolicyDocument {
  return buildDocument(readDocument(input, readOptions(options)), input, options);
}

/**
 * Extracts the document model from a plan in any format read, PDF, .xlsx and .doc included.
 *
 *     const doc = await extractAsync(readFileSync('实施方案.pdf'), { path: '实施方案.pdf' });
 */
export async function extractAsync(input: Uint8Array | string, options: ExtractOptions = {}): Promise<PolicyDocument> {
  return buildDocument(await readDocumentAsync(input, readOptions(options)), input, options);
}

function readOptions(options: ExtractOptions) {
  return { path: options.path ?? null, encoding: options.encoding ?? null, format: options.format ?? null, ...(options.limits ? { limits: options.limits } : {}) };
}

/** The document from what its reader read. */
function buildDocument(read: ReadResult, input: Uint8Array | string, options: ExtractOptions): PolicyDocument {
  const path = options.path ?? null;
  const diagnostics: Diagnostic[] = append([], read.diagnostics);
  // notes and cells are parsed once for the document: a grid is read for its header twice, its cells in the table after
  const notes = new NoteCache();
  const unfolded = unfoldHeaderlessGrids(read, diagnostics, notes);
  const { lines, grids } = read.asides ? withoutAsides(unfolded, read.asides, diagnostics) : unfolded;
  const layout = readLayout(lines);
  const convention = findConvention(lines);
  // 注：责任单位中加粗字体为牵头单位, 标注“*”的为牵头单位 (above or under a table, in the notice, under a heading)
  const legend = findUnitLegend(lines);
  let tasks: Task[] = [];

  // 各项任务后括号内依次为责任领导、牵头单位、责任单位: the labels of each note's parts
  const noteParts = findNoteParts(lines);
  const dictionary = options.dictionary ?? loadUnitDictionary();
  const finder = new NoteFinder(notes, noteParts?.labels ?? null, (name) => isOfficeName(name, dictionary));
  const isUnitName = (name: string): boolean => isPlacedUnitName(name, dictionary);
  // a plan names a few dozen units over and over: each name's place is read once
  const places = new Map<string, string>();
  const placeOf = (name: string): string => {
    let place = places.get(name);
    if (place === undefined) places.set(name, (place = listPlace(name, dictionary)));
    return place;
  };
  // a plan whose tasks are in a 分工表 (an attachment or a grid) names no units in its body's prose
  const hasTable = grids.length > 0 || layout.attachments.some((attachment) => attachment.kind === 'table');
  // the runs a Word document or a page sets in bold, by line: a legend may give them a role (normalized here, only then:
  // most pages set text in bold and have no legend)
  const emphasis = new Map<number, readonly string[]>();
  if (legend?.mark === null) for (const line of lines) if (line.emphasized) emphasis.set(line.line, line.emphasized.map((run) => makeLine(run, 0).text));
  const readPart = (ranges: ReadonlyArray<readonly [number, number]>, part: string, idPrefix: string): void => {
    // appended, not flatMap'd: V8's flatMap copies a part of millions of paragraphs item by item, slowly
    const paragraphs: Paragraph[] = [];
    for (const [start, end] of ranges) append(paragraphs, readParagraphs(lines, start, end));
    const segmentation = segmentTasks(paragraphs, finder, { numberingMayBeLost: read.format === 'doc' });
    // a plan whose division of work names its tasks by number (四、责任分工 / 第（一）至（三）项：…) names no units in its items' prose
    const divides = !hasTable && holdsDivision(paragraphs);
    const built = buildTasks(segmentation.roots, { part, idPrefix, convention, finder, isUnitName, placeOf, hasTable: hasTable || divides, legend, emphasis });
    // 四、责任分工 / 第（一）至（三）项：X牵头…, or 以上措施第1、2项由… after the last task: units by the tasks' numbers
    const divided = divideByNumber(built.tasks, segmentation.loose, built.diagnostics, paragraphs);
    append(tasks, divided.tasks);
    const found = divided.read.size === 0 ? segmentation.diagnostics : segmentation.diagnostics.filter((d) => d.code !== 'unattached-text' || !divided.read.has(d.line!));
    // a .doc's text lacks the numbering Word drew: its noted paragraphs outside every task are tasks of their own
    const lost = read.format === 'doc' ? lostNumbering([...segmentation.preamble, ...segmentation.loose], finder, idPrefix) : null;
    const options = { part, idPrefix, convention, finder, isUnitName, placeOf, hasTable, legend, emphasis };
    // an attachment of duty lines under its title alone (…成员单位职责分工 / `国家发展改革委：承担…`): each line a task
    const duties = idPrefix !== '' && segmentation.roots.length === 0 && !lost?.items.length ? attachmentDutyLines(segmentation.preamble, options) : null;
    const items = duties ?? (lost && lost.items.length > 0 ? lost.items : null);
    if (!items) {
      append(diagnostics, found, built.diagnostics);
      return;
    }
    const unnumbered = buildTasks(items, options);
    append(tasks, unnumbered.tasks);
    const taken = new Set(items.flatMap((item) => item.paragraphs.map((paragraph) => paragraph.line)));
    append(diagnostics, found.filter((d) => d.code !== 'unattached-text' || !taken.has(d.line!)), built.diagnostics, duties ? [] : lost!.diagnostics, unnumbered.diagnostics);
  };
  const textTables = layout.attachments.map((attachment) => (attachment.kind === 'table' ? readTextTable(lines, attachment.start, attachment.end, attachment.title, notes) : null));
  // text after a table (notes, another plan) is read as tasks, not as cells
  const afterTable = (attachment: AttachmentPart, table: RawTable): number => {
    if (table.endLine == null) return attachment.end;
    let after = attachment.start;
    while (after < attachment.end && lines[after]!.line < table.endLine) after++;
    return after;
  };
  // a table standing in the body (no 附件 above it): the text after it goes on with the body, its
  // numbering too (建宁 probe round 33: `二、任务分解`, the table, then `三、工作要求`)
  const body: Array<readonly [number, number]> = [[layout.bodyStart, layout.bodyEnd]];
  layout.attachments.forEach((attachment, index) => {
    const table = textTables[index];
    if (table && attachment.inBody) body.push([afterTable(attachment, table), attachment.end]);
  });
  readPart(body, '正文', '');
  const attachmentIds = attachmentIdPrefixes(layout.attachments);
  const rawTables: RawTable[] = [];
  layout.attachments.forEach((attachment, index) => {
    const table = textTables[index];
    if (!table) {
      if (attachment.kind === 'members') return;
      const before = tasks.length;
      readPart([[attachment.start, attachment.end]], attachment.label, attachmentIds[index]!);
      // a table whose header names no column we know, and no task in it either: said, not passed over in silence
      const unread = tasks.length === before ? unreadTableLine(lines, attachment.start, attachment.end) : null;
      // a grid read as text lines (a workbook's sheet of amounts) was reported where it was read
      const [first, last] = [lines[attachment.start]?.line ?? 0, lines[attachment.end - 1]?.line ?? 0];
      const reported = diagnostics.some((d) => d.code === 'table-without-header' && d.line !== null && d.line >= first && d.line <= last);
      if (unread !== null && !reported) diagnostics.push({ code: 'table-without-header', severity: 'info', message: `${attachment.label}中的表格没有可识别的表头或责任单位列（序号、任务、责任单位等），不作为责任清单，其行不计为任务`, line: unread });
      return;
    }
    rawTables.push(table);
    const after = afterTable(attachment, table);
    if (!attachment.inBody && after < attachment.end) readPart([[after, attachment.end]], attachment.label, attachmentIds[index]!);
  });
  // the lines just above a grid may explain it: a matrix's legend (`说明：“★”为牵头单位，“●”为责任单位。`)
  for (const grid of grids) rawTables.push(gridToRawTable(grid, titleBefore(lines, grid.at), lines.slice(Math.max(0, grid.at - 3), grid.at).map((line) => line.text), notes)!);
  if (grids.length > 0) tasks = withoutCaptions(tasks, lines, grids);
  // 注：责任单位中加粗字体为牵头单位 (above or under the table, or in the notice)
  const tables = rawTables.sort((a, b) => a.line - b.line).map((raw) => readTable(raw, { convention, notes, legend }));
  if (noteParts) diagnostics.push({ code: 'role-convention', severity: 'info', message: `全文约定“${noteParts.text}”：括号内以分号分开的各部分依次按“${noteParts.labels.join('、')}”读`, line: noteParts.line });
  if (legend) diagnostics.push({ code: 'role-convention', severity: 'info', message: `全文约定“${legend.text}”：这样标出的单位按此定角色`, line: legend.line });
  // the tasks in line order are for linking a table's rows: a plan without tables needs no sort of its tasks
  const byLine = tables.length > 0 ? tasksInLineOrder(tasks) : [];
  for (const table of tables) append(diagnostics, checkTable(table), linkTableRows(table, tasks, byLine));
  append(diagnostics, findDocumentStatements(lines, layout.bodyStart, layout.bodyEnd));
  append(diagnostics, summarize(tasks, tables, convention));
  const meta = readMeta(lines, layout);
  append(diagnostics, nameUnits(meta, tasks, tables, dictionary), mergeSameUnits(tasks, tables));

  return {
    source: { path, encoding: read.encoding, bom: read.bom, format: read.format, bytes: typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength, lines: countLines(lines) },
    meta,
    convention,
    tasks,
    tables,
    diagnostics: locate(sortDiagnostics(diagnostics), read.pages, tasks, tables),
  };
}

/**
 * Gives each task, table row and diagnostic of a paged input (PDF pages, workbook sheets) its
 * place on the page, `p.3:12`, which a reader of the PDF can find; the line count runs over the
 * whole document and finds nothing there.
 */
function locate(diagnostics: Diagnostic[], pages: readonly PageStart[] | undefined, tasks: readonly Task[] = [], tables: readonly ResponsibilityTable[] = []): Diagnostic[] {
  if (!pages || pages.length === 0) return diagnostics;
  const place = (line: number): string => {
    const page = pages.findLast((start) => start.line <= line) ?? pages[0]!;
    return `${page.label}:${line - page.line + 1}`;
  };
  for (const task of tasks) task.location = place(task.line);
  for (const table of tables) for (const row of table.rows) row.location = place(row.line);
  return diagnostics.map((diagnostic) => (diagnostic.line === null ? diagnostic : { ...diagnostic, location: place(diagnostic.line) }));
}

/**
 * Gives every unit its canonical name, level, function and kind, and the document its level; the
 * names the dictionary does not know are listed in one diagnostic (an alias file can add them).
 */
function nameUnits(meta: DocumentMeta, tasks: readonly Task[], tables: readonly ResponsibilityTable[], dictionary: UnitDictionary): Diagnostic[] {
  // a plan names a few dozen units over and over: each spelling (name, generic or not) is described once
  const spellings: UnitAssignment[] = []; // the first unit of each spelling, in the order they come
  const seen = { plain: new Map<string, number>(), generic: new Map<string, number>() }; // a map a flag: no key string per unit
  const units: UnitAssignment[] = [];
  const spellingOf: number[] = []; // for each unit, its spelling's index
  const add = (unit: UnitAssignment): void => {
    const indexes = unit.generic ? seen.generic : seen.plain;
    let index = indexes.get(unit.name);
    if (index === undefined) {
      index = spellings.push(unit) - 1;
      indexes.set(unit.name, index);
    }
    units.push(unit);
    spellingOf.push(index);
  };
  // indexed: a for…of run once over every task makes a step object for each
  for (let i = 0; i < tasks.length; i++) for (const unit of tasks[i]!.units) add(unit);
  for (const table of tables) for (const row of table.rows) for (const unit of row.units) add(unit);
  const { level, countyCity, place, central } = readDocumentLevel(meta, spellings.map((unit) => statedLevel(unit.name, unit.generic, dictionary)), dictionary);
  meta.level = central ? 'central' : documentLevelOf(level);
  const namer = new UnitNamer(dictionary, level, countyCity, place, central);
  const described = spellings.map((unit) => namer.describe(unit.name, unit.generic));
  const known = new Set<UnitAssignment>();
  units.forEach((unit, k) => {
    const { canonical, level, function: lineOfWork, kind, known: isKnown } = described[spellingOf[k]!]!;
    unit.canonical = canonical;
    unit.level = level;
    unit.function = lineOfWork;
    unit.kind = kind;
    if (isKnown) known.add(unit);
  });
  const carried: UnitAssignment[] = [];
  for (let i = 0; i < tasks.length; i++) append(carried, carryPlace(tasks[i]!.units, known, dictionary));
  for (const table of tables) for (const row of table.rows) append(carried, carryPlace(row.units, known, dictionary));
  // a name the list's place was written on is described as written so (自治区发展改革委 as 自治区的, 兵团发展改革委 as 兵团的)
  const describedAs = new Map<string, UnitDescription>();
  for (const unit of carried) {
    let description = describedAs.get(unit.name);
    if (description === undefined) describedAs.set(unit.name, (description = namer.describe(unit.name, false)));
    Object.assign(unit, { canonical: description.canonical, level: description.level, function: description.function, kind: description.kind });
  }
  const unknown = spellings.filter((_, i) => !described[i]!.known).map((unit) => unit.name);
  if (unknown.length === 0) return [];
  // quoted one by one: a unit name may hold 、 itself (市、县级党委、政府)
  const message = `${unknown.length} 个单位不在单位词典中，保留原写法：“${unknown.join('”“')}”（可用 --aliases 文件补充）`;
  return [{ code: 'unknown-unit', severity: 'info', message, line: null }];
}

/** Whether `short` keeps the characters of `full` in their order: 市发改委 of 市发展和改革委员会. */
function isAbbreviation(short: string, full: string): boolean {
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * One unit written in full and abbreviated in one task or row (徐州 probe round 17: `牵头单位：市发展和改革委员会；
 * 责任单位：市发改委、市财政局`) counts once: where it is first written, by its fuller name, with the stronger of
 * its roles. An abbreviation keeps the characters of the full name in their order; two names of one body
 * (`市委宣传部、…、市新闻出版局`, one office with two plates) are both kept, as the note lists both.
 */
function mergeSameUnits(tasks: readonly Task[], tables: readonly ResponsibilityTable[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const merge = (holder: { units: UnitAssignment[] }, line: number | null): void => {
    if (holder.units.length < 2) return;
    const first = new Map<string, UnitAssignment>();
    const kept: UnitAssignment[] = [];
    for (const unit of holder.units) {
      const same = unit.generic ? undefined : first.get(unit.canonical);
      const [short, full] = same && same.name.length <= unit.name.length ? [same.name, unit.name] : [unit.name, same?.name ?? ''];
      if (!same || !isAbbreviation(short, full)) {
        if (!unit.generic && !same) first.set(unit.canonical, unit);
        kept.push(unit);
        continue;
      }
      found.push({ code: 'duplicate-unit', severity: 'warning', message: `“${same.name}”与“${unit.name}”是同一单位，只计一次`, line });
      if (ROLE_STRENGTH[unit.role] > ROLE_STRENGTH[same.role]) same.role = unit.role;
      same.name = full;
    }
    if (kept.length < holder.units.length) holder.units = kept;
  };
  for (let i = 0; i < tasks.length; i++) merge(tasks[i]!, tasks[i]!.line);
  for (const table of tables) for (const row of table.rows) merge(row, row.line);
  return found;
}

/**
 * A table read as a grid whose header names nothing we know (序号, 任务, 责任单位 …) is no
 * responsibility table, but its text is the document's: its rows become lines where it stood, one
 * a row, cells apart by tabs, and are read as the text around them is.
 */
/**
 * The lines but those a reader set aside (a workbook's sheet of 填报说明), each aside reported; the
 * grids placed again among the lines kept.
 */
function withoutAsides(read: { lines: readonly SourceLine[]; grids: readonly TableGrid[] }, asides: readonly Aside[], diagnostics: Diagnostic[]): { lines: SourceLine[]; grids: TableGrid[] } {
  for (const aside of asides) {
    diagnostics.push({ code: 'notes-sheet', severity: 'info', message: `工作表“${aside.label}”是填写说明，未读作任务`, line: aside.from });
  }
  const lines: SourceLine[] = [];
  // kept[i]: how many lines before index i are kept
  const kept: number[] = [];
  for (const line of read.lines) {
    kept.push(lines.length);
    if (!asides.some((aside) => line.line >= aside.from && line.line <= aside.to)) lines.push(line);
  }
  kept.push(lines.length);
  return { lines, grids: read.grids.map((grid) => ({ ...grid, at: kept[grid.at]! })) };
}

function unfoldHeaderlessGrids(read: ReadResult, diagnostics: Diagnostic[], notes: NoteCache): { lines: SourceLine[]; grids: readonly TableGrid[] } {
  // task cards (a table a task, labels beside their values) one after another are the rows of one table
  const tables = readTaskCards(read.tables, (before, after) => read.lines.slice(before.at, after.at).every((line) => BETWEEN_PAGES.test(line.text)));
  const raws = new Map(tables.map((grid) => [grid, gridToRawTable(grid, null, [], notes)]));
  if ([...raws.values()].every((raw) => raw !== null)) return { lines: read.lines, grids: tables };
  const grids: TableGrid[] = [];
  const lines: SourceLine[] = [];
  let taken = 0;
  // the last table read, and the whole of it when grids after it continued it
  let previous: { grid: TableGrid; raw: RawTable; at: number } | null = null;
  for (const grid of [...tables].sort((a, b) => a.at - b.at)) {
    const raw = raws.get(grid)!;
    const between = previous ? read.lines.slice(previous.at, grid.at) : [];
    // …or split off by the heading of its section (金凤 probe round 71: `三、建设宜居宜业和美乡村` between two tables, the second
    // with no header and its 序号 going on from 7 to 8): the heading is a section row of the table
    const headings = between.filter((line) => !BETWEEN_PAGES.test(line.text));
    // (a plan's safeguards, `二、保障措施`, are no section of its task list)
    const bySection = headings.length > 0 && headings.length <= 2 && headings.every((line) => line.text.length <= 40 && !/[。；;]/.test(line.text) && !SAFEGUARDS.test(line.text)) &&
      previous!.raw.header?.some((cell) => columnKind(cell) === 'no') === true;
    if (raw === null && previous && (headings.length === 0 || bySection) && continuesTable(previous.raw, grid)) {
      const rowLines = (table: TableGrid): number[] => table.rowLines ?? table.rows.map((_, r) => table.line + r);
      const width = grid.rows[0]!.length;
      const sectionRows = headings.map((line) => Array.from({ length: width }, (_, i) => ({ text: line.text, fromAbove: false, fromLeft: i > 0 })));
      const whole: TableGrid = { ...previous.grid, rows: [...previous.grid.rows, ...sectionRows, ...grid.rows], rowLines: [...rowLines(previous.grid), ...headings.map((line) => line.line), ...rowLines(grid)] };
      grids[grids.length - 1] = whole; // the table before is the last one placed
      previous = { grid: whole, raw: gridToRawTable(whole, null, [], notes)!, at: grid.at };
      taken = Math.max(taken, grid.at);
      diagnostics.push({ code: 'table-continued', severity: 'info', message: '表格没有表头，列与序号接续上一张表格（分页断开的同一张表），按同一张表读取', line: grid.line });
      continue;
    }
    append(lines, read.lines.slice(taken, grid.at));
    taken = Math.max(taken, grid.at);
    if (raw !== null) {
      const placed = { ...grid, at: lines.length };
      grids.push(placed);
      previous = { grid: placed, raw, at: grid.at };
      continue;
    }
    previous = null;
    diagnostics.push({ code: 'table-without-header', severity: 'info', message: '表格没有可识别的表头或责任单位列（序号、任务、责任单位等），不作为责任清单，按行读作正文', line: grid.line });
    grid.rows.forEach((row, r) => {
      // a merged cell's text stands once, in the position it starts at
      const cells = row.filter((cell) => !cell.fromAbove && !cell.fromLeft && cell.text !== '').map((cell) => cell.text.replace(/\n/g, ' '));
      if (cells.length > 0) lines.push(makeLine(cells.join('\t'), grid.rowLines?.[r] ?? grid.line + r));
    });
  }
  append(lines, read.lines.slice(taken));
  return { lines, grids };
}

/** What may stand between a table and its continuation after a page break: nothing, 续表, a page number. */
/** The heading of a plan's safeguards or requirements, after its tasks. */
const SAFEGUARDS = /保障措施|保障机制|工作要求|有关要求|组织领导|组织保障|组织实施/;
const BETWEEN_PAGES = /^(?:|续表\d*|续上表|[-—–]\s?\d{1,3}\s?[-—–]|第\s?\d{1,3}\s?页(?:[,，/\s]{0,3}共\s?\d{1,3}\s?页)?)$/;

/** The short line standing just before a table read as a grid: its title (`附件2` labels skipped, a lead-in sentence refused). */
function titleBefore(lines: readonly SourceLine[], at: number): string | null {
  return captionBefore(lines, at)?.text ?? null;
}

/** The line titling a grid, just above it: `一、产业提升类` over a Word table of that category. */
function captionBefore(lines: readonly SourceLine[], at: number): SourceLine | null {
  for (let i = at - 1; i >= Math.max(0, at - 4); i--) {
    const text = lines[i]?.text ?? '';
    // a legend or a remark stands between the table and its title (`注：责任单位中加粗字体为牵头单位。`)
    if (!text || /^(?:附件|附表)\s*\d*[:：]?$/.test(text) || MEASURED_IN.test(text) || /^(?:注|说明|备注)\s*\d?[:：]/.test(text) || readLegend([text]) !== null || isUnitLegend(text) || FILLED_IN_BY.test(text) || OFFICE_AND_DATE.test(lines[i]!.plain.trim())) continue;
    // a sentence leading into the table (`各成员单位职责分工见下表:`) is no title
    return text.length <= 60 && !/[。;；]/.test(text) && !/(?:[:：]|见下表|如下表?)$/.test(text) ? lines[i]! : null;
  }
  return null;
}

/**
 * The tasks without the numbered lines that title a grid (`一、产业提升类` over the table of that
 * category's tasks): the table's title, not a task of its own.
 */
function withoutCaptions(tasks: Task[], lines: readonly SourceLine[], grids: readonly TableGrid[]): Task[] {
  const captions = new Set<number>();
  for (const grid of grids) {
    const caption = captionBefore(lines, grid.at);
    if (caption) captions.add(caption.line);
  }
  if (captions.size === 0) return tasks;
  return tasks.filter((task) => !(captions.has(task.line) && task.endLine === task.line && task.units.length === 0 && task.responsibility === null));
}

function summarize(tasks: readonly Task[], tables: readonly ResponsibilityTable[], convention: RoleConvention | null): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (convention) {
    found.push({ code: 'role-convention', severity: 'info', message: `全文约定“${convention.text}”：未写明牵头单位的任务，列第一位的单位为牵头单位`, line: convention.line });
  }
  if (tasks.length === 0) {
    if (!tables.some((table) => table.rows.length > 0)) found.push({ code: 'no-tasks', severity: 'warning', message: '未找到编号任务或任务表格', line: null });
    return found;
  }
  let without = 0;
  for (let i = 0; i < tasks.length; i++) if (tasks[i]!.units.length === 0) without++;
  if (without > 0) found.push({ code: 'tasks-without-units', severity: 'info', message: `${tasks.length} 个任务中有 ${without} 个没有责任单位`, line: null });
  return found;
}

/** Lines of the source: the last line number a reader gave (HTML lines, Word paragraphs). */
function countLines(lines: readonly SourceLine[]): number {
  if (lines.length === 1 && lines[0]!.raw === '') return 0;
  return lines.reduce((most, line) => Math.max(most, line.line), 0);
}

/** Whole-document findings first, then by line; the order within a line is kept. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  // Array.prototype.sort is stable (ES2019): findings on one line keep their order
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The prefix of each attachment's task ids: its own number (`A2.` for 附件2, though 附件1 is the plan
 * read as the body), else its place among the attachments where numbers are missing or repeat.
 */
function attachmentIdPrefixes(attachments: readonly AttachmentPart[]): string[] {
  const numbers = attachments.map((attachment) => trailingNumber(attachment.label));
  const own = numbers.every((number) => number !== null) && new Set(numbers).size === numbers.length;
  return attachments.map((_, index) => `A${own ? Number(numbers[index]) : index + 1}.`);
}

/** The digits a label ends with (`附件2` → `2`), or null (scanned back: a pattern anchored at the end would be tried from every start). */
function trailingNumber(label: string): string | null {
  let at = label.length;
  while (at > 0 && label.charCodeAt(at - 1) >= 0x30 && label.charCodeAt(at - 1) <= 0x39) at--;
  return at < label.length ? label.slice(at) : null;
}
