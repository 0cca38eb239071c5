/** Reads an HTML page: charset, main content, block text as lines (with source line numbers), tables as grids. */
import { isUtf8 } from 'node:buffer';
import type { AnyNode, Element } from 'domhandler';
import type { Diagnostic } from '../model/document.js';
import { DATE_LINE, DOC_NUMBER, isJunkLine } from '../extractors/layout.js';
import { decodeBytes, type DecodedText } from './decode.js';
import { loadCheerio } from './lazy.js';
import { registerReader } from './registry.js';
import { makeLine, type SourceLine } from './text.js';
import type { ReadResult, TableCell, TableGrid } from './types.js';

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
  // cheerio is loaded on the first page read: a run over text files never pays for it
  const root = loadCheerio().load(decoded.text, PARSE_OPTIONS).root()[0]!;
  const page = readPage(root, new Source(decoded.text));
  return {
    format: 'html',
    encoding: decoded.encoding,
    bom: decoded.bom,
    lines: page.lines,
    tables: page.tables,
    diagnostics: [...decoded.diagnostics, ...notes, ...page.diagnostics],
  };
}

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true } };

// ─── charset ────────────────────────────────────────────────────────────────────────────────────

/**
 * `<meta charset="gb2312">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
 *
 *     > | <meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
 *                                                                 ^^^^^^
 */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const GB_LABELS = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'gb_2312', 'chinese', 'csgb2312', 'iso-ir-58']);

/** Decodes with the page's own charset where the bytes agree with it (the bytes win when they do not). */
function decodeHtml(bytes: Uint8Array, options: ReadHtmlOptions): { decoded: DecodedText; notes: Diagnostic[] } {
  const path = options.path ?? null;
  const declared = options.encoding || hasBom(bytes) ? null : declaredCharset(bytes);
  if (declared === null) return { decoded: decodeBytes(bytes, { encoding: options.encoding ?? null, path }), notes: [] };
  // Portals copy templates: a page saved as UTF-8 keeps saying gb2312, and the other way round.
  const utf8 = isUtf8(bytes) && hasNonAscii(bytes);
  const encoding = utf8 ? 'utf-8' : declared.encoding === 'utf-8' ? null : declared.encoding;
  const decoded = decodeBytes(bytes, { encoding, path });
  const notes: Diagnostic[] = decoded.encoding === declared.encoding ? [] : [{
    code: 'charset-mismatch',
    severity: 'info',
    message: `the page declares charset=${declared.label}, but its bytes read as ${decoded.encoding}`,
    line: null,
  }];
  return { decoded, notes };
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** The charset the first 1024 bytes declare: the label as written and the decoder decodeBytes takes; null when none or unknown. */
function declaredCharset(bytes: Uint8Array): { label: string; encoding: string } | null {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  const key = label.toLowerCase();
  if (GB_LABELS.has(key)) return { label, encoding: 'gb18030' };
  // HTML reads a UTF-16 declaration in an ASCII-compatible page as UTF-8
  if (key.startsWith('utf-16') || key === 'utf8' || key === 'unicode') return { label, encoding: 'utf-8' };
  try {
    const name = new TextDecoder(key).encoding;
    return { label, encoding: name === 'gbk' ? 'gb18030' : name };
  } catch {
    return null;
  }
}

// ─── the page ───────────────────────────────────────────────────────────────────────────────────

/** Source offsets → 1-based line numbers: the line breaks are found once, then binary-searched. */
class Source {
  private readonly breaks: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x2028 || code === 0x2029 || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.breaks.push(i);
    }
  }

  lineAt(offset: number): number {
    let low = 0;
    let high = this.breaks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.breaks[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  }
}

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

// ─── the DOM ────────────────────────────────────────────────────────────────────────────────────

/** Never text: code, embedded media, form controls; `<title>` is read on its own. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'object', 'embed', 'applet', 'canvas', 'audio', 'video', 'map', 'select', 'option', 'button', 'textarea', 'input', 'title', 'meta', 'link', 'base']);

/** Elements that end a line; the others (`<span>`, `<font>`, `<b>`, `<a>`, `<o:p>` …) run on. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements that make an element a box of content rather than a title or a label. */
const BOXES = new Set(['div', 'p', 'table', 'ul', 'ol', 'section', 'article', 'h1', 'h2', 'h3']);
/** Before the main content, a table row is one line: `发文字号： | 延政办函〔2025〕37号` → `发文字号：延政办函〔2025〕37号`. */
const PREAMBLE_BLOCKS = new Set([...BLOCKS].filter((name) => name !== 'td' && name !== 'th'));

