/**
 * Who carries the load and where no one does: each unit's tasks as a bar stacked by role, and
 * the tasks with no unit or with no unit that leads.
 */
import { maxOf } from '../../collections.js';
import { ROLES, type Role } from '../../model/document.js';
import type { Matrix, MatrixRow } from '../../views/matrix.js';
import { ROLE_LABELS } from '../text.js';
import { escapeHtml } from './escape.js';
import type { ReportRow } from './report-rows.js';
import { CELL_CLASSES, roleLegend, rowLabel, sourcePlace } from './widgets.js';

/** A unit's tasks by role. */
interface UnitLoad {
  label: string;
  total: number;
  roles: Record<Role, number>;
}

/**
 * The bar chart, one bar a unit, most tasks first (units with as many in the matrix's order:
 * by level); each bar's segments say their role and number in words beside it.
 *
 *     renderWorkload(buildMatrix([yanbian]))
 *     // → '<section class="workload"><h3>单位工作量</h3>…<li><span>州住房和城乡建设局</span><span class="bar" …'
 */
export function renderWorkload(matrix: Matrix): string {
  const loads = unitLoads(matrix).sort((a, b) => b.total - a.total);
  const most = maxOf(loads.map((load) => load.total), 1);
  const bars = loads.map((load) => {
    const segments = ROLES.filter((role) => load.roles[role] > 0)
      .map((role) => `<span class="${CELL_CLASSES[role]}" style="width:${((load.roles[role] / most) * 100).toFixed(2)}%"></span>`);
    const counts = ROLES.filter((role) => load.roles[role] > 0).map((role) => `${ROLE_LABELS[role]} ${load.roles[role]}`).join('，');
    return `<li><span>${escapeHtml(load.label)}</span><span class="bar">${segments.join('')}</span><span class="counts">${load.total}：${counts}</span></li>`;
  });
  return [
    '<section class="workload">',
    `<h3>单位工作量 <span class="muted">每个单位参与的任务数，按角色</span></h3>`,
    roleLegend(),
    bars.length > 0 ? `<ol class="workload">\n${bars.join('\n')}\n</ol>` : '<p class="muted">没有找到责任单位。</p>',
    '</section>',
  ].join('\n');
}

function unitLoads(matrix: Matrix): UnitLoad[] {
  const loads = matrix.columns.map((column): UnitLoad => ({ label: column.label, total: column.total, roles: { lead: 0, responsible: 0, support: 0 } }));
  for (const row of matrix.rows) {
    row.cells.forEach((role, i) => {
      if (role !== null) loads[i]!.roles[role]++;
    });
  }
  return loads;
}

/**
 * The gaps: tasks (and table rows) with no unit at all, and those with units of which none leads.
 *
 *     renderGaps(reportRows(buildMatrix([jilinDemoTowns]), 'd1'))
 *     // → '<section class="gaps">\n<h3>缺少单位或牵头单位</h3>\n<details open><summary>没有责任单位（10）</summary>…'
 */
export function renderGaps(rows: readonly ReportRow[]): string {
  const withoutUnit = rows.filter(({ row }) => row.total === 0);
  const withoutLead = rows.filter(({ row }) => row.total > 0 && !hasLead(row));
  return [
    '<section class="gaps">',
    '<h3>缺少单位或牵头单位</h3>',
    gapList('没有责任单位', withoutUnit),
    gapList('几个单位负责或只有配合单位、没有牵头单位', withoutLead),
    '</section>',
  ].join('\n');
}

/**
 * Some unit leads the row: a 牵头 unit, or else its one 负责 unit, which is in charge by itself
 * whoever supports it. Several 负责 units without a 牵头 share the work and none answers for it;
 * 配合 units only help, so a row of them alone has no one in charge.
 */
function hasLead(row: MatrixRow): boolean {
  let responsible = 0;
  for (const role of row.cells) {
    if (role === 'lead') return true;
    if (role === 'responsible') responsible++;
  }
  return responsible === 1;
}

function gapList(label: string, rows: readonly ReportRow[]): string {
  if (rows.length === 0) return `<p>${label}：无</p>`;
  const items = rows.map((report) => `<li><a class="task-link" href="#${report.anchor}">${rowLabel(report.row)}</a> <span class="where">${sourcePlace({ line: report.line, location: report.location })}</span></li>`);
  return `<details open><summary>${label}（${rows.length}）</summary><ul>\n${items.join('\n')}\n</ul></details>`;
}
