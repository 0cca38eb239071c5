/** Writes documents as the readable terminal listing: headings, tasks, their units, then findings. */
import { basename } from 'node:path';
import { ROLES } from '../model/document.js';
import type { Diagnostic, DocumentLevel, PolicyDocument, ResponsibilityTable, Role, Severity, Task, UnitAssignment, UnitKind } from '../model/document.js';
import { append, maxOf } from '../collections.js';

/** How to paint each kind of text; the CLI passes chalk-based functions, tests pass {@link plainStyle}. */
export interface TextStyle {
  title(s: string): string;
  heading(s: string): string;
  id(s: string): string;
  dim(s: string): string;
  lead(s: string): string;
  responsible(s: string): string;
  support(s: string): string;
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
}

export interface TextOptions {
  /** How to paint; {@link plainStyle} (no colors) by default. */
  style?: TextStyle;
}

const identity = (s: string): string => s;

/** Every function returns its input: the listing without colors. */
export const plainStyle: TextStyle = {
  title: identity,
  heading: identity,
  id: identity,
  dim: identity,
  lead: identity,
  responsible: identity,
  support: identity,
  error: identity,
  warning: identity,
  info: identity,
};

/** The Chinese role words: 牵头 (lead), 负责 (responsible), 配合 (support). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = { lead: '牵头', responsible: '负责', support: '配合' };

/** The Chinese words for the severities of a finding. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** The Chinese words for whose plan a document is: 省级 (provincial) … 村级 (village). */
export const DOCUMENT_LEVEL_LABELS: Readonly<Record<DocumentLevel, string>> = { central: '中央', provincial: '省级', prefecture: '市州级', county: '县级', township: '乡镇级', village: '村级' };

/** The Chinese words for the kinds of unit. */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  'party-committee': '党委', government: '政府', department: '部门', 'public-institution': '事业单位',
  enterprise: '企业', 'mass-organization': '群团组织', financial: '金融机构', generic: '泛指',
};

/** Task lines end at this column with `line N`, or without it when the title leaves no room. */
const WIDTH = 100;
/** Characters of task text shown when a task has no short title. */
const EXCERPT_LENGTH = 30;
/** The part label of the plan's body; other parts (附件2) get a line of their own. */
const BODY_PART = '正文';

/** East Asian wide and full-width ranges (CJK, kana, hangul, full-width forms, emoji). */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;
/** Combining marks, zero-width spaces and joiners, variation selectors, control characters. */
const ZERO_WIDTH = /[\u0000-\u001F\u007F-\u009F\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F]/u;

/**
 * Columns a string takes in a terminal: CJK and full-width characters count two.
 *
 *     displayWidth('1. 完善园区基础设施') // → 19
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
  return width;
}

/** The first paragraph of the text, cut to {@link EXCERPT_LENGTH} characters, with … when cut. */
function excerpt(text: string): string {
  const [first = ''] = text.split('\n');
  const chars = Array.from(first);
  const cut = chars.length > EXCERPT_LENGTH || first.length < text.length;
  return cut ? chars.slice(0, EXCERPT_LENGTH).join('') + '…' : first;
}

function paintRole(role: Role, style: TextStyle): string {
  return style[role](ROLE_LABELS[role]);
}

function paintSeverity(severity: Severity, style: TextStyle): string {
  return style[severity](severity);
}

/** The lines of one task: `2.1.1  1. 完善园区基础设施   line 25`, then its units and deadline. */
/** One line per role present: `负责  各县市党委、政府 · 州住建局`, generic units dimmed. */
function renderUnits(units: readonly UnitAssignment[], detail: string, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const role of ROLES) {
    const names = units.filter((unit) => unit.role === role).map((unit) => (unit.generic ? style.dim(unit.name) : unit.name));
    if (names.length > 0) lines.push(`${detail}${paintRole(role, style)}  ${names.join(' · ')}`);
  }
  if (units.length === 0) lines.push(detail + style.dim('（未找到责任单位）'));
  return lines;
}