/** Page furniture by tag; like the class names below, only when it holds little of the page's text. */
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
/** Page furniture by class or id: 导航, 面包屑, 页脚, 分享, 版权, 工具条, 字号. */
const FURNITURE_NAME = /bread|crumb|footer|copyright|toolbar|font-?size|share|menu|^(?:top|sub|main|left)?nav|[-_]nav(?:$|[-_\d])|(?:^|[-_])(?:foot|tools?|position|location|dqwz|sidebar|side|search|login|links?|ewm|qrcode)(?:$|[-_\d])/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** Content containers of the portal CMSs (TRS WCM, 开普云 UCAP …). */
const KNOWN_IDS = new Set(['zoom', 'fontzoom', 'ucap-content', 'content', 'article-content']);
const KNOWN_CLASSES = new Set(['trs_editor', 'trs_ueditor', 'custom_unionstyle', 'zoom', 'article-content', 'article_content', 'pages_content', 'pages-content']);
/** Where portals print an article's title: `<div class="title">`, `<h1 id="ti">`, `<td class="bt">`. */
const TITLE_NAME = /title|(?:^|[-_])(?:tit|ti|bt|biaoti)(?:$|[-_\d])/i;

function isElement(node: AnyNode): node is Element {
  const type: string = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

function nameTokens(element: Element): string[] {
  const { id, class: classes } = element.attribs;
  const tokens = classes ? classes.split(/\s+/).filter(Boolean) : [];
  if (id) tokens.push(id);
  return tokens;
}

function isFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.name)) {
    // <article><header><h1>… is the article's own header
    if (element.name === 'nav' || element.name === 'aside' || !hasAncestor(element, 'article')) return true;
  }
  if (element.attribs.hidden !== undefined || HIDDEN_STYLE.test(element.attribs.style ?? '')) return true;
  return nameTokens(element).some((token) => FURNITURE_NAME.test(token));
}

function isKnownContainer(element: Element): boolean {
  const { id, class: classes } = element.attribs;
  if (id && KNOWN_IDS.has(id.toLowerCase())) return true;
  return classes !== undefined && classes.split(/\s+/).some((name) => KNOWN_CLASSES.has(name.toLowerCase()));
}

function hasAncestor(element: Element, name: string): boolean {
  for (let node = element.parent; node; node = node.parent) if (isElement(node) && node.name === name) return true;
  return false;
}

/**
 * Depth-first walk without recursion (pages nest thousands of unclosed `<div>`s): `enter` says
 * whether to go inside a node, `exit` follows an entered element's last child.
 */
function walk(start: AnyNode, enter: (node: AnyNode) => boolean, exit: (element: Element) => void): void {
  let node: AnyNode = start;
  for (;;) {
    if (enter(node)) {
      const children = 'children' in node ? node.children : undefined;
      if (children && children.length > 0) {
        node = children[0]!;
        continue;
      }
      if (isElement(node)) exit(node);
    }
    for (;;) {
      if (node === start) return;
      if (node.next) {
        node = node.next;
        break;
      }
      node = node.parent!;
      if (isElement(node)) exit(node);
    }
  }
}

function countChinese(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) count++;
  }
  return count;
}

// ─── the main content ───────────────────────────────────────────────────────────────────────────

interface Scores {
  /** Chinese characters per element, outside links, titles and page furniture. */
  clean: Map<Element, number>;
  /** Page furniture holding little of the page's text. */
  dropped: Set<Element>;
  known: Element[];
  total: number;
}

/** A furniture name on an element holding this share of the page's text is a misnomer. */
const FURNITURE_MAX_SHARE = 0.2;

/** An `<h1>`, `<h2>` or an element named title that is no box of blocks (`<div class="title-box"><h1>…</h1><div>发布时间…`). */
function isTitleElement(element: Element): boolean {
  if (element.name === 'h1' || element.name === 'h2') return true;
  if (!nameTokens(element).some((token) => TITLE_NAME.test(token))) return false;
  return !element.children.some((child) => isElement(child) && BOXES.has(child.name));
}

