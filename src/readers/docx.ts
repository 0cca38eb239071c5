/** Word .docx → lines and tables: body paragraphs in reading order with Word's automatic list numbering rebuilt as text, tables as grids. */
import type { Diagnostic } from '../model/document.js';
import { PolicyExtractError } from '../model/errors.js';
import { foldLine, makeLine, removeStraySpaces, type SourceLine } from './text.js';
import { loadCheerio, loadFflate } from './lazy.js';
import { registerReader } from './registry.js';
import type { ReadResult, TableCell, TableGrid } from './types.js';

export interface ReadDocxOptions {
  /** The file the bytes came from, carried by errors. */
  path?: string | null;
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
 * document (OFD and .xlsx named as such) and parts that would inflate beyond 200 MB.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): ReadResult {
  const parts = unzipWord(bytes, options.path ?? null);
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

/** Refuse parts that would inflate beyond this: a 200 MB document.xml is already a book of 50,000 pages. */
const MAX_PART_BYTES = 200 * 1024 * 1024;
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

/** Inflates only the three parts we read; the filter sees every name, so OFD and .xlsx are told apart. */
function unzipWord(bytes: Uint8Array, path: string | null): WordParts {
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
        if (file.originalSize > MAX_PART_BYTES) {
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
    const mb = (seen.oversized.size / 1024 / 1024).toFixed(0);
    throw new PolicyExtractError('E_BINARY', `${seen.oversized.name} would inflate to ${mb} MB, over the 200 MB limit (a zip bomb?)`, { path });
  }
  const part = (name: string): Uint8Array | null => files[found.get(name) ?? ''] ?? null;
  const document = part(DOCUMENT);
  if (!document) {
    if (seen.ofd) throw new PolicyExtractError('E_BINARY', 'is an OFD document; export it to PDF or text first', { path });
    if (seen.xlsx) throw new PolicyExtractError('E_BINARY', 'is an Excel workbook (.xlsx), not a Word document; tables in workbooks are not read yet', { path });
    throw new PolicyExtractError('E_BINARY', 'is a ZIP archive but not a Word document (.docx)', { path });
  }
  return { document, numbering: part(NUMBERING), styles: part(STYLES) };
}

// ── XML ─────────────────────────────────────────────────────────────────────────────────────

/** The parts of a parsed node we read (domhandler's nodes, as cheerio gives them). */
interface XmlNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: XmlNode[];
  data?: string;
}

const WORD_NAMESPACES = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const NONE: XmlNode[] = [];

function parseXml(bytes: Uint8Array, lean = false): XmlNode {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const xml = new TextDecoder(encoding).decode(bytes);
  return loadCheerio().load(lean ? dropFormatting(xml) : xml, { xml: true }).root()[0]!;
}

// Empty formatting elements and revision ids that nothing here reads: they are four fifths of a
// document.xml that Word wrote (仿宋_GB2312 fonts, sizes, spacing on every run), and parsing is most of the time.
//     > | <w:r w:rsidRPr="00A81F3C"><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>
//                ^^^^^^^^^^^^^^^^^^^^        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
const FORMATTING = 'rFonts|sz|szCs|color|kern|lang|spacing|ind|jc|b|bCs|i|iCs|u|shd|highlight|position|w|noProof|rStyle|'
  + 'adjustRightInd|snapToGrid|widowControl|autoSpaceDE|autoSpaceDN|textAlignment|wordWrap|overflowPunct|topLinePunct|kinsoku|'
  + 'proofErr|bookmarkStart|bookmarkEnd|lastRenderedPageBreak|tcW|vAlign|tcBorders|top|left|bottom|right|insideH|insideV';
const formattingOf = new Map<string, RegExp>();

function dropFormatting(xml: string): string {
  const prefix = /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main"/.exec(xml.slice(0, 8192))?.[1];
  if (!prefix) return xml;
  let pattern = formattingOf.get(prefix);
  if (!pattern) {
    const p = prefix.replace(/\./g, '\\.');
    pattern = new RegExp(`<${p}:(?:${FORMATTING})(?:\\s[^>]*)?/>|\\s${p}:rsid\\w*="[^"]*"`, 'g');
    formattingOf.set(prefix, pattern);
  }
  return xml.replace(pattern, '');
}

function documentElement(root: XmlNode): XmlNode | undefined {
  return root.children?.find((node) => node.type === 'tag');
}