/** `label` with `line N` (or a PDF's `p.3:12`) right-aligned at {@link WIDTH} when it fits. */
function withLine(plain: string, painted: string, { line, location }: { line: number; location?: string }, style: TextStyle): string {
  const where = location ?? `line ${line}`;
  const gap = WIDTH - displayWidth(plain) - where.length;
  return gap >= 2 ? painted + ' '.repeat(gap) + style.dim(where) : painted;
}

function renderTask(task: Task, idWidth: number, style: TextStyle): string[] {
  const indent = ' '.repeat(2 * task.headings.length);
  const label = [task.path.at(-1) ?? '', task.title ?? excerpt(task.text)].filter((s) => s !== '').join(' ');
  const plain = `${indent}${task.id.padEnd(idWidth)}  ${label}`;
  const head = `${indent}${style.id(task.id)}${' '.repeat(idWidth - task.id.length)}  ${label}`;
  const detail = indent + ' '.repeat(idWidth + 2);
  const lines = [withLine(plain, head, task, style), ...renderUnits(task.units, detail, style)];
  if (task.deadline !== null) lines.push(`${detail}${style.dim('时限')}  ${task.deadline}`);
  return lines;
}

/** A table: its title and rows, each with its 序号, an excerpt, the task it restates, and its units. */
function renderTable(table: ResponsibilityTable, style: TextStyle): string[] {
  const lines = [style.heading(`${table.title ?? '表格'}（${count(table.rows.length, 'row')}）`)];
  const noWidth = Math.max(0, ...table.rows.map((row) => row.no.length));
  for (const row of table.rows) {
    const link = row.task === null ? '' : ` → ${row.task}`;
    const plain = `  ${row.no.padEnd(noWidth)}  ${excerpt(row.text)}${link}`;
    const painted = `  ${style.id(row.no)}${' '.repeat(noWidth - row.no.length)}  ${excerpt(row.text)}${style.dim(link)}`;
    const detail = ' '.repeat(noWidth + 4);
    lines.push(withLine(plain, painted, row, style), ...renderUnits(row.units, detail, style));
    if (row.deadline !== null) lines.push(`${detail}${style.dim('时限')}  ${row.deadline}`);
  }
  return lines;
}

