/** The frame of every HTML output: one self-contained page, its style and script inline, nothing fetched. */
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { STYLE } from './style.js';

export interface PageParts {
  /** The window title (escaped here). */
  title: string;
  /** The body's markup, already escaped by its builder. */
  body: string;
  /** The page's own script, if it has one: a constant of this package, never built from data. */
  script?: string;
}

/**
 * A whole HTML page. Its Content-Security-Policy allows no request at all and only the page's
 * own script (by hash): were a document's text ever to slip through unescaped, a `<script>` in
 * it would not run and nothing could be fetched.
 *
 *     renderPage({ title: '延边州…分工方案', body: '<main>…</main>', script: REPORT_SCRIPT })
 *     // → '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">…'
 */
export function renderPage(parts: PageParts): string {
  return `${pageStart(parts)}${parts.body}\n${pageEnd(parts)}`;
}

/** The page up to the body's content: for a page written in pieces (the batch's index streams its rows). */
export function pageStart(parts: Pick<PageParts, 'title' | 'script'>): string {
  const scriptSource = parts.script === undefined ? "'none'" : `'sha256-${createHash('sha256').update(parts.script).digest('base64')}'`;
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSource}; img-src data:; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="policy-extract">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '',
  ].join('\n');
}

/** The page after the body's content: the script, if any, and the closing tags. */
export function pageEnd(parts: Pick<PageParts, 'script'>): string {
  return `${parts.script === undefined ? '' : `<script>${parts.script}</script>\n`}</body>\n</html>\n`;
}
