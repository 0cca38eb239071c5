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
  const deep = findDeepTags(html);
  if (deep.blanked === 0) return { html, diagnostics: [] };
  const line = lineOf(html, deep.spans[0]!);
  const message = `HTML 嵌套过深（至少 ${deep.deepest} 层）：超过 ${MAX_NESTING} 层的 ${deep.blanked} 个标签已忽略，其中的文字照常读取`;
  return { html: blankSpans(html, deep.spans), diagnostics: [{ code: 'html-too-deep', severity: 'warning', message, line }] };
}

interface DeepTags {
  /** Start and end offsets of the runs of tags past the limit, tags side by side joined into one run. */
  spans: number[];
  blanked: number;
  deepest: number;
}

/** The container tags past {@link MAX_NESTING}: an opening tag that goes past it, and the closing tag at that depth. */
function findDeepTags(html: string): DeepTags {
  const deep: DeepTags = { spans: [], blanked: 0, deepest: 0 };
  let depth = 0;
  for (const match of html.matchAll(CONTAINER_TAG)) {
    const closing = match[1] === '/';
    if (!closing) depth++;
    deep.deepest = Math.max(deep.deepest, depth);
    const past = depth > MAX_NESTING;
    if (closing && depth > 0) depth--;
    if (!past) continue;
    deep.blanked++;
    const { spans } = deep;
    // thousands of unclosed <div>s in a row make one run, blanked at once
    if (spans.length > 0 && spans[spans.length - 1] === match.index) spans[spans.length - 1] = match.index + match[0].length;
    else spans.push(match.index, match.index + match[0].length);
  }
  return deep;
}

/** The text with each span (start, end, start, end …) replaced by as many spaces. */
function blankSpans(text: string, spans: readonly number[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < spans.length; i += 2) {
    parts.push(text.slice(copied, spans[i]), ' '.repeat(spans[i + 1]! - spans[i]!));
    copied = spans[i + 1]!;
  }
  parts.push(text.slice(copied));
  return parts.join('');
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
