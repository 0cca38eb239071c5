/**
 * Hostile and broken inputs (issue 7): each with the outcome it must have — a fatal error with its
 * code, or a document with a given diagnostic — and none may throw anything else or hang.
 * The cases are generated from families, 200 and more in all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractAsync } from '../../src/extract.js';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { makeCfb } from '../readers/make-cfb.js';

type Outcome =
  /** Fatal: no document, this error code. */
  | { error: string }
  /** A document, with this diagnostic code among its findings (or none when null), and at least this many tasks. */
  | { diagnostic: string | null; tasks?: number };

interface Case {
  name: string;
  input: Uint8Array | string;
  expect: Outcome;
  path?: string;
}

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);
const yanan = readFileSync(new URL('yanan-2025-town-functions.txt', CORPUS), 'utf8');
const corpus = readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, CORPUS), 'utf8'));
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const plan = (body: string): string => `2025年工作方案\n一、重点任务\n${body}\n`;

const cases: Case[] = [];
const add = (name: string, input: Uint8Array | string, outcome: Outcome, path?: string): void => {
  cases.push({ name, input, expect: outcome, ...(path ? { path } : {}) });
};

// empty, white space, BOMs only
add('an empty file', bytes(), { error: 'E_EMPTY' });
for (const [name, value] of [['a UTF-8 BOM only', [0xef, 0xbb, 0xbf]], ['a UTF-16LE BOM only', [0xff, 0xfe]], ['a UTF-16BE BOM only', [0xfe, 0xff]]] as const) add(name, bytes(...value), { error: 'E_EMPTY' });
for (const space of [' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\ufeff']) {
  for (const count of [1, 10, 1000]) add(`white space only: ${JSON.stringify(space)} × ${count}`, space.repeat(count), { diagnostic: 'no-tasks' });
}

// binaries an analyst might feed, with and without more bytes after the magic number
const MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]], ['ZIP', [0x50, 0x4b, 0x03, 0x04]], ['old Word/Excel', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]], ['JPEG', [0xff, 0xd8, 0xff, 0xe0]], ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]], ['RAR', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], ['gzip', [0x1f, 0x8b, 0x08]], ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];
for (const [name, magic] of MAGIC) {
  add(`a ${name} file`, bytes(...magic), { error: 'E_BINARY' });
  add(`a ${name} file with a body`, new Uint8Array([...magic, ...Buffer.from('推进工作'), 0, 1, 2, 3]), { error: 'E_BINARY' });
}
// NUL bytes in what is otherwise text
for (const at of [0, 1, 5, 100, 1000]) {
  const text = Buffer.from(plan('1.推进工作。(责任单位:州住建局)'.repeat(30)));
  text[Math.min(at, text.length - 1)] = 0;
  add(`a NUL byte at ${at}`, new Uint8Array(text), { error: 'E_BINARY' });
}

// a few bytes with NULs that would read as UTF-16 only if U+FF00, which is no character, counted as text
add('four bytes 31 00 00 FF', bytes(0x31, 0x00, 0x00, 0xff), { error: 'E_BINARY' });
add('two bytes 00 FF', bytes(0x00, 0xff), { error: 'E_BINARY' });

// GBK cut in the middle of a character, at many places: read as GBK with one undecodable byte
const gbk = iconv.encode(yanan, 'gbk');
for (let i = 0; i < 40; i++) {
  const end = 200 + i * 211;
  // cut after a lead byte: an incomplete character at the end of the file
  let cut = end;
  while (cut < gbk.length && gbk[cut - 1]! < 0x81) cut++;
  add(`GBK cut after byte ${cut}`, new Uint8Array(gbk.subarray(0, cut)), { diagnostic: null });
}
// UTF-8 and GBK mixed: a few GBK bytes in a UTF-8 file are undecodable bytes, reported
for (let i = 0; i < 20; i++) {
  const utf8 = Buffer.from(yanan);
  const at = 500 + i * 397;
  const mixed = Buffer.concat([utf8.subarray(0, at - (at % 3)), iconv.encode('州住建局', 'gbk'), utf8.subarray(at - (at % 3))]);
  add(`UTF-8 with GBK bytes at ${at}`, new Uint8Array(mixed), { diagnostic: 'undecodable-bytes' });
}

