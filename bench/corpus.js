/** Loads the corpus plans and repeats them, whole, into one in-memory buffer of a given size and encoding. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const CORPUS_DIR = new URL('../fixtures/corpus/', import.meta.url);

/** The corpus plans as text, sorted by name so every run builds the same input. */
export function loadCorpus(dir = CORPUS_DIR) {
  const path = dir instanceof URL ? dir.pathname : dir;
  return readdirSync(path)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(path, name), 'utf8') }));
}

/**
 * The bytes of a plan in `encoding`: utf-8, or gbk as GB18030 — the same bytes for every GBK character,
 * and four-byte codes for the few the corpus has that GBK lacks (NBSP, U+2002, •), so the text survives.
 */
export function encodeText(text, encoding) {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'html') return Buffer.from(portalPage(text), 'utf8');
  const label = encoding === 'gbk' ? 'gb18030' : encoding;
  const bytes = iconv.encode(text, label);
  // A lossy encoding would change what is extracted, and the GBK figures would no longer compare with UTF-8.
  if (iconv.decode(bytes, label) !== text) throw new Error(`corpus text does not round-trip through ${label}`);
  return bytes;
}

/** How many characters of `text` GBK cannot encode (iconv-lite writes them as '?'). */
export function countOutsideGbk(text) {
  let count = 0;
  for (const ch of text) if (ch !== '?' && iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') !== ch) count++;
  return count;
}

/**
 * Repeats the whole corpus until its UTF-8 size reaches `minUtf8Bytes`, and lays the copies out in one
 * buffer, documents separated by a line break (the plans do not end with one); each document is also
 * kept as a view into that buffer with the corpus file name as its path. The repetition count is fixed by the UTF-8 size so the
 * GBK input holds exactly the same text and its timings compare directly.
 *
 *     buildInput(loadCorpus(), 'gbk', 50e6)
 *     // → { buffer, documents: [{ path, bytes }, …], repetitions: 427, utf8Bytes: 50…, bytes: 3… }
 */
export function buildInput(corpus, encoding, minUtf8Bytes) {
  // Sized on the documents alone, so the many-documents loop (which skips the separators) also reaches the size.
  const utf8PerPass = corpus.reduce((sum, doc) => sum + Buffer.byteLength(doc.text), 0);
  const repetitions = Math.max(1, Math.ceil(minUtf8Bytes / utf8PerPass));
  const encoded = corpus.map((doc) => encodeText(doc.text, encoding));
  const perPass = encoded.reduce((sum, bytes) => sum + bytes.length + 1, 0);
  const buffer = Buffer.allocUnsafe(perPass * repetitions);
  const documents = [];
  let offset = 0;
  for (let r = 0; r < repetitions; r++) {
    for (const bytes of encoded) {
      buffer.set(bytes, offset);
      documents.push({ path: corpus[documents.length % corpus.length].name, bytes: buffer.subarray(offset, offset + bytes.length) });
      offset += bytes.length;
      buffer[offset++] = 0x0a;
    }
  }
  // Byte counts of the documents without their separators: what the loop reads; the single input adds one byte each.
  return { buffer, documents, repetitions, bytes: buffer.length - documents.length, utf8Bytes: utf8PerPass * repetitions };
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A plan as a government portal publishes it: navigation, a breadcrumb, the text as <p> paragraphs in
 * a .TRS_Editor container, a footer — what the HTML reader must find the content in.
 */
export function portalPage(text) {
  const paragraphs = text.split('\n').map((line) => `<p style="text-indent:2em">${escapeHtml(line)}</p>`).join('\n');
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>政府信息公开</title>' +
    '<script>var _hmt = _hmt || [];</script><style>p{line-height:2}</style></head>\n<body>' +
    '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>\n' +
    '<div class="bread">首页 &gt; 政府信息公开 &gt; 政策文件</div>\n' +
    `<div class="main"><div class="TRS_Editor">\n${paragraphs}\n</div></div>\n` +
    '<div class="footer">版权所有：某市人民政府办公室 备案号：吉ICP备12345678号</div></body></html>';
}

/** One portal page holding the corpus repeated until the page reaches `minBytes`. */
export function buildHtmlPage(corpus, minBytes) {
  const pass = corpus.map((doc) => doc.text).join('\n');
  const repetitions = Math.max(1, Math.ceil(minBytes / Buffer.byteLength(pass)));
  return Buffer.from(portalPage(Array.from({ length: repetitions }, () => pass).join('\n')), 'utf8');
}
