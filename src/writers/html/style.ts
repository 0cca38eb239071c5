/**
 * The style sheet every HTML output inlines: a CJK font stack (no web font: the report opens
 * without a network), the role colors of the heatmap, sticky matrix headers, and a print layout.
 */

/** Fonts that carry simplified Chinese on Linux, macOS and Windows, before the browser's own sans-serif. */
export const CJK_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export const STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #fff; --band: #f6f8fa; --mark: #fff8c5;
  --lead: #08519c; --responsible: #4292c6; --support: #c6dbef; --added: #dafbe1; --removed: #ffebe9; }
* { box-sizing: border-box; }
body { margin: 0; padding: 0 24px 48px; color: var(--ink); background: var(--paper);
  font: 14px/1.6 ${CJK_FONT_STACK}; }
h1 { font-size: 22px; margin: 20px 0 4px; }
h2 { font-size: 19px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 28px 0 8px; }
a { color: #0550ae; }
.muted, .where { color: var(--muted); }
.where { font-size: 12px; }
.id { font-variant-numeric: tabular-nums; color: var(--muted); margin-right: 0.4em; }
nav.documents ol { margin: 4px 0; padding-left: 1.5em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
ul.summary { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; padding: 0; margin: 8px 0; }
ul.summary li { background: var(--band); border: 1px solid var(--line); border-radius: 4px; padding: 0 8px; }
.role { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; }
.role.lead, .heatmap td.l, .bar .l { background: var(--lead); color: #fff; }
.role.responsible, .heatmap td.r, .bar .r { background: var(--responsible); color: #fff; }
.role.support, .heatmap td.s, .bar .s { background: var(--support); color: var(--ink); }
.legend { margin: 4px 0; font-size: 12px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 8px 0; }
.filters select, .filters input { font: inherit; max-width: 26em; }
.matrix-scroll { overflow: auto; max-height: 75vh; border: 1px solid var(--line); }
table.heatmap { border-collapse: separate; border-spacing: 0; font-size: 12px; }
.heatmap th, .heatmap td { border-right: 1px solid var(--line); border-bottom: 1px solid var(--line); padding: 2px 4px; }
.heatmap thead th { position: sticky; top: 0; z-index: 2; background: var(--band); vertical-align: bottom; font-weight: normal; }
.heatmap thead th.unit span { writing-mode: vertical-rl; display: inline-block; max-height: 14em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.heatmap th.corner { left: 0; z-index: 3; text-align: left; }
.heatmap tbody th { position: sticky; left: 0; z-index: 1; background: var(--paper); text-align: left; font-weight: normal; }
.heatmap tbody th a { display: block; max-width: 28em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: inherit; text-decoration: none; }
.heatmap tbody tr { cursor: pointer; }
.heatmap tbody tr:hover th, .heatmap tbody tr:hover td:empty, .heatmap td.focus:empty, .heatmap tr.selected th { background: var(--mark); }
.heatmap td { text-align: center; min-width: 2.8em; white-space: nowrap; }
.heatmap .total { background: var(--band); font-weight: bold; }
.heatmap tfoot th, .heatmap tfoot td { position: sticky; bottom: 0; background: var(--band); font-weight: bold; }
.heatmap tfoot th { left: 0; z-index: 3; text-align: left; }
.kind { font-size: 11px; border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; margin-right: 0.3em; }
ol.workload { display: grid; grid-template-columns: minmax(10em, max-content) minmax(12em, 1fr) max-content; gap: 3px 12px; align-items: center; list-style: none; padding: 0; max-width: 1100px; }
ol.workload li { display: contents; }
.bar { display: flex; height: 16px; background: var(--band); }
.bar span { display: block; height: 100%; }
.counts { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; }
.gaps ul { columns: 2 24em; margin: 4px 0; }
table.plain { border-collapse: collapse; margin: 4px 0; }
.plain th, .plain td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
.plain th { background: var(--band); font-weight: normal; color: var(--muted); }
.severity-error { color: #cf222e; font-weight: bold; }
.severity-warning { color: #9a6700; font-weight: bold; }
.severity-info { color: var(--muted); }
article.task-text { border-top: 1px solid var(--line); padding: 6px 0; }
article.task-text h4 { margin: 0; font-size: 14px; }
article.task-text p { margin: 4px 0; }
.note { color: var(--muted); }
aside.detail { position: fixed; right: 16px; bottom: 16px; z-index: 10; width: min(40em, calc(100vw - 32px)); max-height: 60vh; overflow: auto;
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2); padding: 8px 16px 12px; }
aside.detail button { float: right; font: inherit; }
table.diff { width: 100%; border-collapse: collapse; table-layout: fixed; }
.diff col.side { width: 40%; }
.diff th, .diff td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
.diff thead th { position: sticky; top: 0; background: var(--band); z-index: 1; }
.diff td p { margin: 4px 0; }
.diff td p.text-changes { white-space: pre-line; }
.diff tr.unchanged td { color: var(--muted); }
.diff del { background: var(--removed); color: #82071e; }
.diff ins { background: var(--added); color: #116329; }
.badge { display: inline-block; font-size: 11px; border: 1px solid currentColor; border-radius: 3px; padding: 0 4px; margin-left: 0.3em; color: #9a6700; }
ul.unit-changes { list-style: none; padding: 0; margin: 0; font-size: 13px; }
.unit-changes .added { color: #116329; }
.unit-changes .removed { color: #cf222e; }
.unit-changes .role-changed { color: #9a6700; }
body:has(#changes-only:checked) tr.unchanged { display: none; }
@media print {
  body { padding: 0; font-size: 10pt; }
  .filters, aside.detail, nav.documents, .no-print { display: none !important; }
  .matrix-scroll { overflow: visible; max-height: none; border: 0; }
  .heatmap thead th, .heatmap tbody th, .heatmap tfoot th, .heatmap tfoot td, .diff thead th { position: static; }
  .heatmap tbody th a { max-width: 18em; }
  tr, ol.workload li, article.task-text { break-inside: avoid; }
  section.document + section.document { break-before: page; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