/** The prefix the part's root binds to WordprocessingML, with its colon: `w:` in every Word file seen, `` for a default namespace. */
function wordPrefix(root: XmlNode): string {
  for (const [name, value] of Object.entries(documentElement(root)?.attribs ?? {})) {
    if (WORD_NAMESPACES.has(value)) return name === 'xmlns' ? '' : `${name.slice('xmlns:'.length)}:`;
  }
  return 'w:';
}

/** Local names by qualified name, for each prefix: the walk asks for every element. */
const localNames = new Map<string, Map<string, string>>();

/** The WordprocessingML local name of an element (`p` for `w:p`); '' for text and other namespaces. */
function local(node: XmlNode, w: string): string {
  if (node.type !== 'tag') return '';
  const name = node.name!;
  let names = localNames.get(w);
  if (!names) localNames.set(w, (names = new Map()));
  let found = names.get(name);
  if (found === undefined) {
    found = name.startsWith(w) && name.indexOf(':', w.length) < 0 ? name.slice(w.length) : '';
    // bounded: a hostile part could name a million distinct elements
    if (names.size < 10_000) names.set(name, found);
  }
  return found;
}

function child(node: XmlNode | undefined, w: string, name: string): XmlNode | undefined {
  return node?.children?.find((c) => local(c, w) === name);
}

function attr(node: XmlNode | undefined, w: string, name: string): string | undefined {
  return node?.attribs?.[w + name] ?? node?.attribs?.[name];
}

