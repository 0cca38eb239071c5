/**
 * A portal page whose text carries markup as entities: the HTML reader decodes `&lt;script&gt;`
 * to `<script>`, so the task text, the note, a unit name, a diagnostic and the file name all hold
 * markup that the HTML writers must print as text.
 */
import { extract } from '../../src/extract.js';
import type { PolicyDocument } from '../../src/model/document.js';

export const HOSTILE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script>window.pwned = 0</script></head><body><div class="TRS_Editor">
<p>关于推进示范镇建设的实施方案</p>
<p>一、重点任务</p>
<p>（一）推进园区&lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt;基础设施建设。（责任单位：市住建局、&lt;img src=x onerror=window.pwned=2&gt;办公室）</p>
<p>（二）完善"引号"和'单引号'&amp;服务。（市发改委牵头，市财政局配合）</p>
</div></body></html>`;

/** The file name is hostile too: it reaches the page's metadata and, in a batch, a link. */
export const HOSTILE_PATH = 'plans/<b onmouseover="window.pwned=3">"x".html';

/** The page read as policy-extract reads it. */
export function hostileDocument(): PolicyDocument {
  return extract(HOSTILE_PAGE, { path: HOSTILE_PATH });
}
