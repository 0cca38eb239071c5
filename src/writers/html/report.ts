/**
 * Writes documents as one self-contained HTML report: for each document its metadata, the
 * responsibility matrix as a heatmap, the units' workload, the tasks missing a unit or a lead,
 * the diagnostics and the task texts.
 */
import { basename } from 'node:path';
import { ROLES, type PolicyDocument, type Role } from '../../model/document.js';
import { buildMatrix, type Matrix, type MatrixOptions } from '../../views/matrix.js';
import { DOCUMENT_LEVEL_LABELS, ROLE_LABELS, SEVERITY_LABELS } from '../text.js';
import { escapeHtml } from './escape.js';
import { renderHeatmap } from './heatmap.js';
import { renderPage } from './page.js';
import { REPORT_SCRIPT } from './report-script.js';
import { reportRows } from './report-rows.js';
import { renderDiagnostics, renderTaskTexts } from './task-texts.js';
import { renderGaps, renderWorkload } from './workload.js';

/** Only `names` is read: each document has a matrix of its own, so `by: 'file'` changes nothing. */
export type HtmlReportOptions = Pick<MatrixOptions, 'names'>;

/** The panel the script fills with the text of the task clicked. */
const DETAIL_PANEL = '<aside class="detail" id="detail" hidden aria-live="polite"><button type="button" class="close">关闭 ✕</button><div class="detail-body"></div></aside>';

/**
 * Renders the report; several documents are sections of one page with a list of links at the
 * top. The same documents give the same bytes.
 *
 *     writeHtmlReport([yanbian])
 *     // → '<!DOCTYPE html>\n<html lang="zh-CN">…<h1>延边州开展示范镇建设助推乡村振兴工作任务分工方案</h1>…'
 */
export function writeHtmlReport(documents: readonly PolicyDocument[], options: HtmlReportOptions = {}): string {
  const several = documents.length > 1;
  const title = several ? `责任矩阵报告（${documents.length} 个文件）` : documentTitle(documents[0]);
  const sections = documents.map((document, i) => renderDocument(document, `d${i + 1}`, several, options));
  const body = ['<header>', `<h1>${escapeHtml(title)}</h1>`, several ? renderContents(documents) : '', '</header>', '<main>', ...sections, '</main>', DETAIL_PANEL];
  return renderPage({ title, body: body.filter((part) => part !== '').join('\n'), script: REPORT_SCRIPT });
}

function documentTitle(document: PolicyDocument | undefined): string {
  return document?.meta.title ?? (basename(document?.source.path ?? '') || '未命名文件');
}

function renderContents(documents: readonly PolicyDocument[]): string {
  const items = documents.map((document, i) => `<li><a href="#d${i + 1}">${escapeHtml(documentTitle(document))}</a> <span class="where">${escapeHtml(document.source.path ?? '')}</span></li>`);
  return `<nav class="documents"><ol>\n${items.join('\n')}\n</ol></nav>`;
}

function renderDocument(document: PolicyDocument, prefix: string, several: boolean, options: HtmlReportOptions): string {
  const matrix = buildMatrix([document], { names: options.names });
  const rows = reportRows(matrix, prefix);
  return [
    `<section class="document" id="${prefix}">`,
    several ? `<h2>${escapeHtml(documentTitle(document))}</h2>` : '',
    renderMeta(document, matrix),
    renderHeatmap(matrix, rows),
    renderWorkload(matrix),
    renderGaps(rows),
    renderDiagnostics(document.diagnostics, rows),
    renderTaskTexts(rows),
    '</section>',
  ].filter((part) => part !== '').join('\n');
}

/** What the document says of itself and where it came from, then its counts. */
function renderMeta(document: PolicyDocument, matrix: Matrix): string {
  const { meta, source } = document;
  const fields: Array<[string, string | null]> = [
    ['文件', source.path === null ? null : `${source.path}（${source.format}，${source.encoding}，${source.lines} 行）`],
    ['发文字号', meta.docNumber],
    ['发文机关', meta.issuers.join('、') || null],
    ['日期', meta.date],
    ['层级', meta.level === null ? null : DOCUMENT_LEVEL_LABELS[meta.level]],
    ['主送机关', meta.recipients.join('、') || null],
    ['附件', meta.attachments.join('；') || null],
  ];
  const rows = fields.filter((field): field is [string, string] => field[1] !== null).map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>`);
  return `<section class="meta"><dl class="meta">${rows.join('')}</dl>\n${renderCounts(document, matrix)}</section>`;
}

/**
 * `任务 0 · 表格行 3 · 有单位 3 · 没有单位 0 · 牵头 3 · 负责 0 · 配合 5 · 错误 0 · 警告 0 · 提示 1`:
 * rows and roles counted over the matrix's rows (tasks and table rows, each unit once a row), so
 * they add up to what the matrix, the gap lists and the diagnostics table below show.
 */
function renderCounts(document: PolicyDocument, matrix: Matrix): string {
  const roles: Record<Role, number> = { lead: 0, responsible: 0, support: 0 };
  for (const row of matrix.rows) for (const role of row.cells) if (role !== null) roles[role]++;
  const withUnits = matrix.rows.filter((row) => row.total > 0).length;
  const tableRows = matrix.rows.filter((row) => row.kind === 'table-row').length;
  const counts: Array<[string, number]> = [
    ['任务', matrix.rows.length - tableRows],
    ['表格行', tableRows],
    ['有单位', withUnits],
    ['没有单位', matrix.rows.length - withUnits],
    ...ROLES.map((role): [string, number] => [ROLE_LABELS[role], roles[role]]),
    ...(['error', 'warning', 'info'] as const).map((severity): [string, number] => [SEVERITY_LABELS[severity], document.diagnostics.filter((d) => d.severity === severity).length]),
  ];
  return `<ul class="summary">${counts.map(([name, count]) => `<li>${name} ${count}</li>`).join('')}</ul>`;
}
