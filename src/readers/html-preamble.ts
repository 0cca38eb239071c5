/** The title and metadata lines a portal prints outside the main content (and the page's `<title>`). */
import type { AnyNode, Element } from 'domhandler';
import { BlockText, readBlocks, type Source } from './html-blocks.js';
import { isFurnitureLine, type Content, type Context } from './html-content.js';
import { BLOCKS, countChinese, isElement, isTitleElement } from './html-dom.js';
import { BARE_LABEL, KEPT_LABELS, META_FIELD, splitMeta, squash, TITLE_LABELS } from './html-meta.js';
import { DATE_LINE, DOC_NUMBER } from './page-furniture.js';
import { makeLine, type SourceLine } from './text.js';

/** Before the main content, a table row is one line: `发文字号： | 延政办函〔2025〕37号` → `发文字号：延政办函〔2025〕37号`. */
const PREAMBLE_BLOCKS = new Set([...BLOCKS].filter((name) => name !== 'td' && name !== 'th'));

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
export function readPreamble(root: AnyNode, context: Context, content: Content): SourceLine[] {
  if (context.container === root) return [];
  const { source } = context;
  const found = readBefore(root, context);
  // one line per field, the one nearest the content: a sidebar's list of dates comes earlier
  const fields = new Map<string, Placed>();
  let fieldTitle: Placed | null = null;
  for (const { offset, line } of found.lines) {
    // the number alone: a field may follow it in the line (株政办发〔2023〕15号发布日期:2023-09-01)
    const number = line.text.length <= 40 ? DOC_NUMBER.exec(line.plain) : null;
    if (number) fields.set('发文字号', { offset, line: makeLine(number[1]!, line.line) });
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
