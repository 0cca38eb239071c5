/**
 * The responsibility matrix as a heatmap: tasks down, units across, each cell 牵头/负责/配合 in
 * words and in color, the unit names and task titles sticky, and the filter form the script uses.
 */
import { countFilledCells, type Matrix } from '../../views/matrix.js';
import { ROLE_LABELS } from '../text.js';
import { escapeHtml } from './escape.js';
import type { ReportRow } from './report-rows.js';
import { CELL_CLASSES, roleLegend, rowLabel } from './widgets.js';

/**
 * The matrix section of one document: legend, filters (hidden until the script shows them),
 * and the table; for a document of no task and no table row, a line that says so.
 *
 *     renderHeatmap(buildMatrix([yanbian]), reportRows(matrix, 'd1'))
 *     // → '<section class="matrix"><h3>责任矩阵</h3>…<tr data-headings="0 1"><th scope="row"><a class="task-link" href="#d1-t0">…'
 */
export function renderHeatmap(matrix: Matrix, rows: readonly ReportRow[]): string {
  // a table of no row would have no header and filters with nothing to filter
  if (rows.length === 0) return '<section class="matrix"><h3>责任矩阵</h3><p class="muted">没有找到任务或表格行</p></section>';
  const headings = headingIndex(rows);
  return [
    '<section class="matrix">',
    `<h3>责任矩阵 <span class="muted">${rows.length} 行 × ${matrix.columns.length} 个单位</span></h3>`,
    roleLegend(),
    renderFilters(matrix, headings),
    '<div class="matrix-scroll"><table class="heatmap">',
    renderHead(matrix),
    '<tbody>',
    ...rows.map((row) => renderRow(row, headings.keys)),
    '</tbody>',
    renderTotals(matrix),
    '</table></div>',
    '</section>',
  ].join('\n');
}

/** Every heading path of the rows (a heading is known by the headings above it too: two sections may both have a (一)组织领导). */
interface HeadingIndex {
  /** Path key → its number, in order of first appearance. */
  keys: Map<string, number>;
  /** Each heading once: its text and depth, for the filter's options. */
  options: Array<{ text: string; depth: number }>;
}

function headingIndex(rows: readonly ReportRow[]): HeadingIndex {
  const index: HeadingIndex = { keys: new Map(), options: [] };
  for (const { headings } of rows) {
    headings.forEach((text, depth) => {
      const key = headingKey(headings, depth);
      if (index.keys.has(key)) return;
      index.keys.set(key, index.options.length);
      index.options.push({ text, depth });
    });
  }
  return index;
}

function headingKey(headings: readonly string[], depth: number): string {
  return headings.slice(0, depth + 1).join('\u0000');
}

function renderFilters(matrix: Matrix, headings: HeadingIndex): string {
  const units = matrix.columns.map((column, i) => `<option value="${i}">${escapeHtml(column.label)}（${column.total}）</option>`);
  // full-width spaces indent the options: a select shows no other markup
  const sections = headings.options.map(({ text, depth }, i) => `<option value="${i}">${'\u3000'.repeat(depth)}${escapeHtml(text)}</option>`);
  return [
    '<form class="filters" hidden>',
    `<label>单位 <select name="unit"><option value="">全部单位</option>${units.join('')}</select></label>`,
    `<label>标题 <select name="heading"><option value="">全部标题</option>${sections.join('')}</select></label>`,
    '<label>查找 <input type="search" name="words" placeholder="编号或文字"></label>',
    '<output></output>',
    '</form>',
  ].join('\n');
}

function renderHead(matrix: Matrix): string {
  const units = matrix.columns.map((column) => `<th class="unit" scope="col" title="${escapeHtml(column.label)}"><span>${escapeHtml(column.label)}</span></th>`);
  return `<thead><tr><th class="corner" scope="col">任务</th>${units.join('')}<th class="total" scope="col">合计</th></tr></thead>`;
}

function renderRow(report: ReportRow, headingKeys: ReadonlyMap<string, number>): string {
  const { row } = report;
  const keys = report.headings.map((_, depth) => headingKeys.get(headingKey(report.headings, depth))!).join(' ');
  const cells = row.cells.map((role) => (role === null ? '<td></td>' : `<td class="${CELL_CLASSES[role]}">${ROLE_LABELS[role]}</td>`));
  return `<tr data-headings="${keys}"><th scope="row"><a class="task-link" href="#${report.anchor}">${rowLabel(row)}</a></th>${cells.join('')}<td class="total">${row.total}</td></tr>`;
}

function renderTotals(matrix: Matrix): string {
  const totals = matrix.columns.map((column) => `<td>${column.total}</td>`);
  return `<tfoot><tr><th scope="row">合计</th>${totals.join('')}<td class="total">${countFilledCells(matrix)}</td></tr></tfoot>`;
}
