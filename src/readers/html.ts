/** Reads an HTML page: charset, main content, block text as lines (with source line numbers), tables as grids. */
import type { AnyNode, Element } from 'domhandler';
import type { Diagnostic } from '../model/document.js';
import { Source } from './html-blocks.js';
import { decodeHtml } from './html-charset.js';
import { findContainer, readContent, type Context } from './html-content.js';
import { isElement } from './html-dom.js';
import { boundNesting } from './html-nesting.js';
import { readPreamble } from './html-preamble.js';
import { scorePage } from './html-score.js';
import { loadHtmlparser2 } from './lazy.js';
import { registerReader } from './registry.js';
import type { SourceLine } from './text.js';
import type { ReadResult, TableGrid } from './types.js';

export interface ReadHtmlOptions {
  /** Forced encoding label: wins over the BOM, `<meta charset>` and detection. */
  encoding?: string | null;
  /** The file the bytes came from, carried by errors. */
  path?: string | null;
}

/**
 * Reads an HTML page: charset, main content, block text as lines (with source line numbers), tables as grids.
 *
 *     readHtml(iconv.encode('<meta charset="gb2312"><h1>2025年镇区强功能工作方案</h1><div class="TRS_Editor"><p>一、总体要求</p></div>', 'gbk'))
 *     // → { format: 'html', encoding: 'gb18030', lines: [{ line: 1, text: '2025年镇区强功能工作方案' }, { line: 1, text: '一、总体要求' }], tables: [], … }
 *
 * @throws PolicyExtractError E_EMPTY, E_BINARY, E_ENCODING or E_DECODE, as decodeBytes does.
 */
export function readHtml(bytes: Uint8Array, options: ReadHtmlOptions = {}): ReadResult {
  const { decoded, notes } = decodeHtml(bytes, options);
  const bounded = boundNesting(decoded.text);
  // the parser is loaded on the first page read: a run over text files never pays for it
  const root = loadHtmlparser2().parseDocument(bounded.html, PARSE_OPTIONS);
  const page = readPage(root, new Source(bounded.html));
  return {
    format: 'html',
    encoding: decoded.encoding,
    bom: decoded.bom,
    lines: page.lines,
    tables: page.tables,
    diagnostics: [...decoded.diagnostics, ...notes, ...bounded.diagnostics, ...page.diagnostics],
  };
}

const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true, withStartIndices: true };

interface Page {
  lines: SourceLine[];
  tables: TableGrid[];
  diagnostics: Diagnostic[];
}

/** Main content, preceded by the title and metadata lines the portal printed outside it. */
function readPage(root: AnyNode, source: Source): Page {
  const scores = scorePage(root);
  const container = findContainer(root, scores);
  const context: Context = { source, scores, container };
  const content = readContent(context);
  const head = readPreamble(root, context, content);
  const tables = content.tables.map((table) => ({ ...table, at: table.at + head.length }));
  const diagnostics: Diagnostic[] = [];
  if (isElement(container)) {
    diagnostics.push({ code: 'html-main-content', severity: 'info', message: `正文取自 ${describe(container)}`, line: source.lineAt(container.startIndex ?? 0) });
  }
  return { lines: [...head, ...content.lines], tables, diagnostics };
}

function describe(element: Element): string {
  const id = element.attribs.id ? `#${element.attribs.id}` : '';
  const classes = (element.attribs.class ?? '').trim().split(/\s+/).filter(Boolean).map((name) => `.${name}`).join('');
  return `<${element.name}${id}${classes}>`;
}

registerReader('html', readHtml);