/**
 * One pass counts the Chinese text under every element; furniture holding little of it is then
 * taken out of its ancestors' counts. Link text (menus, related articles) and titles (a large
 * share of a short page, and printed outside the content anyway) are not counted.
 */
function scorePage(root: AnyNode): Scores {
  const clean = new Map<Element, number>();
  const furniture: Element[] = [];
  const known: Element[] = [];
  let total = countTree(root, (element, chinese) => {
    clean.set(element, chinese);
    if (isFurniture(element)) furniture.push(element);
    if (isKnownContainer(element)) known.push(element);
  });
  const limit = Math.max(1, total * FURNITURE_MAX_SHARE);
  const dropped = new Set(furniture.filter((element) => clean.get(element)! < limit));
  for (const element of dropped) {
    if (hasAncestorIn(element, dropped)) continue;
    const chinese = clean.get(element)!;
    for (let node = element.parent; node && isElement(node); node = node.parent) clean.set(node, clean.get(node)! - chinese);
    total -= chinese;
  }
  return { clean, dropped, known, total };
}

function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let node = element.parent; node && isElement(node); node = node.parent) if (set.has(node)) return true;
  return false;
}

/** Counts the Chinese characters under every element, bottom-up, with a stack of sums. */
function countTree(root: AnyNode, record: (element: Element, chinese: number) => void): number {
  const sums = [0];
  const uncounted: Element[] = [];
  walk(root, (node) => {
    if (node.type === 'text') {
      if (uncounted.length === 0) sums[sums.length - 1]! += countChinese((node as unknown as { data: string }).data);
      return false;
    }
    if (!isElement(node)) return node.type === 'root';
    if (SKIPPED_TAGS.has(node.name)) return false;
    if (node.name === 'a' || isTitleElement(node)) uncounted.push(node);
    sums.push(0);
    return true;
  }, (element) => {
    if (uncounted[uncounted.length - 1] === element) uncounted.pop();
    const own = sums.pop()!;
    sums[sums.length - 1]! += own;
    record(element, own);
  });
  return sums[0]!;
}

/** Share of the page's Chinese text a known CMS container must hold to be taken as the content. */
const KNOWN_SHARE = 0.5;
/** Share a child must hold for the search to go down into it (readability-style). */
const DESCEND_SHARE = 0.7;

/**
 * The element holding the page's content: a known CMS container holding most of the page's Chinese
 * text, else the page; then down into the child holding ≥ 70% of it, as long as that child is no
 * data table (its title stands beside it) and what stands beside it is page chrome: furniture,
 * metadata, titles and labels, which readPreamble brings back when they are the title or metadata.
 * A sentence, a numbered heading or an attachment label beside it keeps the search where it is.
 */
function findContainer(root: AnyNode, scores: Scores): AnyNode {
  const { clean, total } = scores;
  if (total === 0) return root;
  let node: AnyNode = root;
  let best = total * KNOWN_SHARE;
  for (const element of scores.known) {
    const score = clean.get(element) ?? 0;
    if (score >= best) [node, best] = [element, score];
  }
  for (;;) {
    let child: Element | null = null;
    for (const candidate of 'children' in node ? node.children : []) {
      if (isElement(candidate) && (clean.get(candidate) ?? 0) > (child ? clean.get(child)! : 0)) child = candidate;
    }
    if (!child || clean.get(child)! < total * DESCEND_SHARE || (child.name === 'table' && isDataShaped(child))) break;
    if (!onlyChromeBeside(node, child, scores.dropped)) break;
    node = child;
  }
  // a row or a row group is no container: its table is
  while (isElement(node) && /^(?:tr|tbody|thead|tfoot)$/.test(node.name) && node.parent) node = node.parent;
  return node;
}

/** Whether every line of `parent` outside `child` (link text left out) is page chrome. */
function onlyChromeBeside(parent: AnyNode, child: Element, dropped: ReadonlySet<Element>): boolean {
  let chrome = true;
  const out = new BlockText((raw) => {
    if (chrome && !isChromeLine(makeLine(raw, 0).text)) chrome = false;
  });
  readBlocks(parent, dropped, out, BLOCKS, {
    element(element) {
      if (element === child) out.flush();
      return element === child || element.name === 'a' || !chrome ? false : undefined;
    },
  });
  return chrome;
}