function intAttr(node: XmlNode | undefined, w: string, name: string): number | null {
  const value = Number.parseInt(attr(node, w, name) ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

/** An on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`). */
function isOn(node: XmlNode | undefined, w: string): boolean {
  if (!node) return false;
  const value = attr(node, w, 'val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** Elements named `name` among the children, looking through content controls and custom XML (`w:tbl > w:sdt > w:sdtContent > w:tr`). */
function childrenThrough(node: XmlNode, w: string, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const stack: Array<{ nodes: XmlNode[]; index: number }> = [{ nodes: node.children ?? NONE, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = top.nodes[top.index++];
    if (!next) {
      stack.pop();
      continue;
    }
    const kind = local(next, w);
    if (kind === name) found.push(next);
    else if (WRAPPERS.has(kind)) stack.push({ nodes: next.children ?? NONE, index: 0 });
  }
  return found;
}

const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml']);

// ── paragraphs ──────────────────────────────────────────────────────────────────────────────

interface Context {
  /** document.xml's WordprocessingML prefix. */
  w: string;
  styles: Styles;
  lists: ListCounters;
  fields: Fields;
  /** Body paragraphs read so far: the line number of the last one. */
  paragraph: number;
  textBoxes: number;
  firstTextBoxLine: number | null;
}

/** Paragraphs and tables of the body, in order; content controls are looked through. */
function readBody(body: XmlNode, context: Context): { lines: SourceLine[]; tables: TableGrid[] } {
  const lines: SourceLine[] = [];
  const tables: TableGrid[] = [];
  const stack: Array<{ nodes: XmlNode[]; index: number }> = [{ nodes: body.children ?? NONE, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.index++];
    if (!node) {
      stack.pop();
      continue;
    }
    const kind = local(node, context.w);
    if (kind === 'p') {
      const segments = readParagraph(node, context);
      if (segments === null) continue;
      context.paragraph += 1;
      for (const segment of segments) lines.push(makeLine(segment, context.paragraph));
    } else if (kind === 'tbl') {
      const rows = readTable(node, context);
      if (rows.length > 0) tables.push({ rows, at: lines.length, line: context.paragraph + 1 });
    } else if (WRAPPERS.has(kind)) {
      stack.push({ nodes: node.children ?? NONE, index: 0 });
    }
  }
  return { lines, tables };
}

/**
 * One paragraph as Word shows it: the list marker, then the text, split at line breaks.
 * Null for a paragraph deleted with tracked changes (its text and its mark gone): it shows nowhere and is not counted.
 */
function readParagraph(p: XmlNode, context: Context): string[] | null {
  const { w } = context;
  const pPr = child(p, w, 'pPr');
  const segments = paragraphText(p, context);
  context.fields.endParagraph();
  if (child(child(pPr, w, 'rPr'), w, 'del') && segments.every((segment) => segment === '')) return null;
  const numPr = child(pPr, w, 'numPr');
  const list = context.lists.listOf({
    style: attr(child(pPr, w, 'pStyle'), w, 'val') ?? null,
    numId: attr(child(numPr, w, 'numId'), w, 'val') ?? null,
    ilvl: intAttr(child(numPr, w, 'ilvl'), w, 'val'),
  });
  const marker = list ? context.lists.next(list.numId, list.ilvl) : null;
  if (marker) segments[0] = marker + segments[0]!;
  return segments;
}

/**
 * The displayed text of a paragraph: w:t in order, w:tab as a tab, w:br / w:cr splitting lines;
 * tracked deletions (w:del, w:moveFrom), hidden runs, field instructions and drawings are left out.
 */
function paragraphText(p: XmlNode, context: Context): string[] {
  const { w, fields } = context;
  const segments: string[] = [];
  let current = '';
  const stack: Array<{ nodes: XmlNode[]; index: number }> = [{ nodes: p.children ?? NONE, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.index++];
    if (!node) {
      stack.pop();
      continue;
    }
    switch (local(node, w)) {
      case 'r':
        if (!isOn(child(child(node, w, 'rPr'), w, 'vanish'), w)) stack.push({ nodes: node.children ?? NONE, index: 0 });
        break;
      case 't':
        if (fields.visible) for (const text of node.children ?? NONE) current += text.data ?? '';
        break;
      case 'tab':
      case 'ptab':
        if (fields.visible) current += '\t';
        break;
      case 'noBreakHyphen':
        if (fields.visible) current += '-';
        break;
      case 'br':
      case 'cr':
        if (fields.visible) {
          segments.push(current);
          current = '';
        }
        break;
      case 'fldChar':
        fields.step(attr(node, w, 'fldCharType'));
        break;
      case 'drawing':
      case 'pict':
      case 'object':
        noteTextBox(node, context);
        break;
      case 'ins':
      case 'moveTo':
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'sdt':
      case 'sdtContent':
      case 'fldSimple':
      case 'dir':
      case 'bdo':
      case 'ruby':
      case 'rubyBase':
        stack.push({ nodes: node.children ?? NONE, index: 0 });
        break;
      case '':
        // text boxes of Word 2010+ stand in mc:AlternateContent (wps shape, VML fallback)
        if (node.name?.endsWith(':AlternateContent')) noteTextBox(node, context);
        break;
      default:
      // w:del, w:moveFrom, w:instrText, w:delText, w:sym, w:softHyphen, w:rt, properties, bookmarks: not shown or not text
    }
  }
  segments.push(current);
  // a page break before or after the text, or a trailing line break, opens no line of its own
  while (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  while (segments.length > 1 && segments[0] === '') segments.shift();
  return segments;
}

function noteTextBox(node: XmlNode, context: Context): void {
  const stack = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (next.name?.endsWith(':txbxContent')) {
      context.textBoxes += 1;
      context.firstTextBoxLine ??= context.paragraph + 1;
      return;
    }
    if (next.children) stack.push(...next.children);
  }
}

/**
 * Complex fields (`w:fldChar` begin … separate … end) nest and may span paragraphs (a TOC):
 * only their results show, never the instructions.
 */
class Fields {
  /** Open fields, innermost last: true once past `separate` (showing the result). */
  private readonly open: boolean[] = [];
  private inInstructions = 0;

  get visible(): boolean {
    return this.inInstructions === 0;
  }

  step(type: string | undefined): void {
    if (type === 'begin') {
      this.open.push(false);
      this.inInstructions += 1;
    } else if (type === 'separate' && this.open[this.open.length - 1] === false) {
      this.open[this.open.length - 1] = true;
      this.inInstructions -= 1;
    } else if (type === 'end' && this.open.length > 0) {
      if (this.open.pop() === false) this.inInstructions -= 1;
    }
  }

  /** Instructions never span paragraphs; a field left open in them is broken and must not hide the rest of the document. */
  endParagraph(): void {
    if (this.inInstructions === 0) return;
    this.open.fill(true);
    this.inInstructions = 0;
  }
}

// ── tables ──────────────────────────────────────────────────────────────────────────────────

/** Word allows 63 columns; a larger w:gridSpan is damage (or an attack on memory). */
const MAX_SPAN = 64;

/**
 * A w:tbl as a grid: w:gridSpan copies a cell rightwards (fromLeft), a w:vMerge continuation
 * copies the cell above (fromAbove); rows are padded to the widest. Rows deleted with tracked changes are left out.
 *
 *     > | 序号 | 重点任务 | 牵头单位 | 配合单位 |
 *     > | 一、推进城市更新 (gridSpan 4)            |
 */
function readTable(tbl: XmlNode, context: Context): TableCell[][] {
  const { w } = context;
  const rows: TableCell[][] = [];
  for (const tr of childrenThrough(tbl, w, 'tr')) {
    const trPr = child(tr, w, 'trPr');
    if (child(trPr, w, 'del')) continue;
    const row: TableCell[] = [];
    padRow(row, row.length + Math.min(intAttr(child(trPr, w, 'gridBefore'), w, 'val') ?? 0, MAX_SPAN));
    const above = rows[rows.length - 1];
    for (const tc of childrenThrough(tr, w, 'tc')) {
      const tcPr = child(tc, w, 'tcPr');
      const span = Math.min(Math.max(intAttr(child(tcPr, w, 'gridSpan'), w, 'val') ?? 1, 1), MAX_SPAN);
      const start = row.length;
      if (continues(child(tcPr, w, 'vMerge'), w) && above?.[start]) {
        for (let i = 0; i < span; i++) {
          const cell = above[start + i];
          row.push(cell ? { text: cell.text, fromAbove: true, fromLeft: i > 0 } : { text: '', fromAbove: false, fromLeft: i > 0 });
        }
      } else if (continues(child(tcPr, w, 'hMerge'), w) && start > 0) {
        // the legacy horizontal merge of Word 97 files converted to .docx
        const left = row[start - 1]!;
        for (let i = 0; i < span; i++) row.push({ text: left.text, fromAbove: left.fromAbove, fromLeft: true });
      } else {
        const text = cellText(tc, context);
        for (let i = 0; i < span; i++) row.push({ text, fromAbove: false, fromLeft: i > 0 });
      }
    }
    padRow(row, row.length + Math.min(intAttr(child(trPr, w, 'gridAfter'), w, 'val') ?? 0, MAX_SPAN));
    if (row.length > 0) rows.push(row);
  }
  const width = Math.max(0, ...rows.map((row) => row.length));
  for (const row of rows) padRow(row, width);
  return rows;
}

/** `<w:vMerge/>` and `<w:vMerge w:val="continue"/>` continue the cell above; `restart` starts one. */
function continues(merge: XmlNode | undefined, w: string): boolean {
  return merge !== undefined && attr(merge, w, 'val') !== 'restart';
}

function padRow(row: TableCell[], width: number): void {
  while (row.length < width) row.push({ text: '', fromAbove: false, fromLeft: false });
}

/**
 * A cell's paragraphs, normalized, joined by \n. A table nested in the cell is flattened into it:
 * each inner row one line, its cells joined by a space.
 */
function cellText(tc: XmlNode, context: Context): string {
  const lines: string[] = [];
  let target = lines;
  const stack: Array<{ nodes: XmlNode[]; index: number; done: (() => void) | null }> = [{ nodes: tc.children ?? NONE, index: 0, done: null }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.index++];
    if (!node) {
      stack.pop();
      top.done?.();
      continue;
    }
    const kind = local(node, context.w);
    if (kind === 'p') {
      for (const segment of readParagraph(node, context) ?? NO_SEGMENTS) {
        const text = removeStraySpaces(foldLine(segment));
        if (text !== '') target.push(text);
      }
    } else if (kind === 'tr' || kind === 'tc') {
      const outer = target;
      const inner: string[] = [];
      target = inner;
      stack.push({
        nodes: node.children ?? NONE,
        index: 0,
        done: () => {
          target = outer;
          const text = inner.join(' ');
          if (text !== '') outer.push(text);
        },
      });
    } else if (kind === 'tbl' || WRAPPERS.has(kind)) {
      stack.push({ nodes: node.children ?? NONE, index: 0, done: null });
    }
  }
  return lines.join('\n');
}

const NO_SEGMENTS: string[] = [];

// ── styles ──────────────────────────────────────────────────────────────────────────────────

interface ParagraphStyle {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

interface Styles {
  paragraphs: Map<string, ParagraphStyle>;
  /** The style of paragraphs that name none (Normal, 正文). */
  defaultParagraph: string | null;
  /** Numbering styles (w:type="numbering") → their w:numId, for w:numStyleLink. */
  numbering: Map<string, string>;
}

/** Paragraph styles that carry numbering (标题 1 → numId 3), and numbering styles. */
function readStyles(xml: Uint8Array | null): Styles {
  const styles: Styles = { paragraphs: new Map(), defaultParagraph: null, numbering: new Map() };
  if (!xml) return styles;
  const root = parseXml(xml);
  const w = wordPrefix(root);
  for (const style of childrenThrough(documentElement(root) ?? root, w, 'style')) {
    const id = attr(style, w, 'styleId');
    if (!id) continue;
    const type = attr(style, w, 'type') ?? 'paragraph';
    const numPr = child(child(style, w, 'pPr'), w, 'numPr');
    const numId = attr(child(numPr, w, 'numId'), w, 'val') ?? null;
    if (type === 'numbering') {
      if (numId !== null) styles.numbering.set(id, numId);
    } else if (type === 'paragraph') {
      styles.paragraphs.set(id, { basedOn: attr(child(style, w, 'basedOn'), w, 'val') ?? null, numId, ilvl: intAttr(child(numPr, w, 'ilvl'), w, 'val') });
      if (['1', 'true', 'on'].includes(attr(style, w, 'default') ?? '')) styles.defaultParagraph ??= id;
    }
  }
  return styles;
}

// ── numbering ───────────────────────────────────────────────────────────────────────────────

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  /** w:numFmt: decimal, chineseCounting, upperRoman, bullet, none … */
  format: string;
  /** w:lvlText: `%1、`, `（%1）`, `%1.%2`, `第%1章`; %n stands for the number of level n. */
  text: string;
  /** w:lvlRestart: restarts after a use of the levels above this 1-based level; 0 never; null after any level above. */
  restart: number | null;
  /** w:isLgl: every number of the text as decimal (`1.1` under `第一章`). */
  legal: boolean;
  /** w:suff: tab, space or nothing between the number and the text. */
  suffix: string;
  /** w:pStyle: the paragraph style that takes this level. */
  style: string | null;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the levels live in the list a numbering style points at. */
  numStyleLink: string | null;
}

interface Num {
  abstractId: string;
  /** w:lvlOverride/w:startOverride by level. */
  starts: Map<number, number>;
  /** w:lvlOverride/w:lvl: whole levels replaced. */
  levels: Map<number, Level>;
}

interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

interface List {
  /** The counters' key: the abstract definition, after numStyleLink. */
  key: string;
  num: Num;
  abstract: AbstractNum;
}

function readNumbering(xml: Uint8Array | null): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!xml) return numbering;
  const root = parseXml(xml);
  const w = wordPrefix(root);
  for (const node of documentElement(root)?.children ?? NONE) {
    const kind = local(node, w);
    if (kind === 'abstractNum') {
      const id = attr(node, w, 'abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, Level>();
      for (const lvl of node.children ?? NONE) if (local(lvl, w) === 'lvl') levels.set(intAttr(lvl, w, 'ilvl') ?? 0, readLevel(lvl, w));
      numbering.abstracts.set(id, { levels, numStyleLink: attr(child(node, w, 'numStyleLink'), w, 'val') ?? null });
    } else if (kind === 'num') {
      const id = attr(node, w, 'numId');
      const abstractId = attr(child(node, w, 'abstractNumId'), w, 'val');
      if (id === undefined || abstractId === undefined) continue;
      const num: Num = { abstractId, starts: new Map(), levels: new Map() };
      for (const override of node.children ?? NONE) {
        if (local(override, w) !== 'lvlOverride') continue;
        const ilvl = intAttr(override, w, 'ilvl') ?? 0;
        const start = intAttr(child(override, w, 'startOverride'), w, 'val');
        if (start !== null) num.starts.set(ilvl, start);
        const lvl = child(override, w, 'lvl');
        if (lvl) num.levels.set(ilvl, readLevel(lvl, w));
      }
      numbering.nums.set(id, num);
    }
  }
  return numbering;
}

function readLevel(lvl: XmlNode, w: string): Level {
  return {
    start: intAttr(child(lvl, w, 'start'), w, 'val') ?? 0,
    format: levelFormat(lvl, w),
    text: attr(child(lvl, w, 'lvlText'), w, 'val') ?? '',
    restart: intAttr(child(lvl, w, 'lvlRestart'), w, 'val'),
    legal: isOn(child(lvl, w, 'isLgl'), w),
    suffix: attr(child(lvl, w, 'suff'), w, 'val') ?? 'tab',
    style: attr(child(lvl, w, 'pStyle'), w, 'val') ?? null,
  };
}

/**
 * w:numFmt, or Word 2010's custom format behind markup compatibility, with its fallback:
 *
 *     > | <mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>
 */
function levelFormat(lvl: XmlNode, w: string): string {
  const direct = child(lvl, w, 'numFmt');
  if (direct) return formatOf(direct, w) ?? 'decimal';
  const alternate = lvl.children?.find((node) => node.name?.endsWith(':AlternateContent'));
  for (const choice of alternate?.children ?? NONE) {
    const format = formatOf(child(choice, w, 'numFmt'), w);
    if (format) return format;
  }
  return 'decimal';
}

function formatOf(numFmt: XmlNode | undefined, w: string): string | null {
  const value = attr(numFmt, w, 'val');
  if (value !== 'custom') return value ?? null;
  const zeros = /^(0+)1\b/.exec(attr(numFmt, w, 'format') ?? '');
  return zeros ? `decimalZero${zeros[1]!.length + 1}` : null;
}

/** After the number Word puts a tab (or a space); after 、 . ） the text follows directly, as a typist would write it. */
const ENDS_WITH_SEPARATOR = /[、.．,，:：;；)）\]】〕>》」』\s]$/;

/**
 * Word's list counters. Every w:num that points at one w:abstractNum shares its counters (that is how
 * Word continues a list across instances); a w:startOverride restarts a level where its w:num is first used.
 */
class ListCounters {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridden = new Set<string>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  /** A paragraph's list and level: its own w:numPr first, then its style and the styles that one is based on. */
  listOf(paragraph: { style: string | null; numId: string | null; ilvl: number | null }): { numId: string; ilvl: number } | null {
    let { numId, ilvl } = paragraph;
    let from: string | null = null;
    let style = paragraph.style ?? this.styles.defaultParagraph;
    for (let hops = 0; style !== null && hops < 32 && (numId === null || ilvl === null); hops++) {
      const found = this.styles.paragraphs.get(style);
      if (!found) break;
      if (numId === null && found.numId !== null) {
        numId = found.numId;
        from = style;
      }
      ilvl ??= found.ilvl;
      style = found.basedOn;
    }
    // numId 0 takes away the numbering a style gave
    if (numId === null || numId === '0') return null;
    return { numId, ilvl: ilvl ?? (from === null ? 0 : this.levelOfStyle(numId, from)) };
  }

  /**
   * Counts a paragraph of list `numId` at level `ilvl` and renders its marker as Word shows it
   * (`一、`, `(一)`, `1.`, `1.2 `); null for bullets, `none` and lists that are not defined.
   */
  next(numId: string, ilvl: number): string | null {
    const list = this.resolve(numId);
    if (!list) return null;
    const level = Math.min(Math.max(ilvl, 0), 8);
    const definition = levelAt(list, level);
    if (!definition) return null;
    let counts = this.counters.get(list.key);
    if (!counts) this.counters.set(list.key, (counts = []));
    const override = list.num.starts.get(level);
    if (override !== undefined && !this.overridden.has(`${numId}/${level}`)) {
      this.overridden.add(`${numId}/${level}`);
      counts[level] = override;
    } else {
      const count = counts[level];
      counts[level] = count === undefined ? definition.start : count + 1;
    }
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restart = levelAt(list, deeper)?.restart ?? null;
      // a w:lvlRestart naming this level or a deeper one is ignored (ECMA-376 17.9.10)
      const after = restart === null || restart > deeper ? deeper : restart;
      if (level < after) counts[deeper] = undefined;
    }
    if (definition.format === 'bullet' || definition.format === 'none') return null;
    const marker = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const other = Number(digit) - 1;
      if (other > level) return '';
      const format = definition.legal ? 'decimal' : levelAt(list, other)?.format ?? 'decimal';
      return formatNumber(counts[other] ?? levelAt(list, other)?.start ?? 1, format);
    });
    if (marker === '' || definition.suffix === 'nothing') return marker || null;
    return definition.suffix === 'space' || !ENDS_WITH_SEPARATOR.test(marker) ? `${marker} ` : marker;
  }

  private resolve(numId: string): List | null {
    const num = this.numbering.nums.get(numId);
    if (!num) return null;
    let key = num.abstractId;
    let abstract = this.numbering.abstracts.get(key);
    for (let hops = 0; hops < 4 && abstract?.numStyleLink; hops++) {
      const linked = this.numbering.nums.get(this.styles.numbering.get(abstract.numStyleLink) ?? '');
      if (!linked) break;
      key = linked.abstractId;
      abstract = this.numbering.abstracts.get(key);
    }
    return abstract ? { key, num, abstract } : null;
  }

  /** The level a style's paragraphs take when the style names the list but no level: the w:lvl that names the style. */
  private levelOfStyle(numId: string, style: string): number {
    const list = this.resolve(numId);
    for (const [ilvl, level] of list?.abstract.levels ?? []) if (level.style === style) return ilvl;
    return 0;
  }
}

