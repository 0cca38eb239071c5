/**
 * Text into HTML: every string from a document is untrusted (a portal page can carry
 * `&lt;script&gt;` that the reader decodes to `<script>`), so it reaches the page only through here.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an element's content or a quoted attribute value.
 *
 *     escapeHtml('推进<script>alert("x")</script>') // → '推进&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/**
 * Paragraphs of a task text (joined by `\n` in the model) as `<p>` elements, escaped.
 *
 *     paragraphs('完善园区基础设施。\n拓展园区发展空间。') // → '<p>完善园区基础设施。</p><p>拓展园区发展空间。</p>'
 */
export function paragraphs(text: string): string {
  return text.split('\n').filter((line) => line !== '').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
}

/**
 * A path as a relative link: each segment percent-encoded (so `#`, `?` and `%` in a file name stay
 * part of it), then escaped for the attribute.
 *
 *     relativeHref('2022/通知 #1.txt.html') // → '2022/%E9%80%9A%E7%9F%A5%20%231.txt.html'
 */
export function relativeHref(path: string): string {
  return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}