/** Sentence punctuation (paragraphs, not titles, labels or menus), or a salutation: 各县(市、区)人民政府: */
const SENTENCE = /[,，。;；!！?？]|(?:各|政府|部门|单位).*[:：]$/;
/** What opens a line of content: 一、 (一) 1. 第一章 附件. */
const CONTENT_START = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,3}[.、．]|第[一二三四五六七八九十百\d]+[章节条部分]|附件|附表)/;

/** Furniture, metadata, a date or 文号, or a short unnumbered line without a sentence in it (a title, a label, a menu). */
function isChromeLine(text: string): boolean {
  if (isFurnitureLine(text) || META_FIELD.test(text) || DATE_LINE.test(text) || (DOC_NUMBER.test(text) && text.length <= 40)) return true;
  return countChinese(text) === 0 || (text.length <= 80 && !SENTENCE.test(text) && !CONTENT_START.test(text));
}

// ─── block text ─────────────────────────────────────────────────────────────────────────────────

/**
 * Collects the text of the current line from text nodes and hands it on when a block ends it:
 * each line is joined once, never a subtree's text per element.
 */
class BlockText {
  /** Depth of `<pre>`: its line breaks end lines and its spaces stay. */
  pre = 0;
  /** Once closed (the preamble reached the content), nothing more is collected. */
  closed = false;
  private readonly parts: string[] = [];
  private start = -1;

  constructor(private readonly emit: (raw: string, start: number) => void) {}

  /** A block starts at `start` (source offset): the line before it ends. */
  open(start: number): void {
    this.flush();
    this.start = start;
  }

  text(data: string, offset: number): void {
    if (this.closed) return;
    if (this.pre === 0) return this.append(data, offset);
    let from = 0;
    for (const match of data.matchAll(/\r\n?|\n/g)) {
      this.append(data.slice(from, match.index), offset + from);
      this.flush();
      from = match.index + match[0].length;
    }
    this.append(data.slice(from), offset + from);
  }

  /** Position in the current line, for `since`. */
  mark(): number {
    return this.parts.length;
  }

  since(mark: number): string {
    return this.parts.slice(mark).join('');
  }

  flush(): void {
    const start = this.start;
    this.start = -1;
    if (this.parts.length === 0 || this.closed) return;
    const joined = this.parts.join('');
    this.parts.length = 0;
    const raw = this.pre > 0 ? joined.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '') : collapseSpaces(joined);
    if (/\S/.test(raw)) this.emit(raw, start < 0 ? 0 : start);
  }

  /** `offset` -1: text that is not in the source (a separator between cells). */
  private append(piece: string, offset: number): void {
    if (piece.length === 0) return;
    if (this.start < 0 && offset >= 0) {
      const first = piece.search(/\S/);
      if (first >= 0) this.start = offset + first;
    }
    this.parts.push(piece);
  }
}

/** HTML collapses runs of ASCII white space to one space; NBSP and U+3000 are text. */
function collapseSpaces(text: string): string {
  return /[\t\n\f\r]| {2}|^ | $/.test(text) ? text.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '') : text;
}

interface Context {
  source: Source;
  scores: Scores;
  container: AnyNode;
}

/** Decides for an element before the default handling: true (go in), false (skip), undefined (default). */
interface BlockHooks {
  element?(element: Element): boolean | undefined;
  leave?(element: Element): void;
  text?(data: string): void;
}

/** Walks `start` and feeds its text to `out`, ending a line at each element of `blocks` and at `<br>`. */
function readBlocks(start: AnyNode, dropped: ReadonlySet<Element>, out: BlockText, blocks: ReadonlySet<string>, hooks: BlockHooks = {}): void {
  walk(start, (node) => {
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      hooks.text?.(data);
      out.text(data, node.startIndex ?? 0);
      return false;
    }
    if (!isElement(node)) return node.type === 'root';
    if (SKIPPED_TAGS.has(node.name) || dropped.has(node)) return false;
    const decided = hooks.element?.(node);
    if (decided !== undefined) return decided;
    if (node.name === 'br') {
      out.flush();
      return false;
    }
    if (blocks.has(node.name)) out.open(node.startIndex ?? 0);
    if (node.name === 'pre') out.pre++;
    return true;
  }, (element) => {
    hooks.leave?.(element);
    if (blocks.has(element.name)) out.flush();
    if (element.name === 'pre') out.pre--;
  });
  out.flush();
}