/** Tasks under their headings; a heading is printed only where it differs from the task before. */
function renderTasks(tasks: readonly Task[], style: TextStyle): string[] {
  const idWidth = maxOf(tasks.map((task) => task.id.length));
  const lines: string[] = [];
  let part = BODY_PART;
  let previous: readonly string[] = [];
  for (const task of tasks) {
    if (task.part !== part) {
      lines.push(style.heading(task.part));
      part = task.part;
      previous = [];
    }
    let same = 0;
    while (same < task.headings.length && task.headings[same] === previous[same]) same++;
    task.headings.slice(same).forEach((heading, i) => lines.push(' '.repeat(2 * (same + i)) + style.heading(heading)));
    previous = task.headings;
    append(lines, renderTask(task, idWidth, style));
  }
  return lines;
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** `15 tasks · 15 with units · 0 without · 61 assignments (0 lead, 61 responsible, 0 support) · 2 warnings`. */
function renderSummary(document: PolicyDocument, style: TextStyle): string {
  const { tasks, diagnostics } = document;
  const units = tasks.flatMap((task) => task.units);
  const withUnits = tasks.filter((task) => task.units.length > 0).length;
  const byRole = ROLES.map((role) => `${units.filter((unit) => unit.role === role).length} ${role}`).join(', ');
  const severities = (severity: Severity): number => diagnostics.filter((d) => d.severity === severity).length;
  const [errors, warnings, infos] = [severities('error'), severities('warning'), severities('info')];

  const parts = [
    style.dim(count(tasks.length, 'task')),
    style.dim(`${withUnits} with units`),
    style.dim(`${tasks.length - withUnits} without`),
    style.dim(`${count(units.length, 'assignment')} (${byRole})`),
  ];
  if (document.tables.length > 0) {
    const rows = document.tables.reduce((sum, table) => sum + table.rows.length, 0);
    parts.push(style.dim(`${count(document.tables.length, 'table')} (${count(rows, 'row')})`));
  }
  if (errors > 0) parts.push(style.error(count(errors, 'error')));
  // Warnings are always counted, so that "0 warnings" tells a clean run from a forgotten check.
  parts.push(warnings > 0 ? style.warning(count(warnings, 'warning')) : style.dim(count(0, 'warning')));
  if (infos > 0) parts.push(style.info(`${infos} info`));
  return parts.join(style.dim(' · '));
}

/** `path:line: severity: message [code]`, the shape editors and CI annotators already parse. */
function renderDiagnostic(diagnostic: Diagnostic, path: string, style: TextStyle): string {
  const where = diagnostic.line === null ? path : `${path}:${diagnostic.location ?? diagnostic.line}`;
  return `${where}: ${paintSeverity(diagnostic.severity, style)}: ${diagnostic.message} [${diagnostic.code}]`;
}

function renderDocument(document: PolicyDocument, style: TextStyle): string[] {
  const { source, meta } = document;
  const path = source.path ?? '<input>';
  const metaParts = [
    meta.docNumber,
    meta.issuers.length > 0 ? meta.issuers.join('、') : null,
    meta.date,
    source.path === null ? null : `${source.path} (${source.encoding})`,
  ].filter((part): part is string => part !== null && part !== '');

  const lines = [style.title(meta.title ?? basename(path))];
  if (metaParts.length > 0) lines.push(style.dim(metaParts.join(' · ')));
  if (document.tasks.length > 0) lines.push('', ...renderTasks(document.tasks, style));
  for (const table of document.tables) lines.push('', ...renderTable(table, style));
  lines.push('', renderSummary(document, style));
  for (const diagnostic of findingsToShow(document.diagnostics)) lines.push(renderDiagnostic(diagnostic, path, style));
  return lines;
}

/** Findings of one code shown at most; the rest are counted in one line (JSON and YAML keep them all). */
const SHOWN_PER_CODE = 50;

/**
 * The warnings and errors a person is shown, in order: at most {@link SHOWN_PER_CODE} of each code
 * (a file of bare markers has thousands of `empty-task`), then for each code with more, one finding
 * that counts the rest: `另有 2950 条同类未列出（JSON 输出列出全部）`.
 */
export function findingsToShow(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Map<string, { severity: Severity; count: number }>();
  const shown: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'info') continue;
    const counted = seen.get(diagnostic.code) ?? { severity: diagnostic.severity, count: 0 };
    seen.set(diagnostic.code, counted);
    if (++counted.count <= SHOWN_PER_CODE) shown.push(diagnostic);
  }
  for (const [code, { severity, count }] of seen) {
    if (count > SHOWN_PER_CODE) shown.push({ code, severity, message: `另有 ${count - SHOWN_PER_CODE} 条同类未列出（JSON 输出列出全部）`, line: null });
  }
  return shown;
}

/**
 * Renders the terminal listing; documents are separated by a blank line.
 *
 *     writeText([yanbian])
 *     // → '延边州开展示范镇建设助推乡村振兴工作任务分工方案\n'
 *     //   + '延州办字〔2022〕4号 · … · 2022-05-07 · fixtures/corpus/yanbian.txt (utf-8)\n\n'
 *     //   + '二、工作分工\n  (一)推进产业项目建设,提升造血能力\n'
 *     //   + '    2.1.1  1. 完善园区基础设施        …        line 25\n'
 *     //   + '           负责  各县市党委、政府 · 州住建局\n…'
 */
export function writeText(documents: readonly PolicyDocument[], options: TextOptions = {}): string {
  const style = options.style ?? plainStyle;
  if (documents.length === 0) return '';
  return documents.map((document) => renderDocument(document, style).join('\n')).join('\n\n') + '\n';
}
