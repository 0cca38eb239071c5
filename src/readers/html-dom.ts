/** The DOM as the HTML reader sees it: which tags hold no text, which end a line, a walk without recursion. */
import type { AnyNode, Element } from 'domhandler';

/** Never text: code, embedded media, form controls; `<title>` is read on its own. */
export const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'svg', 'math', 'object', 'embed', 'applet', 'canvas', 'audio', 'video', 'map', 'select', 'option', 'button', 'textarea', 'input', 'title', 'meta', 'link', 'base']);

/** Elements that end a line; the others (`<span>`, `<font>`, `<b>`, `<a>`, `<o:p>` …) run on. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements that make an element a box of content rather than a title or a label. */
const BOXES = new Set(['div', 'p', 'table', 'ul', 'ol', 'section', 'article', 'h1', 'h2', 'h3']);
/** Where portals print an article's title: `<div class="title">`, `<h1 id="ti">`, `<td class="bt">`. */
const TITLE_NAME = /title|(?:^|[-_])(?:tit|ti|bt|biaoti)(?:$|[-_\d])/i;

/** An element node (htmlparser2 types `<script>` and `<style>` apart from other tags). */
export function isElement(node: AnyNode): node is Element {
  const type: string = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

/** Its class names and id: `<div id="zoom" class="TRS_Editor">` → ['TRS_Editor', 'zoom']. */
export function nameTokens(element: Element): string[] {
  const { id, class: classes } = element.attribs;
  const tokens = classes ? classes.split(/\s+/).filter(Boolean) : [];
  if (id) tokens.push(id);
  return tokens;
}

export function hasAncestor(element: Element, name: string): boolean {
  for (let node = element.parent; node; node = node.parent) if (isElement(node) && node.name === name) return true;
  return false;
}

/**
 * Depth-first walk without recursion (pages nest thousands of unclosed `<div>`s): `enter` says
 * whether to go inside a node, `exit` follows an entered element's last child.
 */
export function walk(start: AnyNode, enter: (node: AnyNode) => boolean, exit: (element: Element) => void): void {
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

/** CJK ideographs (Extension A and the basic block) in `text`: the measure of a page's content. */
export function countChinese(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) count++;
  }
  return count;
}

/** An `<h1>`, `<h2>` or an element named title that is no box of blocks (`<div class="title-box"><h1>…</h1><div>发布时间…`). */
export function isTitleElement(element: Element): boolean {
  if (element.name === 'h1' || element.name === 'h2') return true;
  if (!nameTokens(element).some((token) => TITLE_NAME.test(token))) return false;
  return !element.children.some((child) => isElement(child) && BOXES.has(child.name));
}