/** Buttons and font-size bars: `【打印】【关闭】`, `[字体:大 中 小]`, `打印本页 | 关闭窗口`. */
const BUTTONS = /^(?:[[【(]?\s*(?:打印(?:本页|本文|此页|文章)?|关闭(?:窗口|本页)?|返回(?:顶部|列表|首页)?|收藏(?:本页)?|分享到?|字[体号]\s*:?\s*(?:[大中小]\s*)*|[大中小]|默认|(?:我要)?纠错|保存(?:本页)?|下载)\s*[\]】)]?\s*[|/]?\s*)+$/;

function isFurnitureLine(text: string): boolean {
  return isJunkLine(text) || BUTTONS.test(text);
}

interface Content {
  lines: SourceLine[];
  tables: TableGrid[];
  /** The content has an `<h1>` of its own: the page's `<title>` is not needed. */
  hasH1: boolean;
}

/** The container's lines and tables; data tables become grids, layout tables are read through. */
function readContent(context: Context): Content {
  const { source } = context;
  const content: Content = { lines: [], tables: [], hasH1: false };
  const push = (line: SourceLine): void => {
    if (line.text && !isFurnitureLine(line.text)) content.lines.push(line);
  };
  const out = new BlockText((raw, start) => push(makeLine(raw, source.lineAt(start))));
  readBlocks(context.container, context.scores.dropped, out, BLOCKS, {
    element(element) {
      if (element.name === 'h1') content.hasH1 = true;
      if (element.name !== 'table') return undefined;
      const table = readTable(element, context);
      if (table === null) return undefined;
      out.flush();
      const caption = element.children.find((child): child is Element => isElement(child) && child.name === 'caption');
      if (caption) readBlocks(caption, context.scores.dropped, out, BLOCKS);
      const line = source.lineAt(element.startIndex ?? 0);
      if (isMetaTable(table)) {
        // a 发文字号 / 成文日期 table inside the content: its fields as lines, its 标题 as the title line
        for (const row of table) {
          for (const part of splitMeta(joinRow(row.filter((cell) => !cell.fromAbove && !cell.fromLeft).map((cell) => cell.text)))) {
            if (KEPT_LABELS.has(part.label)) push(makeLine(part.text, line));
            else if (TITLE_LABELS.has(part.label)) push(makeLine(part.value, line));
          }
        }
      } else {
        const rowLines = tableRows(element).map((row) => source.lineAt(row.startIndex ?? 0));
        content.tables.push({ rows: table, at: content.lines.length, line, rowLines });
      }
      return false;
    },
  });
  return content;
}

// ─── tables ─────────────────────────────────────────────────────────────────────────────────────

