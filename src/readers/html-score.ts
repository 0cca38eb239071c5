/** Scores a page: the Chinese text under every element, with page furniture (menus, footers) taken out. */
import type { AnyNode, Element } from 'domhandler';
import { countChinese, hasAncestor, isElement, isTitleElement, nameTokens, SKIPPED_TAGS, walk } from './html-dom.js';

/** Page furniture by tag; like the class names below, only when it holds little of the page's text. */
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
/** Page furniture by class or id: 导航, 面包屑, 页脚, 分享, 版权, 工具条, 字号. */
const FURNITURE_NAME = /bread|crumb|footer|copyright|toolbar|font-?size|share|menu|^(?:top|sub|main|left)?nav|[-_]nav(?:$|[-_\d])|(?:^|[-_])(?:foot|tools?|position|location|dqwz|sidebar|side|search|login|links?|ewm|qrcode)(?:$|[-_\d])/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * Content containers of the portal CMSs (TRS WCM, 开普云 UCAP …) and of WeChat articles
 * (`#js_content.rich_media_content`, inside the `#js_article` wrapper that also holds the tags,
 * 阅读原文 and the 微信扫一扫 boxes: 鹰潭 probe round 12).
 */
const KNOWN_IDS = new Set(['zoom', 'fontzoom', 'ucap-content', 'content', 'article-content', 'js_content']);
const KNOWN_CLASSES = new Set(['trs_editor', 'trs_ueditor', 'custom_unionstyle', 'zoom', 'article-content', 'article_content', 'pages_content', 'pages-content', 'rich_media_content']);

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

export interface Scores {
  /** Chinese characters per element, outside links, titles and page furniture. */
  clean: Map<Element, number>;
  /** Page furniture holding little of the page's text. */
  dropped: Set<Element>;
  known: Element[];
  total: number;
}

/** A furniture name on an element holding this share of the page's text is a misnomer. */
const FURNITURE_MAX_SHARE = 0.2;

/**
 * One pass counts the Chinese text under every element; furniture holding little of it is then
 * taken out of its ancestors' counts. Link text (menus, related articles) and titles (a large
 * share of a short page, and printed outside the content anyway) are not counted.
 */
export function scorePage(root: AnyNode): Scores {
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