// long lines and brackets that never close
for (const length of [1000, 5000, 20000]) {
  add(`a ${length}-character line with an opening bracket and no closing one`, plan(`1.推进工作(责任单位:州住建局${'推进'.repeat(length / 2)}`), { diagnostic: null, tasks: 1 });
  add(`a ${length}-character line of opening brackets`, plan(`1.推进工作${'('.repeat(length)}`), { diagnostic: null, tasks: 1 });
  add(`a ${length}-character line of spaces and a stop`, plan(`1.推进工作${' '.repeat(length)}。${' '.repeat(length)}`), { diagnostic: null, tasks: 1 });
  add(`a ${length}-character line of 《`, `${'《'.repeat(length)}\n一、任务\n1.推进。(州住建局负责)`, { diagnostic: null });
}
// a line of 40,000 unclosed notes (1.1 MB): each bracket once looked for the paragraph's end and the
// next 。 across the whole rest of the line, quadratic (a 5.6 MB line took 414 s)
add('a 1 MB line of unclosed notes', plan(`1.${'推进工作(州住建局、'.repeat(40000)}`), { diagnostic: null, tasks: 1 });
add('a 1 MB line of closed brackets', plan(`1.${'推进工作(甲)'.repeat(80000)}`), { diagnostic: null, tasks: 1 });
for (const depth of [10, 100, 1000]) {
  add(`brackets nested ${depth} deep`, plan(`1.推进工作${'('.repeat(depth)}州住建局负责${')'.repeat(depth)}`), { diagnostic: null, tasks: 1 });
  add(`brackets opened ${depth} deep, never closed`, plan(`1.推进工作${'（'.repeat(depth)}州住建局负责`), { diagnostic: null, tasks: 1 });
}

// markers with no text, and numbering gone wrong
for (const marker of ['一、', '(一)', '（一）', '1.', '1．', '(1)', '①', '第一条', '第一章']) {
  add(`a marker with no text: ${marker}`, plan(marker), { diagnostic: null });
  add(`markers only: ${marker} × 50`, plan(Array.from({ length: 50 }, () => marker).join('\n')), { diagnostic: null });
}
for (const count of [100, 1000, 10000]) {
  // numbers past 999 are no task markers (a 1000. opens a sentence about a quantity, not a task)
  add(`${count} tasks`, plan(Array.from({ length: count }, (_, i) => `${i + 1}.推进第${i + 1}项工作。(责任单位:州住建局)`).join('\n')), { diagnostic: null, tasks: Math.min(count, 999) });
}
// one heading over 200,000 items without notes: whether the plan marks its notes is asked of every item
add('200,000 items without notes under one heading', plan('1.推进工作。\n'.repeat(200000)), { diagnostic: null, tasks: 200000 });

// HTML nested and unclosed thousands deep, scripts, comments
for (const depth of [100, 1000, 5000]) {
  add(`HTML divs unclosed ${depth} deep`, `<html><body>${'<div>'.repeat(depth)}<p>一、重点任务</p><p>1.推进工作。(责任单位:州住建局)</p></body></html>`, { diagnostic: null, tasks: 1 }, 'page.html');
  add(`HTML tables nested ${depth / 10} deep`, `<html><body>${'<table><tr><td>'.repeat(depth / 10)}一、重点任务<br>1.推进工作。(责任单位:州住建局)</body></html>`, { diagnostic: null }, 'page.html');
}
add('HTML divs unclosed 200,000 deep', `<html><body>${'<div>'.repeat(200000)}<p>一、重点任务</p><p>1.推进工作。(责任单位:州住建局)</p></body></html>`, { diagnostic: 'html-too-deep', tasks: 1 }, 'page.html');
add('HTML spans and fonts unclosed 100,000 deep', `<html><body><p>一、重点任务</p>${'<span><font color="red">'.repeat(50000)}1.推进工作。(责任单位:州住建局)</body></html>`, { diagnostic: 'html-too-deep', tasks: 1 }, 'page.html');
add('an HTML page of scripts only', '<html><head><script>var a = "一、重点任务 1.推进工作";</script></head><body></body></html>', { diagnostic: 'no-tasks' }, 'page.html');
add('an HTML comment never closed', '<html><body><!-- 一、重点任务 1.推进工作', { diagnostic: null }, 'page.html');

