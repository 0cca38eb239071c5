/**
 * Reads a PDF with a text layer through pdfjs-dist (its legacy build, which runs in Node 20,
 * imported on the first PDF read): the text runs and ruling lines of each page, laid out into
 * lines, paragraphs and tables by pdf-layout.ts.
 */
import { checkInflatedSize } from './pdf-streams.js';
import { append, maxOf, minOf } from '../collections.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PolicyExtractError } from '../model/errors.js';
import { foldRadicals, plainShare } from './pdf-glyphs.js';
import { layoutPdf, type PdfLayout, type PdfPageContent } from './pdf-layout.js';
import type { PdfItem } from './pdf-lines.js';
import type { PdfRule } from './pdf-tables.js';
import { registerAsyncReader, type ReaderOptions } from './registry.js';
import { DEFAULT_LIMITS, megabytes, type ReadResult } from './types.js';
import { loadPackage } from '../packages.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = number[];

/** Below this share of the characters a plan is written in, the fonts map to no Unicode. */
const MIN_PLAIN = 0.6;
const require = createRequire(import.meta.url);

/**
 * Reads a PDF: pages in order, each page's lines numbered on from the last page's (a finding on
 * the 12th line of page 3 is at `p.3:12`).
 *
 *     await readPdf(readFileSync('实施方案.pdf'), { path: '实施方案.pdf' })
 *     // → { format: 'pdf', lines: [{ line: 1, text: '延政办函〔2025〕37号' }, …], tables: [], pages: [{ label: 'p.1', line: 1 }, …] }
 *
 * @throws PolicyExtractError E_ENCRYPTED (a password is needed to open it), E_NO_TEXT (a scan, or
 * fonts that map to no Unicode), E_TOO_LARGE (more pages or text than the limits), E_BINARY (damaged).
 */
export async function readPdf(bytes: Uint8Array, options: ReaderOptions = {}): Promise<ReadResult> {
  const path = options.path ?? null;
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkInflatedSize(bytes, limits.unpackedBytes, path);
  const pdfjs = await loadPdfjs();
  const document = await openPdf(pdfjs, bytes, path);
  try {
    if (document.numPages > limits.pages) throw new PolicyExtractError('E_TOO_LARGE', `has ${document.numPages} pages, over the limit of ${limits.pages}`, { path });
    const pages: PdfPageContent[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await readPage(pdfjs, page);
      characters += content.items.reduce((sum, item) => sum + item.text.length, 0);
      // text is held as UTF-16: two bytes a character
      if (characters * 2 > limits.unpackedBytes) throw new PolicyExtractError('E_TOO_LARGE', `its text runs past ${megabytes(limits.unpackedBytes)} (at page ${number})`, { path });
      pages.push(content);
      page.cleanup();
    }
    checkFonts(pages, path);
    const layout = layoutPdf(pages);
    checkSubstance(layout, path);
    return { format: 'pdf', encoding: 'utf-8', bom: false, lines: layout.lines, tables: layout.tables, diagnostics: [], pages: layout.pages };
  } catch (error) {
    // pdfjs opens a damaged file leniently and fails when a page is read
    if (error instanceof PolicyExtractError) throw error;
    throw new PolicyExtractError('E_BINARY', `is a damaged PDF (${(error as Error).message})`, { path, cause: error });
  } finally {
    await document.destroy();
  }
}

/**
 * Built-ins that the legacy build's core-js polyfills replace with slower JavaScript, though Node
 * has them: JSON.parse and JSON.stringify (for a proposal, source text access, that pdfjs does not
 * use), Array.prototype.push and Function.prototype.toString. After one PDF a batch worker ran at
 * half speed, its JSON output written by core-js. The methods the polyfills add (Promise.withResolvers,
 * Uint8Array.prototype.toBase64 …) are what pdfjs needs from them, and stay.
 */
const REPLACED: ReadonlyArray<readonly [object, string]> = [[JSON, 'parse'], [JSON, 'stringify'], [Array.prototype, 'push'], [Function.prototype, 'toString']];