interface Slot {
  cell: Element;
  fromAbove: boolean;
  fromLeft: boolean;
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot', 'form']);
/** A cell holding this many Chinese characters, and this share of its table's, may hold a whole article. */
const ARTICLE_CELL = 500;
const ARTICLE_CELL_SHARE = 0.8;

/**
 * A data table as a grid of cells with spans expanded; null for a layout table (fewer than two rows
 * or columns, role="presentation", or one cell holding an article), which is read through as blocks.
 */
function readTable(table: Element, context: Context): TableCell[][] | null {
  const grid = layOut(tableRows(table));
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  if (!hasDataShape(table, grid, width)) return null;
  const { clean } = context.scores;
  const total = clean.get(table) ?? 0;
  const cells = new Set<Element>();
  for (const row of grid) for (const slot of row) if (slot) cells.add(slot.cell);
  for (const cell of cells) {
    const chinese = clean.get(cell) ?? 0;
    if (chinese >= ARTICLE_CELL && chinese >= total * ARTICLE_CELL_SHARE && holdsArticle(cell)) return null;
  }
  const texts = cellTexts(table, cells, context);
  // Rows shorter than the widest are padded with empty cells, as a browser draws them.
  const rows: TableCell[][] = [];
  for (const row of grid) {
    const cellsOfRow: TableCell[] = [];
    for (let column = 0; column < width; column++) {
      const slot = row[column];
      cellsOfRow.push(slot ? { text: texts.get(slot.cell) ?? '', fromAbove: slot.fromAbove, fromLeft: slot.fromLeft } : { text: '', fromAbove: false, fromLeft: false });
    }
    rows.push(cellsOfRow);
  }
  return rows;
}

function hasDataShape(table: Element, grid: readonly Slot[][], width: number): boolean {
  return grid.length >= 2 && width >= 2 && !/^(?:presentation|none)$/i.test(table.attribs.role ?? '');
}

function isDataShaped(table: Element): boolean {
  const grid = layOut(tableRows(table));
  return hasDataShape(table, grid, grid.reduce((max, row) => Math.max(max, row.length), 0));
}

/** The table's own rows: under it or its row groups, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  const pending: AnyNode[] = [...table.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'tr') rows.push(node);
    else if (ROW_GROUPS.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return rows;
}

/**
 * Places cells in a grid the way HTML does: a cell takes the first free column of its row and
 * covers `rowspan` × `colspan` positions (rowspan="0": to the last row).
 */
function layOut(rows: readonly Element[]): Slot[][] {
  const grid: Slot[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    const row = grid[r]!;
    let column = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (row[column]) column++;
      const rowspan = span(cell.attribs.rowspan, 65534);
      const down = rowspan === 0 ? rows.length - r : Math.min(rowspan, rows.length - r);
      const across = span(cell.attribs.colspan, 1000) || 1;
      for (let dr = 0; dr < down; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < across; dc++) target[column + dc] ??= { cell, fromAbove: dr > 0, fromLeft: dc > 0 };
      }
      column += across;
    }
  });
  return grid.filter((row) => row.length > 0);
}

function span(value: string | undefined, max: number): number {
  const number = Number.parseInt(value ?? '1', 10);
  return Number.isNaN(number) || number < 0 ? 1 : Math.min(number, max);
}

/** A cell with headings, tables or many paragraphs: the article an old portal laid out in a table. */
function holdsArticle(cell: Element): boolean {
  let blocks = 0;
  let heading = false;
  walk(cell, (node) => {
    if (!isElement(node) || SKIPPED_TAGS.has(node.name)) return false;
    if (/^(?:h[1-6]|table)$/.test(node.name)) heading = true;
    if (node.name === 'p' || node.name === 'div' || node.name === 'br') blocks++;
    return !heading;
  }, () => {});
  return heading || blocks >= 8;
}

/**
 * The block text of each cell, in one walk of the table: paragraphs normalized like lines and
 * joined by \n; nested tables are flattened into their cell.
 */
function cellTexts(table: Element, cells: ReadonlySet<Element>, context: Context): Map<Element, string> {
  const paragraphs = new Map<Element, string[]>();
  let current: string[] | null = null;
  const out = new BlockText((raw) => {
    const text = makeLine(raw, 0).text;
    if (text && current) current.push(text);
  });
  readBlocks(table, context.scores.dropped, out, BLOCKS, {
    element(element) {
      if (!cells.has(element)) return undefined;
      out.flush();
      current = [];
      paragraphs.set(element, current);
      return true;
    },
    leave(element) {
      if (!cells.has(element)) return;
      out.flush();
      current = null;
    },
  });
  const texts = new Map<Element, string>();
  for (const [cell, lines] of paragraphs) texts.set(cell, lines.join('\n'));
  return texts;
}

function isMetaTable(table: readonly TableCell[][]): boolean {
  let labels = 0;
  for (const row of table) {
    for (const cell of row) if (!cell.fromAbove && !cell.fromLeft && (META_FIELD.test(cell.text) || BARE_LABEL.test(squash(cell.text)))) labels++;
  }
  return labels >= 2;
}

// ─── title and metadata ─────────────────────────────────────────────────────────────────────────

