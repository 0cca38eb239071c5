/**
 * The small pieces of markup the report's sections share: a role in words on its color, the
 * legend of the three roles, and a matrix row's label.
 */
import { ROLES, type Role } from '../../model/document.js';
import type { MatrixRow } from '../../views/matrix.js';
import { ROLE_LABELS } from '../text.js';
import { escapeHtml } from './escape.js';

/** Short cell classes: a 500 × 40 matrix has 20,000 cells, so each cell is kept to a few bytes. */
export const CELL_CLASSES: Readonly<Record<Role, string>> = { lead: 'l', responsible: 'r', support: 's' };

/** `<span class="role lead">牵头</span>`: a role in words on its color. */
export function roleBadge(role: Role): string {
  return `<span class="role ${role}">${ROLE_LABELS[role]}</span>`;
}

/** The three roles with their colors, above the matrix and the workload chart. */
export function roleLegend(): string {
  return `<p class="legend">${ROLES.map(roleBadge).join(' ')}</p>`;
}

/**
 * `<span class="id">2.1.1</span>二、(一)1. 完善园区基础设施`; a table row is marked 表, and its
 * 序号 is left out where it is the id already (a row that restates no task: `1 表 推进…`, not `1 表 1 推进…`).
 */
/**
 * Where a row stands in its source: a PDF's or workbook's place on the page (`p.2:7`), which a
 * reader of the PDF can find, else the source lines (`第 12 行`, `第 12–14 行`).
 */
export function sourcePlace({ line, endLine, location }: { line: number; endLine?: number; location: string | null }): string {
  if (location !== null) return escapeHtml(location);
  return endLine !== undefined && endLine > line ? `第 ${line}–${endLine} 行` : `第 ${line} 行`;
}

export function rowLabel(row: MatrixRow): string {
  const kind = row.kind === 'table-row' ? '<span class="kind">表</span>' : '';
  const path = row.path === row.id ? '' : `${escapeHtml(row.path)} `;
  return `<span class="id">${escapeHtml(row.id)}</span>${kind}${path}${escapeHtml(row.title)}`;
}
