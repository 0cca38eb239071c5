/**
 * extract(bytes | text, options) = decode → read lines → lay out → segment → assign units.
 */
import type { Diagnostic, PolicyDocument, ResponsibilityTable, RoleConvention, Task } from './model/document.js';
import { decodeBytes } from './readers/decode.js';
import { readTextLines, type SourceLine } from './readers/text.js';
import { buildTasks } from './extractors/build-tasks.js';
import { findConvention, findDocumentStatements } from './extractors/convention.js';
import { readLayout } from './extractors/layout.js';
import { readMeta } from './extractors/meta.js';
import { readParagraphs } from './extractors/paragraphs.js';
import { forgetParsedNotes } from './extractors/responsibility-note.js';
import { segmentTasks } from './extractors/segment-tasks.js';
import { checkTable, type RawTable, readTable } from './extractors/tables.js';
import { linkTableRows } from './extractors/link-tables.js';
import { readTextTable } from './extractors/text-tables.js';

export interface ExtractOptions {
  /** The input's path, recorded in `source.path` (`-` for standard input). */
  path?: string | null;
  /** Force an encoding (utf-8, gbk, gb18030, big5, utf-16le …) instead of detecting it. */
  encoding?: string | null;
}

/**
 * Extracts the document model from a plan's bytes (or already decoded text).
 *
 *     const doc = extract(readFileSync('yanbian-2022-demo-towns-tasks.txt'), { path: 'yanbian-2022-demo-towns-tasks.txt' });
 *     doc.tasks[0].units // → [{ name: '各县市党委、政府', role: 'responsible', generic: false }, …]
 *
 * Throws PolicyExtractError when no document can be produced (empty, binary, undecodable);
 * everything else found in the content is a diagnostic.
 */
export function extract(input: Uint8Array | string, options: ExtractOptions = {}): PolicyDocument {
  const path = options.path ?? null;
  const decoded = typeof input === 'string'
    ? { text: input, encoding: 'unicode', bom: false, diagnostics: [] as Diagnostic[] }
    : decodeBytes(input, { encoding: options.encoding ?? null, path });
  forgetParsedNotes();
  const lines = readTextLines(decoded.text);
  const layout = readLayout(lines);
  const convention = findConvention(lines);
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const tasks: Task[] = [];

  const readPart = (start: number, end: number, part: string, idPrefix: string): void => {
    const segmentation = segmentTasks(readParagraphs(lines, start, end));
    const built = buildTasks(segmentation.roots, { part, idPrefix, convention });
    tasks.push(...built.tasks);
    diagnostics.push(...segmentation.diagnostics, ...built.diagnostics);
  };
  readPart(layout.bodyStart, layout.bodyEnd, '正文', '');
  const rawTables: RawTable[] = [];
  layout.attachments.forEach((attachment, index) => {
    const table = attachment.kind === 'table' ? readTextTable(lines, attachment.start, attachment.end, attachment.title) : null;
    if (table) rawTables.push(table);
    else if (attachment.kind !== 'members') readPart(attachment.start, attachment.end, attachment.label, `A${index + 1}.`);
  });
  const tables = rawTables.map((raw) => readTable(raw, { convention }));
  for (const table of tables) diagnostics.push(...checkTable(table), ...linkTableRows(table, tasks));
  diagnostics.push(...findDocumentStatements(lines, layout.bodyStart, layout.bodyEnd));
  diagnostics.push(...summarize(tasks, tables, convention));

  return {
    source: { path, encoding: decoded.encoding, bom: decoded.bom, format: 'text', bytes: typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength, lines: countLines(lines) },
    meta: readMeta(lines, layout),
    convention,
    tasks,
    tables,
    diagnostics: sortDiagnostics(diagnostics),
  };
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
  const without = tasks.filter((task) => task.units.length === 0).length;
  if (without > 0) found.push({ code: 'tasks-without-units', severity: 'info', message: `${tasks.length} 个任务中有 ${without} 个没有责任单位`, line: null });
  return found;
}

function countLines(lines: readonly SourceLine[]): number {
  return lines.length === 1 && lines[0]!.raw === '' ? 0 : lines.length;
}

/** Whole-document findings first, then by line; the order within a line is kept. */
function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort((a, b) => (a.diagnostic.line ?? 0) - (b.diagnostic.line ?? 0) || a.index - b.index)
    .map(({ diagnostic }) => diagnostic);
}