const LABELS = '索引号|主题分类|主题词|体裁分类|组配分类|服务对象|发文机关|发布机构|发文单位|成文日期|成文时间|发文字号|文号|发布日期|发布时间|发文日期|印发日期|生效日期|废止日期|有效性|时效性|信息来源|文章来源|来源|标题|名称|责任编辑|编辑|作者|浏览次数|点击数|阅读次数|访问次数|字号';
/** A metadata field in a normalized line: `发布时间:2022-11-14 10:45 来源:双营乡` has two. */
const META_LABEL = new RegExp(`(${LABELS})\\s*:`, 'g');
/** A line or cell that opens with a field: `发布时间:2022-11-14`. */
const META_FIELD = new RegExp(`^(?:${LABELS})\\s*:`);
const BARE_LABEL = new RegExp(`^(?:${LABELS})$`);
/** Fields the text pipeline reads (meta.ts): 发文字号, dates, issuers. */
const KEPT_LABELS = new Set(['发文机关', '发布机构', '发文单位', '成文日期', '成文时间', '发文字号', '文号', '发布日期', '发布时间', '发文日期', '印发日期', '信息来源', '文章来源', '来源']);
const TITLE_LABELS = new Set(['标题', '名称']);
/** Fields whose value is one name: the first word is kept (`来源:双营乡 浏览次数…`). */
const NAME_LABELS = new Set(['发文机关', '发布机构', '发文单位', '信息来源', '文章来源', '来源']);

interface MetaPart {
  label: string;
  value: string;
  /** `label:value`, or the bare value of a 发文字号 (`延政办函〔2025〕37号`). */
  text: string;
}