function levelAt(list: List, ilvl: number): Level | undefined {
  return list.num.levels.get(ilvl) ?? list.abstract.levels.get(ilvl);
}

// ── number formats ──────────────────────────────────────────────────────────────────────────

interface Numerals {
  /** 0–9, the zero first. */
  digits: string;
  /** 十 百 千. */
  units: string;
  /** `十一` rather than `一十一` for 10–19. */
  shortTen: boolean;
}

const CHINESE: Numerals = { digits: '零一二三四五六七八九', units: '十百千', shortTen: true };
const LEGAL_SIMPLIFIED: Numerals = { digits: '零壹贰叁肆伍陆柒捌玖', units: '拾佰仟', shortTen: false };
const LEGAL_TRADITIONAL: Numerals = { digits: '零壹貳參肆伍陸柒捌玖', units: '拾佰仟', shortTen: false };

/**
 * A list number in a w:numFmt, as Word renders it.
 *
 *     formatNumber(37, 'chineseCounting') // → '三十七'
 *     formatNumber(3, 'decimalEnclosedCircleChinese') // → '③'
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
    case 'none':
      return '';
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460); // ①
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474); // ⑴
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488); // ⒈
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseNumber(n, CHINESE);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_SIMPLIFIED);
    case 'ideographLegalTraditional':
      return chineseNumber(n, LEGAL_TRADITIONAL);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n).replace(/[0-9]/g, (digit) => '〇一二三四五六七八九'[Number(digit)]!);
    case 'ideographTraditional':
      return cycle(n, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(n, '子丑寅卯辰巳午未申酉戌亥');
    case 'upperLetter':
      return letters(n, 'A');
    case 'lowerLetter':
      return letters(n, 'a');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    default: {
      // decimal, decimalHalfWidth, and our decimalZero3… for Word 2010's custom `001, 002, 003, ...`
      const width = /^decimalZero(\d)$/.exec(format);
      return width ? String(n).padStart(Number(width[1]), '0') : String(n);
    }
  }
}

/** ①–⑳ (and ⑴, ⒈) exist for 1–20; beyond, Word falls back to digits. */
function enclosed(n: number, first: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(first + n - 1) : String(n);
}