// PDF, workbooks and old Office files damaged or built to hang a reader (issue 10)
const CONVERTED = new URL('../../fixtures/converted/', import.meta.url);
const pdf = readFileSync(new URL('pdf/yanan-2025-town-functions.pdf', CONVERTED));
for (const fraction of [0.1, 0.5, 0.9, 0.99]) add(`a PDF cut at ${fraction * 100}%`, new Uint8Array(pdf.subarray(0, Math.floor(pdf.length * fraction))), { error: 'E_BINARY' });
for (const at of [100, 5000, 50000]) {
  const garbled = new Uint8Array(pdf);
  for (let i = at; i < at + 2000; i++) garbled[i] = (i * 7919) % 251;
  add(`a PDF with 2,000 bytes of garbage at ${at}`, garbled, at === 100 ? { error: 'E_BINARY' } : { diagnostic: null });
}
add('a PDF header and garbage', new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)]), { error: 'E_BINARY' });
add('a .txt that is really a PDF', new Uint8Array(pdf), { diagnostic: null, tasks: 17 }, '附件.txt');
add('an .xlsx whose parts inflate past the limit (a zip bomb)', zipSync({ 'xl/workbook.xml': Buffer.from('<workbook/>'), 'xl/worksheets/sheet1.xml': [new Uint8Array(300 * 1024 * 1024), { level: 1 }] }), { error: 'E_TOO_LARGE' }, 'bomb.xlsx');
add('a ZIP named .xlsx that is cut short', new Uint8Array(zipSync({ 'xl/workbook.xml': Buffer.from('<workbook/>') }).subarray(0, 40)), { error: 'E_BINARY' }, 'cut.xlsx');
add('a compound file that is neither Word nor Excel', makeCfb(['PowerPoint Document', 'Current User']), { error: 'E_BINARY' }, 'talk.ppt');
add('a compound file whose directory chain loops', makeCfb(['WordDocument', '1Table'], { loop: true }), { error: 'E_BINARY' }, 'loop.doc');
add('a Word .doc cut in half', new Uint8Array(readFileSync(new URL('doc/yanan-2025-town-functions.doc', CONVERTED)).subarray(0, 9000)), { error: 'E_BINARY' }, 'cut.doc');
add('a CSV of one 100,000-character cell', `序号,重点任务,牵头单位\n1,"${'推进'.repeat(50000)}",州住建局\n`, { diagnostic: null }, 'big.csv');

// the corpus cut and spliced at fixed places (a deterministic sample of mutations)
corpus.forEach((doc, d) => {
  for (let i = 0; i < 12; i++) {
    const at = Math.floor((doc.length * (i + 1)) / 13);
    add(`corpus document ${d + 1} cut at ${at}`, doc.slice(0, at), { diagnostic: null });
    add(`corpus document ${d + 1} with a line removed at ${at}`, doc.slice(0, at) + doc.slice(doc.indexOf('\n', at) + 1 || doc.length), { diagnostic: null });
  }
});

describe('hostile inputs', () => {
  it('should be at least 200 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  for (const { name, input, expect: outcome, path } of cases) {
    it(`${name} → ${'error' in outcome ? outcome.error : outcome.diagnostic ?? 'a document'}`, async () => {
      let document;
      try {
        document = await extractAsync(input, { path: path ?? null });
      } catch (error) {
        if (!isPolicyExtractError(error)) throw error;
        expect('error' in outcome ? error.code : `document expected, got ${error.code}: ${error.message}`).toBe('error' in outcome ? outcome.error : 'a document');
        return;
      }
      expect('error' in outcome ? `error ${outcome.error} expected, got a document` : 'a document').toBe('a document');
      if ('diagnostic' in outcome) {
        if (outcome.diagnostic) expect(document.diagnostics.map((d) => d.code)).toContain(outcome.diagnostic);
        if (outcome.tasks !== undefined) expect(document.tasks.length).toBeGreaterThanOrEqual(outcome.tasks);
      }
    });
  }
});
