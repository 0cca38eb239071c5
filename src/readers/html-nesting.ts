/**
 * Bounds how deep an HTML page nests before it is parsed. The parser keeps its open elements in an
 * array it shifts at every tag, so a page of 80,000 unclosed `<div>`s took 2.7 s and one of 1.6
 * million never finished; no real page nests more than a few dozen deep.
 */
import type { Diagnostic } from '../model/document.js';

/** Containers deeper than this lose their tags (their text stays). */
export const MAX_NESTING = 256;

// Elements that nest until closed; those the parser closes by itself (p, li, td, tr, option …) do
// not stack up, so an old page's unclosed paragraphs are no depth at all.
//     > | <div><div><div>…<p>1.推进工作。</p>
const CONTAINER_TAG = /<(\/?)(?:div|span|font|section|article|aside|nav|header|footer|main|center|blockquote|form|ul|ol|dl|table|tbody|b|i|u|s|em|strong|small|big|sub|sup|a)(?=[\s/>])[^<>]*>/gi;

export interface BoundedPage {
  /** The page, with the tags past {@link MAX_NESTING} blanked to spaces (offsets unchanged). */
  html: string;
  diagnostics: Diagnostic[];
}

/**
 * Blanks the opening and closing tags of containers nested past {@link MAX_NESTING}, space for
 * character, so the parser's positions (and the source lines found from them) stay true.
 *
 *     boundNesting('<div>'.repeat(300) + '<p>一、重点任务</p>').html // → 256 `<div>`s, then spaces, then the paragraph
 */
export function boundNesting(html: string): BoundedPage {
  // a page with fewer tags than the limit cannot pass it
  if (countTags(html, MAX_NESTING) <= MAX_NESTING) return { html, diagnostics: [] };
  let depth = 0;
  let deepest = 0;
  let blanked = 0;
  let firstBlanked = -1;
  const bounded = html.replace(CONTAINER_TAG, (tag: string, slash: string, at: number) => {
    const closing = slash === '/';
    if (!closing) depth++;
    const past = depth > MAX_NESTING;
    deepest = Math.max(deepest, depth);
    if (closing && depth > 0) depth--;
    if (!past) return tag;
    blanked++;
    if (firstBlanked < 0) firstBlanked = at;
    return ' '.repeat(tag.length);
  });
  if (blanked === 0) return { html, diagnostics: [] };
  const line = lineOf(html, firstBlanked);
  const message = `HTML 嵌套过深（至少 ${deepest} 层）：超过 ${MAX_NESTING} 层的 ${blanked} 个标签已忽略，其中的文字照常读取`;
  return { html: bounded, diagnostics: [{ code: 'html-too-deep', severity: 'warning', message, line }] };
}

/** The number of `<` in the text, counted only until it passes `limit`. */
function countTags(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0 && count <= limit; at = text.indexOf('<', at + 1)) count++;
  return count;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}