/** Splits a normalized line at its metadata labels; text before the first label is left out. */
function splitMeta(text: string): MetaPart[] {
  const matches = [...text.matchAll(META_LABEL)];
  return matches.flatMap((match, i) => {
    const end = matches[i + 1]?.index ?? text.length;
    const label = match[1]!;
    // 来源:双营乡 【字体:大 中 小】 — the font-size bar shares the line
    let value = text.slice(match.index + match[0].length, end).replace(/\s*[【[].*$/, '').trim();
    if (NAME_LABELS.has(label)) value = value.split(' ')[0]!;
    if (!value) return [];
    // meta.ts reads a 发文字号 on a line of its own, as a cover letter prints it
    const bare = (label === '发文字号' || label === '文号') && DOC_NUMBER.test(value);
    return [{ label, value, text: bare ? value : `${label}:${value}` }];
  });
}

/** Cells of a metadata row on one line, a colon after a bare label: `发文字号 | 延政办函〔2025〕37号`. */
function joinRow(cells: readonly string[]): string {
  return cells.map((cell) => (BARE_LABEL.test(cell.replace(/\s+/g, '')) ? `${cell}:` : cell)).join(' ');
}

interface Placed {
  offset: number;
  line: SourceLine;
}

interface TitleCandidate extends Placed {
  /** 1: an `<h1>`; 2: an `<h2>` or an element named title. */
  rank: 1 | 2;
}

/** Site names in headings: 延安市人民政府, 中国政府网. */
const SITE_NAME = /(?:人民政府|政府|门户网站?|网站|政府网|官网)$/;

/**
 * The title and metadata lines printed before the content: the title (the `<h1>` or title element
 * nearest the content, else a `标题:` field, else `<title>` when the page has no `<h1>`) and the
 * fields meta.ts reads, in page order, leaving out what the content's first lines repeat.
 */
function readPreamble(root: AnyNode, context: Context, content: Content): SourceLine[] {
  if (context.container === root) return [];
  const { source } = context;
  const found = readBefore(root, context);
  // one line per field, the one nearest the content: a sidebar's list of dates comes earlier
  const fields = new Map<string, Placed>();
  let fieldTitle: Placed | null = null;
  for (const { offset, line } of found.lines) {
    if (DOC_NUMBER.test(line.plain) && line.text.length <= 40) fields.set('发文字号', { offset, line });
    else if (DATE_LINE.test(line.text)) fields.set('日期', { offset, line });
    for (const part of splitMeta(line.text)) {
      const label = part.text === part.value ? '发文字号' : part.label;
      if (KEPT_LABELS.has(part.label)) fields.set(label, { offset, line: makeLine(part.text, line.line) });
      else if (TITLE_LABELS.has(part.label)) fieldTitle ??= { offset, line: makeLine(part.value, line.line) };
    }
  }
  const kept = [...fields.values()];
  const usable = found.titles.filter(({ line }) => isTitleText(line.text));
  const title = usable.filter((candidate) => candidate.rank === 1).pop() ?? usable.pop() ?? fieldTitle;
  const pageTitle = title === null && !content.hasH1 && !found.titles.some((candidate) => candidate.rank === 1) ? readPageTitle(root, source) : null;

  const opening = content.lines.slice(0, 12).map((line) => squash(line.text)).join('');
  const seen = new Set<string>();
  const fresh = (line: SourceLine): boolean => {
    const key = squash(line.text);
    if (seen.has(key) || opening.includes(key)) return false;
    seen.add(key);
    return true;
  };
  const placed = (title ? [...kept, title] : kept).sort((a, b) => a.offset - b.offset);
  return [...(pageTitle ? [pageTitle] : []), ...placed.map((item) => item.line)].filter(fresh);
}

function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function isTitleText(text: string): boolean {
  return text.length >= 4 && text.length <= 150 && countChinese(text) > 0 && !isFurnitureLine(text) && !SITE_NAME.test(text) &&
    !META_FIELD.test(text);
}

/**
 * Lines and title candidates before the container, table rows read as one line each. A title
 * candidate is the text of a heading element within one line (a title box also holds the date line).
 */
function readBefore(root: AnyNode, context: Context): { lines: Placed[]; titles: TitleCandidate[] } {
  const { source, container } = context;
  const lines: Placed[] = [];
  const titles: TitleCandidate[] = [];
  let headings = 0;
  let h1 = 0;
  let links = 0;
  let parts: string[] = [];
  let partsStart = 0;
  const take = (): void => {
    const raw = parts.join('').replace(/\s+/g, ' ').trim();
    parts = [];
    if (raw) titles.push({ offset: partsStart, line: makeLine(raw, source.lineAt(partsStart)), rank: h1 > 0 ? 1 : 2 });
  };
  const out = new BlockText((raw, start) => {
    take();
    lines.push({ offset: start, line: makeLine(raw, source.lineAt(start)) });
  });
  const cells: number[] = [];
  readBlocks(root, context.scores.dropped, out, PREAMBLE_BLOCKS, {
    element(element) {
      if (element === container) {
        out.flush();
        out.closed = true;
      }
      if (out.closed) return false;
      if (element.name === 'td' || element.name === 'th') cells.push(out.mark());
      if (element.name === 'a') links++;
      if (isTitleElement(element)) {
        if (headings++ === 0) partsStart = element.startIndex ?? 0;
        if (element.name === 'h1') h1++;
      }
      return undefined;
    },
    leave(element) {
      if ((element.name === 'td' || element.name === 'th') && cells.length > 0) {
        const cell = out.since(cells.pop()!).replace(/\s+/g, '');
        out.text(BARE_LABEL.test(cell) ? ': ' : ' ', -1);
      }
      if (element.name === 'a') links--;
      if (!isTitleElement(element)) return;
      take();
      headings--;
      if (element.name === 'h1') h1--;
    },
    text(data) {
      // a list of linked titles is a menu, not the article's title
      if (headings > 0 && !out.closed && (links === 0 || h1 > 0)) parts.push(data);
    },
  });
  return { lines, titles };
}

/**
 * The title in the page's head: `<meta name="ArticleTitle" content="…">` (TRS portals), else
 * `<title>关于印发…的通知_延安市人民政府</title>` → its longest part.
 */
function readPageTitle(root: AnyNode, source: Source): SourceLine | null {
  const pending: AnyNode[] = [root];
  let title: SourceLine | null = null;
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isElement(node) && node.name === 'meta' && /^articletitle$/i.test(node.attribs.name ?? '')) {
      const line = makeLine(node.attribs.content ?? '', source.lineAt(node.startIndex ?? 0));
      if (isTitleText(line.text)) return line;
    }
    if (isElement(node) && node.name === 'title' && title === null) {
      const raw = node.children.map((child) => (child.type === 'text' ? (child as unknown as { data: string }).data : '')).join('');
      const parts = makeLine(raw, 0).text.split(/_|\||--|—+|\s-\s|(?<=[\u4e00-\u9fff》」”)])-(?=[\u4e00-\u9fff])/).map((part) => part.trim());
      const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
      if (isTitleText(longest)) title = makeLine(longest, source.lineAt(node.startIndex ?? 0));
    }
    if (node.type === 'root' || (isElement(node) && (node.name === 'html' || node.name === 'head'))) {
      for (let i = (node as Element).children.length - 1; i >= 0; i--) pending.push((node as Element).children[i]!);
    }
  }
  return title;
}

registerReader('html', readHtml);
