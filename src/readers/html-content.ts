/** The main content of a page: the element holding its text, read as lines and table grids. */
import type { AnyNode, Element } from 'domhandler';
import { foldTraditional } from '../extractors/fold.js';
import { BlockText, readBlocks, type Source } from './html-blocks.js';
import { BLOCKS, countChinese, isElement } from './html-dom.js';
import { ListMarkers, numberedLine } from './html-lists.js';
import { isMetaField, isMetaTable, joinRow, KEPT_LABELS, splitMeta, TITLE_LABELS } from './html-meta.js';
import type { Scores } from './html-score.js';
import { isBold, isDataShaped, readTable, tableRows } from './html-tables.js';
import { DATE_LINE, DOC_NUMBER, isJunkLine, PRINTED_LINE } from './page-furniture.js';
import { makeLine, type SourceLine } from './text.js';
import type { TableGrid } from './types.js';

/** What the reading of one page shares: its line numbers, its scores and the element chosen as the content. */
export interface Context {
  source: Source;
  scores: Scores;
  container: AnyNode;
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
export function findContainer(root: AnyNode, scores: Scores): AnyNode {
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
  if (isFurnitureLine(text) || isMetaField(text) || DATE_LINE.test(text) || (DOC_NUMBER.test(foldTraditional(text)) && text.length <= 40)) return true;
  return countChinese(text) === 0 || (text.length <= 80 && !SENTENCE.test(text) && !CONTENT_START.test(text));
}

/** Buttons and font-size bars: `【打印】【关闭】`, `[字体:大 中 小]`, `打印本页 | 关闭窗口`. */
const BUTTON = /^(?:打印(?:本页|本文|此页|文章)?|关闭(?:窗口|本页)?|返回(?:顶部|列表|首页)?|收藏(?:本页)?|分享到?|字[体号][大中小]*|[大中小]+|默认|(?:我要)?纠错|保存(?:本页)?|下载)$/;
/** What stands between buttons (spaces, brackets, bars, the colon of 字体:) is not in a piece. */
const BUTTON_PIECE = /[^\s|/【】[\]()（）:：]+/g;

/**
 * A line of buttons only. Each piece between the gaps checked, rather than one pattern of repeated
 * optional gaps and words, which backtracks exponentially on a line that almost is one; a line of
 * text fails at its first piece.
 */
function isButtonBar(text: string): boolean {
  let pieces = 0;
  // exec on the one pattern: matchAll would copy it and build an iterator for every line
  BUTTON_PIECE.lastIndex = 0;
  for (let match = BUTTON_PIECE.exec(text); match !== null; match = BUTTON_PIECE.exec(text)) {
    if (!BUTTON.test(match[0])) return false;
    pieces++;
  }
  return pieces > 0;
}

/** The longest line read as a bar of buttons (they are short; a long line is text). */
const MAX_BUTTON_BAR = 80;

/**
 * What a WeChat account asks of its reader under an article it reposts (鹰潭 probe round 12):
 *
 *     > | 点击“阅读原文”查看政策原文
 *     > | 👇👇👇 点个“在看”，让更多人看到 👇👇👇
 */
const READER_PROMPT = /阅读原文|点个?[“"]?在看|长按.{0,6}二维码|(?:扫码|点击.{0,4})关注/;
/** The longest such prompt: a sentence of the plan that names 阅读原文 is longer, or numbered. */
const MAX_PROMPT = 40;

/** A breadcrumb, footer or share line (isJunkLine), a bar of buttons (`【打印】【关闭】`), or a reader prompt. */
export function isFurnitureLine(text: string): boolean {
  // a bar of buttons is short; the pattern, nested repetitions, is only ever tried on a short line
  if (text.length > MAX_BUTTON_BAR) return isJunkLine(text);
  return isJunkLine(text) || isButtonBar(text) || (text.length <= MAX_PROMPT && READER_PROMPT.test(text) && !CONTENT_START.test(text));
}

/** A bullet opening a line: `●食品安全保障由县市场监管局负责；`. */
const BULLET = /^[•·●▪◆■]\s*/;

/**
 * A bullet line without its glyph: a `<ul>` item and a Word bullet are read without one, and the
 * glyph would stand before the numbering or the units the line names (probe h12). Furniture is
 * decided on the line as printed (`• 王总: 137…` is a contact).
 */
function dropBullet(line: SourceLine): SourceLine {
  if (!BULLET.test(line.text) || isFurnitureLine(line.text)) return line;
  const raw = line.raw.replace(/^\s*[•·●▪◆■]/, '');
  return makeLine(raw, line.line);
}

/** Word's bullet, a glyph in a symbol font: `<span style="font-family:Symbol">·</span>`, Wingdings `l` (●). */
const SYMBOL_FONT = /font-family\s*:\s*["']?(?:Symbol|Wingdings)/i;

function isSymbolBullet(element: Element): boolean {
  if (!SYMBOL_FONT.test(element.attribs.style ?? '')) return false;
  const [child] = element.children;
  return element.children.length === 1 && child!.type === 'text' && (child as unknown as { data: string }).data.trim().length === 1;
}

export interface Content {
  lines: SourceLine[];
  tables: TableGrid[];
  /** The content has an `<h1>` of its own: the page's `<title>` is not needed. */
  hasH1: boolean;
}

/** The container's lines and tables; data tables become grids, layout tables are read through. */
export function readContent(context: Context): Content {
  const { source } = context;
  const content: Content = { lines: [], tables: [], hasH1: false };
  const push = (line: SourceLine): void => {
    // the printing line is kept for the date it gives a document no one signed (a 会议纪要); paragraphs leave it out
    if (line.text && (!isFurnitureLine(line.text) || PRINTED_LINE.test(line.text))) content.lines.push(line);
  };
  const lists = new ListMarkers();
  const out = new BlockText((raw, start, marker, bold) => {
    const line = numberedLine(dropBullet(makeLine(raw, source.lineAt(start))), marker);
    // the units a note sets in bold, where the plan says its bold ones lead (湘潭 probe round 75: `（责任单位：<strong>县农业农村局</strong>、…）`),
    // as written (extract() normalizes them where a legend asks), set on the line just made rather than copied onto a new one
    if (bold.length > 0) line.emphasized = bold;
    push(line);
  });
  // the bold element open, whose end closes the run
  let bold: Element | null = null;
  readBlocks(context.container, context.scores.dropped, out, BLOCKS, {
    item: (item) => lists.markerOf(item),
    leave(element) {
      if (element !== bold) return;
      out.endBold();
      bold = null;
    },
    element(element) {
      if (element.name === 'h1') content.hasH1 = true;
      if (out.blank && isSymbolBullet(element)) return false;
      if (element.name !== 'table') {
        if (bold === null && isBold(element)) {
          bold = element;
          out.beginBold();
        }
        return undefined;
      }
      const table = readTable(element, context.scores);
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
