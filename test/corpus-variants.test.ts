// The corpus as analysts also receive it — GBK, GB18030, UTF-16 with and without BOM, UTF-8 with BOM,
// HTML pages in UTF-8 and in GBK declaring gb2312 — must give the same tasks, units and tables.
import { readdirSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import type { PolicyDocument } from '../src/model/document.js';

const corpusDir = new URL('../fixtures/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((file) => file.endsWith('.txt')).sort();

/** What must not change with the encoding or the format: tasks with their units, tables, meta. */
function essence(document: PolicyDocument) {
  return {
    meta: { title: document.meta.title, docNumber: document.meta.docNumber, date: document.meta.date },
    tasks: document.tasks.map((task) => ({ id: task.id, path: task.path, text: task.text, units: task.units })),
    tables: document.tables.map((table) => table.rows.map((row) => ({ no: row.no, text: row.text, units: row.units, task: row.task }))),
  };
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A portal-like page: each line a paragraph inside a .TRS_Editor container, with navigation around it. */
function page(text: string, charset: string): string {
  const paragraphs = text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>政府信息公开</title></head>\n` +
    `<body><div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>\n<div class="TRS_Editor">\n${paragraphs}\n</div>\n` +
    `<div class="footer">版权所有：某市人民政府办公室 备案号：吉ICP备12345678号</div></body></html>`;
}

const variants: ReadonlyArray<readonly [string, (text: string) => Uint8Array]> = [
  ['GB18030', (text) => iconv.encode(text, 'gb18030')],
  ['UTF-16LE with BOM', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
  ['UTF-16LE without BOM', (text) => iconv.encode(text, 'utf-16le')],
  ['UTF-16BE with BOM', (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
  ['UTF-16BE without BOM', (text) => iconv.encode(text, 'utf-16be')],
  ['UTF-8 with BOM', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
  ['an HTML page in UTF-8', (text) => Buffer.from(page(text, 'utf-8'))],
  ['an HTML page in GBK declaring gb2312', (text) => iconv.encode(page(text, 'gb2312'), 'gb18030')],
];

describe.each(corpus)('%s', (name) => {
  const text = readFileSync(new URL(name, corpusDir), 'utf8');
  const expected = essence(extract(Buffer.from(text), { path: name }));

  it.each(variants)('should read the same tasks, units and tables as %s', (_label, encode) => {
    expect(essence(extract(encode(text), { path: name }))).toEqual(expected);
  });

  it('should read the same tasks from GBK, where GBK can write the text', () => {
    // GBK lacks NBSP, U+2002 and •, which the scraped pages carry; iconv writes them as '?'
    const gbkText = text.replace(/[\u00a0\u2002]/g, ' ').replace(/•/g, '·');
    const fromGbk = essence(extract(iconv.encode(gbkText, 'gbk'), { path: name }));
    expect(fromGbk.tasks).toEqual(essence(extract(Buffer.from(gbkText), { path: name })).tasks);
  });
});
