/** The title and metadata lines a portal prints outside the main content (and the page's `<title>`). */
import type { AnyNode, Element } from 'domhandler';
import { foldTraditional } from '../extractors/fold.js';
import { readLayout } from '../extractors/layout.js';
import { BlockText, readBlocks, type Source } from './html-blocks.js';
import { isFurnitureLine, type Content, type Context } from './html-content.js';
import { BLOCKS, countChinese, isElement, isTitleElement } from './html-dom.js';
import { isBareLabel, isMetaField, KEPT_LABELS, splitMeta, squash, TITLE_LABELS } from './html-meta.js';
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

/** The content's first lines, where a title, a notice or the fields printed above it are repeated. */
const OPENING = 12;

/**
 * A date standing alone before the content, with or without its time: the page's publication
 * time, given its label so that it reads as one and is not taken for the first half of the title
 * below it (鹰潭 probe round 12, a WeChat article: `2024-03-18鹰潭市2024年…方案`).
 *
 *     > | 2024-03-18 18:30
 *     > | 2024年3月18日 18:30
 */
const PUBLISHED_AT = /^(?:19|20)\d{2}(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A publication time printed bare at the start of a line of fields: `2025-02-27 10:21:36 来源:建阳发布`. */
const PUBLISHED_BEFORE_FIELDS = /^((?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?: ?\d{1,2}:\d{2}(?::\d{2})?)?) ?(?=来源|作者|发布|浏览|字号|编辑|责任编辑)/;
/** Where a WeChat article prints its publication time: `<em id="publish_time">2024-03-18 18:30</em>`. */
const PUBLISH_TIME_ID = 'publish_time';

/** Site names in headings: 延安市人民政府, 中国政府网. */
const SITE_NAME = /(?:人民政府|政府|门户网站?|网站|政府网|官网)$/;

/**
 * The title and metadata lines printed before the content: the title (the `<h1>` or title element
 * nearest the content, else a `标题:` field, else `<title>` when the page has no `<h1>` and the
 * `<title>` is not stale) and the fields meta.ts reads, in page order, leaving out what the
 * content's first lines repeat.
 */
export function readPreamble(root: AnyNode, context: Context, content: Content): SourceLine[] {
  if (context.container === root) return [];
  const { source } = context;
  const found = readBefore(root, context);
  // one line per field, the one nearest the content: a sidebar's list of dates comes earlier
  const fields = new Map<string, Placed>();
  let fieldTitle: Placed | null = null;
  for (const { offset, line } of found.lines) {
    // the number alone: a field may follow it in the line (株政办发〔2023〕15号发布日期:2023-09-01);
    // found in simplified characters, given as written (琴執發〔2024〕5號)
    const number = line.text.length <= 40 ? DOC_NUMBER.exec(foldTraditional(line.plain)) : null;
    if (number) fields.set('发文字号', { offset, line: makeLine(line.plain.slice(0, number[1]!.length), line.line) });
    else if (DATE_LINE.test(line.text)) fields.set('日期', { offset, line });
    else if (PUBLISHED_AT.test(line.text)) fields.set('发布时间', { offset, line: makeLine(`发布时间:${line.raw.trim()}`, line.line) });
    else {
      // `2025-02-27 10:21:36　来源：建阳发布　作者：…` (建阳 probe round 75): the time printed bare before the line's fields
      const before = PUBLISHED_BEFORE_FIELDS.exec(line.text);
      if (before) fields.set('发布时间', { offset, line: makeLine(`发布时间:${before[1]}`, line.line) });
    }
    for (const part of splitMeta(line.text)) {
      const label = part.text === part.value ? '发文字号' : part.label;
      if (KEPT_LABELS.has(part.label)) fields.set(label, { offset, line: makeLine(part.text, line.line) });
      else if (TITLE_LABELS.has(part.label)) fieldTitle ??= { offset, line: makeLine(part.value, line.line) };
    }
  }
  const kept = [...fields.values()];
  const usable = found.titles.filter(({ line }) => isTitleText(line.text));
  const title = usable.filter((candidate) => candidate.rank === 1).pop() ?? usable.pop() ?? fieldTitle;
  const headless = title === null && !content.hasH1 && !found.titles.some((candidate) => candidate.rank === 1);
  const pageTitle = headless ? ownPageTitle(readPageTitle(root, source), content) : null;

  const openingLines = content.lines.slice(0, OPENING).map((line) => squash(line.text));
  const opening = openingLines.join('');
  // where the opening's lines end: a line repeated there ends where one of them does (a title split over two
  // lines is repeated; 霍邱县2024年重点项目建设计划 is not, in 霍邱县2024年重点项目建设计划表, probe round 42)
  const lineEnds = new Set<number>();
  openingLines.reduce((end, line) => (lineEnds.add(end + line.length), end + line.length), 0);
  const repeated = (key: string): boolean => {
    for (let at = opening.indexOf(key); at >= 0; at = opening.indexOf(key, at + 1)) if (lineEnds.has(at + key.length)) return true;
    return false;
  };
  const seen = new Set<string>();
  const fresh = (line: SourceLine): boolean => {
    const key = squash(line.text);
    if (seen.has(key) || repeated(key)) return false;
    seen.add(key);
    return true;
  };
  const placed = (title ? [...kept, title] : kept).sort((a, b) => a.offset - b.offset);
  return [...(pageTitle ? [pageTitle] : []), ...placed.map((item) => item.line)].filter(fresh);
}

function isTitleText(text: string): boolean {
  return text.length >= 4 && text.length <= 150 && countChinese(text) > 0 && !isFurnitureLine(text) && !SITE_NAME.test(text) &&
    !isMetaField(text);
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
  // the publication time shares its line with the account's name and region: 原创 鹰潭发布 2024-03-18 18:30 江西
  let stamp: { element: Element; mark: number } | null = null;
  readBlocks(root, context.scores.dropped, out, PREAMBLE_BLOCKS, {
    element(element) {
      if (element === container) {
        out.flush();
        out.closed = true;
      }
      if (out.closed) return false;
      if (element.attribs.id === PUBLISH_TIME_ID) stamp = { element, mark: out.mark() };
      if (element.name === 'td' || element.name === 'th') cells.push(out.mark());
      if (element.name === 'a') links++;
      if (isTitleElement(element)) {
        if (headings++ === 0) partsStart = element.startIndex ?? 0;
        if (element.name === 'h1') h1++;
      }
      return undefined;
    },
    leave(element) {
      if (stamp?.element === element) {
        const start = element.startIndex ?? 0;
        const time = makeLine(out.since(stamp.mark), source.lineAt(start));
        if (PUBLISHED_AT.test(time.text) || DATE_LINE.test(time.text)) lines.push({ offset: start, line: makeLine(`发布时间:${time.raw.trim()}`, time.line) });
        stamp = null;
      }
      if ((element.name === 'td' || element.name === 'th') && cells.length > 0) {
        const cell = out.since(cells.pop()!).replace(/\s+/g, '');
        out.text(isBareLabel(cell) ? ': ' : ' ', -1);
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
 * The page's `<title>`, unless it is stale: a Word-saved page keeps the title of the file it was
 * made from (东至 probe round 12: `<title>关于印发东至县2023年农村饮水安全巩固提升工作方案的通知</title>`
 * over a body titled 东至县2024年城乡供水一体化工作实施方案). When the content's opening names a
 * title of its own, a `<title>` that neither holds it nor is held in it names another document
 * and would stand first, where the notice and title are looked for; a page whose body names no
 * title keeps its `<title>`.
 */
function ownPageTitle(pageTitle: SourceLine | null, content: Content): SourceLine | null {
  if (pageTitle === null) return null;
  const layout = readLayout(content.lines.slice(0, OPENING));
  const named = layout.title?.text ?? layout.noticeTitle;
  if (!named) return pageTitle;
  const [page, body] = [squash(foldTraditional(pageTitle.text)), squash(foldTraditional(named))];
  return page.includes(body) || body.includes(page) ? pageTitle : null;
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
