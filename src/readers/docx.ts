/** Word .docx → lines and tables: body paragraphs in reading order with Word's automatic list numbering rebuilt as text, tables as grids. */
import type { Diagnostic } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { ListCounters } from './docx-list-counters.js';
import { readNumbering, readStyles } from './docx-numbering.js';
import { Fields, readParagraph, type Context } from './docx-paragraphs.js';
import { boldRuns, readTable } from './docx-tables.js';
import { child, documentElement, local, parseXml, walkChildren, wordPrefix, WRAPPERS, type XmlNode } from './docx-xml.js';
import { loadFflate } from './lazy.js';
import { refusal } from './refused.js';
import { registerReader } from './registry.js';
import { makeLine, type SourceLine } from './text.js';
import { DEFAULT_LIMITS, megabytes, type ReadLimits, type ReadResult, type TableGrid } from './types.js';

export { formatNumber } from './docx-number-formats.js';

export interface ReadDocxOptions {
  /** The file the bytes came from, carried by errors. */
  path?: string | null;
  /** `unpackedBytes` bounds each part inflated. */
  limits?: ReadLimits;
}

/**
 * Reads a Word .docx: paragraphs in order (with Word's automatic list numbering rebuilt as text),
 * and tables as grids. A paragraph is a line numbered by its place among the body's paragraphs;
 * table cells are not lines, they stand in `tables`.
 *
 *     readDocx(readFileSync('实施方案.docx'), { path: '实施方案.docx' }).lines[3].text
 *     // → '(一)推进城市更新。' — the “（一）” came from numbering.xml, not from the text
 *
 * @throws PolicyExtractError E_EMPTY, or E_BINARY for a damaged ZIP, a ZIP that is not a Word
 * document (OFD and .xlsx named as such) and E_TOO_LARGE for parts that would inflate beyond
 * the limit (200 MB by default).
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReadResult {
  const parts = unzipWord(bytes, options.path ?? null, (options.limits ?? DEFAULT_LIMITS).unpackedBytes);
  const styles = readStyles(parts.styles);
  const context: Context = {
    w: '',
    styles,
    lists: new ListCounters(readNumbering(parts.numbering), styles),
    fields: new Fields(),
    paragraph: 0,
    textBoxes: 0,
    firstTextBoxLine: null,
  };
  const root = parseXml(parts.document, true);
  context.w = wordPrefix(root);
  const top = documentElement(root);
  const body = top && local(top, context.w) === 'document' ? child(top, context.w, 'body') : undefined;
  if (!body) throw new PolicyExtractError('E_BINARY', 'is a ZIP archive with a word/document.xml that has no document body (a damaged .docx?)', { path: options.path ?? null });
  const { lines, tables } = readBody(body, context);
  const diagnostics: Diagnostic[] = [];
  if (context.textBoxes > 0) {
    diagnostics.push({ code: 'text-box-not-read', severity: 'info', message: `${context.textBoxes} 个文本框中的文字未读取`, line: context.firstTextBoxLine });
  }
  return { format: 'docx', encoding: 'utf-8', bom: false, lines, tables, diagnostics };
}

// ── the package ─────────────────────────────────────────────────────────────────────────────

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
const WANTED = new Set([DOCUMENT, NUMBERING, STYLES]);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface WordParts {
  document: Uint8Array;
  numbering: Uint8Array | null;
  styles: Uint8Array | null;
}

/**
 * Inflates only the three parts we read; the filter sees every name, so OFD and .xlsx are told
 * apart. A part over `maxBytes` is refused (the default 200 MB document.xml is already a book of
 * 50,000 pages).
 */
function unzipWord(bytes: Uint8Array, path: string | null, maxBytes: number): WordParts {
  if (bytes.length === 0) throw new PolicyExtractError('E_EMPTY', 'file is empty', { path });
  if (OLE2.every((byte, i) => bytes[i] === byte)) {
    throw new PolicyExtractError('E_BINARY', 'is an OLE2 compound file (a Word 97–2003 .doc, or an encrypted .docx), not a .docx; save it as .docx first', { path });
  }
  const seen = { ofd: false, xlsx: false, oversized: null as { name: string; size: number } | null };
  const found = new Map<string, string>();
  let files: Record<string, Uint8Array>;
  try {
    files = loadFflate().unzipSync(bytes, {
      filter: (file) => {
        // part names are case-insensitive (OPC), and some Windows zippers write backslashes
        const name = file.name.replace(/\\/g, '/').toLowerCase();
        if (name === 'ofd.xml') seen.ofd = true;
        if (name === 'xl/workbook.xml') seen.xlsx = true;
        if (!WANTED.has(name)) return false;
        if (file.originalSize > maxBytes) {
          seen.oversized ??= { name: file.name, size: file.originalSize };
          return false;
        }
        found.set(name, file.name);
        return true;
      },
    });
  } catch (error) {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const message = zip ? `is a damaged ZIP archive (${(error as Error).message}), not a readable .docx` : 'is not a ZIP archive, so not a Word document (.docx)';
    throw new PolicyExtractError('E_BINARY', message, { path, cause: error });
  }
  if (seen.oversized) {
    throw new PolicyExtractError('E_TOO_LARGE', `${seen.oversized.name} would inflate to ${megabytes(seen.oversized.size)}, over the ${megabytes(maxBytes)} limit (a zip bomb?)`, { path });
  }
  const part = (name: string): Uint8Array | null => files[found.get(name) ?? ''] ?? null;
  const document = part(DOCUMENT);
  if (!document) {
    if (seen.ofd) throw refusal('ofd', path);
    if (seen.xlsx) throw new PolicyExtractError('E_BINARY', 'is an Excel workbook (.xlsx), not a Word document (read it without --input-format docx)', { path });
    throw new PolicyExtractError('E_BINARY', 'is a ZIP archive but not a Word document (.docx)', { path });
  }
  return { document, numbering: part(NUMBERING), styles: part(STYLES) };
}

// ── the body ────────────────────────────────────────────────────────────────────────────────

/** Paragraphs and tables of the body, in order; content controls are looked through. */
function readBody(body: XmlNode, context: Context): { lines: SourceLine[]; tables: TableGrid[] } {
  const lines: SourceLine[] = [];
  const tables: TableGrid[] = [];
  walkChildren(body, (node) => {
    const kind = local(node, context.w);
    if (kind === 'p') {
      const segments = readParagraph(node, context);
      if (segments !== null) {
        context.paragraph += 1;
        // the units a legend (`加粗的为牵头单位`) sets apart in bold, in a note of the body as in a table's cell (南溪 probe round 36)
        const emphasized = boldRuns(node, context.w);
        for (const segment of segments) lines.push(emphasized.length > 0 ? { ...makeLine(segment, context.paragraph), emphasized } : makeLine(segment, context.paragraph));
      }
    } else if (kind === 'tbl') {
      const rows = readTable(node, context);
      if (rows.length > 0) tables.push({ rows, at: lines.length, line: context.paragraph + 1 });
    }
    return WRAPPERS.has(kind);
  });
  return { lines, tables };
}

registerReader('docx', readDocx);