function cycle(n: number, signs: string): string {
  return n >= 1 ? signs[(n - 1) % signs.length]! : String(n);
}

/** A, B, … Z, AA, BB, … as Word counts letters. */
function letters(n: number, a: string): string {
  if (n < 1) return String(n);
  return String.fromCharCode(a.charCodeAt(0) + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, sign] of ROMAN) {
    for (; rest >= value; rest -= value) out += sign;
  }
  return out;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** 1 → 一, 10 → 十, 11 → 十一, 37 → 三十七, 101 → 一百零一, 12345 → 一万二千三百四十五. */
function chineseNumber(n: number, numerals: Numerals): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return numerals.digits[0]!;
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return belowTenThousand(low, numerals, true);
  const rest = low === 0 ? '' : (low < 1000 ? numerals.digits[0]! : '') + belowTenThousand(low, numerals, false);
  return `${belowTenThousand(high, numerals, true)}万${rest}`;
}

function belowTenThousand(n: number, numerals: Numerals, leading: boolean): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(n / 10 ** place) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += numerals.digits[0];
    zero = false;
    if (!(place === 1 && digit === 1 && out === '' && leading && numerals.shortTen)) out += numerals.digits[digit];
    if (place > 0) out += numerals.units[place - 1];
  }
  return out;
}

registerReader('docx', readDocx);