/** pdfjs's legacy build, imported once, with the built-ins its polyfills replaced put back; its character maps and standard fonts are read from the package. */
async function loadPdfjs(): Promise<Pdfjs> {
  const originals = REPLACED.map(([owner, name]) => [owner, name, Object.getOwnPropertyDescriptor(owner, name)!] as const);
  try {
    // the worker's module too, which sets globalThis.pdfjsWorker: pdfjs would otherwise import it
    // (polyfills and all) at the first getDocument, outside this window
    const [pdfjs] = await Promise.all([loadPackage<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>('pdfjs-dist/legacy/build/pdf.mjs'), loadPackage<unknown>('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    return pdfjs;
  } finally {
    for (const [owner, name, descriptor] of originals) Object.defineProperty(owner, name, descriptor);
  }
}

const PACKAGE = dirname(require.resolve('pdfjs-dist/package.json'));

/** Opens the document; a password or damage is a one-line error. */
async function openPdf(pdfjs: Pdfjs, bytes: Uint8Array, path: string | null): Promise<PdfDocument> {
  const task = pdfjs.getDocument({
    // pdfjs takes over (detaches) the buffer it is given
    data: new Uint8Array(bytes),
    cMapUrl: `${join(PACKAGE, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PACKAGE, 'standard_fonts')}/`,
    // never run code built from a font program, never decode images (a scan's text is not read)
    isEvalSupported: false,
    maxImageSize: 1,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new PolicyExtractError('E_ENCRYPTED', 'is an encrypted PDF that needs a password to open: remove it first (qpdf --decrypt --password=… FILE.pdf OUT.pdf)', { path, cause: error });
    throw new PolicyExtractError('E_BINARY', `is a damaged PDF (${(error as Error).message})`, { path, cause: error });
  }
}

/** A page's horizontal text runs (in page space, y down) and, when it has text, its ruling lines. */
async function readPage(pdfjs: Pdfjs, page: PdfPage): Promise<PdfPageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = pdfjs.Util.transform(viewport.transform, item.transform) as Matrix;
    // upright text only: a rotated run is a watermark or a margin note
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || a! <= 0) continue;
    items.push({ text: foldRadicals(item.str), x: x!, y: y!, width: item.width * (viewport.scale ?? 1), size: Math.abs(d!) });
  }
  const rules = items.length > 0 ? readRules(pdfjs, await page.getOperatorList(), viewport.transform) : [];
  return { items, rules, height: viewport.height };
}

/**
 * The ruling lines a page draws: stroked horizontal and vertical segments, and filled rectangles
 * thin enough to be lines (how Chromium and Word draw table borders), in page space.
 */
function readRules(pdfjs: Pdfjs, operators: { fnArray: number[]; argsArray: unknown[] }, base: Matrix): PdfRule[] {
  const { OPS, Util } = pdfjs;
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let matrix = base;
  operators.fnArray.forEach((fn, i) => {
    const args = operators.argsArray[i] as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push(matrix);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? base;
    if (fn === OPS.transform) matrix = Util.transform(matrix, args as Matrix) as Matrix;
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0])) matrix = Util.transform(matrix, args[0] as Matrix) as Matrix;
    if (fn !== OPS.constructPath) return;
    const paint = args[0] as number;
    const path = (args[1] as ArrayLike<number>[] | undefined)?.[0];
    if (!path || (paint !== OPS.stroke && paint !== OPS.closeStroke && paint !== OPS.fill && paint !== OPS.eoFill && paint !== OPS.fillStroke)) return;
    const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
    append(rules, pathRules(path, (x, y) => [a * x + c * y + e, b * x + d * y + f], paint === OPS.stroke || paint === OPS.closeStroke));
  });
  return rules;
}

/** pdfjs's path operators: moveTo x y, lineTo x y, curveTo (6 numbers), quadraticCurveTo (4), closePath. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;

/** The straight sides of a path's subpaths: a stroked side is a rule, a filled box as thin as a line is one. */
function pathRules(path: ArrayLike<number>, toPage: (x: number, y: number) => [number, number], stroked: boolean): PdfRule[] {
  const rules: PdfRule[] = [];
  let points: Array<[number, number]> = [];
  const endSubpath = (): void => {
    if (points.length >= 2) {
      const xs = points.map(([x]) => x);
      const ys = points.map(([, y]) => y);
      const box = { x1: minOf(xs), y1: minOf(ys), x2: maxOf(xs), y2: maxOf(ys) };
      if (!stroked && (box.x2 - box.x1 <= 2.5 || box.y2 - box.y1 <= 2.5)) rules.push(box);
      if (stroked) points.slice(1).forEach(([x, y], i) => rules.push({ x1: Math.min(x, points[i]![0]), y1: Math.min(y, points[i]![1]), x2: Math.max(x, points[i]![0]), y2: Math.max(y, points[i]![1]) }));
    }
    points = [];
  };
  for (let i = 0; i < path.length; ) {
    const op = path[i]!;
    if (op === MOVE_TO || op === LINE_TO) {
      if (op === MOVE_TO) endSubpath();
      points.push(toPage(path[i + 1]!, path[i + 2]!));
      i += 3;
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      endSubpath(); // a curve is no rule
      i += op === CURVE_TO ? 7 : 5;
    } else {
      if (stroked && points.length > 0) points.push(points[0]!);
      endSubpath();
      i += 1;
    }
  }
  endSubpath();
  return rules;
}

/** A PDF whose text is no text (fonts without a Unicode map, or with a broken one) is refused. */
function checkFonts(pages: readonly PdfPageContent[], path: string | null): void {
  const text = pages.flatMap((page) => page.items.map((item) => item.text)).join('');
  if (plainShare(text) < MIN_PLAIN) {
    throw new PolicyExtractError('E_NO_TEXT', 'is a PDF whose fonts map to no Unicode (its text comes out as glyph numbers, private-use or replacement characters): print it to PDF again, or run OCR on it', { path });
  }
}

/** Fewer characters than this, page furniture aside, and a PDF has no text layer to speak of. */
const MIN_CHARACTERS = 20;

/** A PDF with (next to) no text once its page numbers and running headers are dropped is a scan. */
function checkSubstance(layout: PdfLayout, path: string | null): void {
  const characters = layout.lines.reduce((sum, line) => sum + line.text.length, 0)
    + layout.tables.reduce((sum, table) => sum + table.rows.reduce((rows, row) => rows + row.reduce((cells, cell) => cells + cell.text.length, 0), 0), 0);
  if (characters < MIN_CHARACTERS) {
    throw new PolicyExtractError('E_NO_TEXT', 'is a PDF without a text layer (a scan?): run OCR on it first (ocrmypdf -l chi_sim FILE.pdf OUT.pdf)', { path });
  }
}

registerAsyncReader('pdf', readPdf);
