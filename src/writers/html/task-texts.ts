/**
 * What a reader opens from the matrix: each task's full text with its note, units, deadline and
 * source lines, and the diagnostics with the lines (and tasks) they point at.
 */
import { ROLES, type Diagnostic, type UnitAssignment } from '../../model/document.js';
import { SEVERITY_LABELS } from '../text.js';
import { escapeHtml, paragraphs } from './escape.js';
import type { ReportRow } from './report-rows.js';
import { roleBadge, rowLabel, sourcePlace } from './widgets.js';

/**
 * The texts of all rows, folded away under one summary: the matrix's links and the task panel
 * open them (a browser unfolds the section for a link into it).
 *
 *     renderTaskTexts(rows) // → '<details class="texts"><summary>任务全文（17）</summary>\n<article class="task-text" id="d1-t0">…'
 */
export function renderTaskTexts(rows: readonly ReportRow[]): string {
  if (rows.length === 0) return '';
  return `<details class="texts"><summary>任务全文（${rows.length}）</summary>\n${rows.map(renderArticle).join('\n')}\n</details>`;
}

function renderArticle(report: ReportRow): string {
  const { row } = report;
  const linked = row.kind === 'table-row' && row.id !== row.path ? ` → 任务 ${escapeHtml(row.id)}` : '';
  const where = [...report.headings.map(escapeHtml), sourcePlace(report)].join(' › ');
  const parts = [
    `<article class="task-text" id="${report.anchor}">`,
    `<h4>${rowLabel(row)}${linked}</h4>`,
    `<p class="where">${where}</p>`,
    paragraphs(report.text),
    report.note === null ? '' : `<p class="note">责任表述：${escapeHtml(report.note)}</p>`,
    renderUnits(report.units),
    report.deadline === null ? '' : `<p>完成时限：${escapeHtml(report.deadline)}</p>`,
    '</article>',
  ];
  return parts.filter((part) => part !== '').join('');
}

/** One line per role: `负责 各县市党委、政府、州住建局（州住房和城乡建设局）`, the canonical name where it differs. */
function renderUnits(units: readonly UnitAssignment[]): string {
  if (units.length === 0) return '<p class="muted">未找到责任单位</p>';
  return ROLES.flatMap((role) => {
    const names = units.filter((unit) => unit.role === role).map((unit) => escapeHtml(unit.canonical === unit.name ? unit.name : `${unit.name}（${unit.canonical}）`));
    return names.length === 0 ? [] : [`<p>${roleBadge(role)} ${names.join('、')}</p>`];
  }).join('');
}

/**
 * The diagnostics as a table: severity in words, the source line, the task standing on that line
 * (a link to its text), the message and its code.
 */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], rows: readonly ReportRow[]): string {
  if (diagnostics.length === 0) return '<section class="diagnostics"><h3>问题</h3><p>没有发现问题。</p></section>';
  const byLine = rowsByLine(rows);
  const body = diagnostics.map((diagnostic) => {
    const task = diagnostic.line === null ? undefined : byLine.get(diagnostic.line);
    const link = task === undefined ? '' : `<a class="task-link" href="#${task.anchor}">${escapeHtml(task.row.id)}</a>`;
    const severity = `<span class="severity-${diagnostic.severity}">${SEVERITY_LABELS[diagnostic.severity]}</span>`;
    return `<tr><td>${severity}</td><td>${escapeHtml(diagnostic.location ?? String(diagnostic.line ?? ''))}</td><td>${link}</td><td>${escapeHtml(diagnostic.message)}</td><td><code>${escapeHtml(diagnostic.code)}</code></td></tr>`;
  });
  return [
    '<section class="diagnostics">',
    `<h3>问题（${diagnostics.length}）</h3>`,
    '<table class="plain"><thead><tr><th>级别</th><th>行</th><th>任务</th><th>说明</th><th>代码</th></tr></thead><tbody>',
    ...body,
    '</tbody></table>',
    '</section>',
  ].join('\n');
}

/** Each source line a row stands on, to its row (a task before the table row that restates it): linear in the lines. */
function rowsByLine(rows: readonly ReportRow[]): Map<number, ReportRow> {
  const byLine = new Map<number, ReportRow>();
  for (const row of rows) {
    for (let line = row.line; line <= row.endLine; line++) if (!byLine.has(line)) byLine.set(line, row);
  }
  return byLine;
}
