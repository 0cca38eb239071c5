/**
 * Page furniture of a PDF: page numbers (`— 3 —`, `- 3 -`, `第 3 页 共 10 页`) in the top or bottom
 * margin, and running headers and footers — a line in a margin that comes back on half the pages
 * or more (numbers in it aside). A bare number is a page number only when it counts the pages:
 * a table's 序号 flattened one cell a line may stand at the top of a page too.
 */
import type { PdfLine } from './pdf-lines.js';

/** The share of the page height, at the top and at the bottom, where headers and footers stand. */
const MARGIN_ZONE = 0.15;

// What a page number line looks like, once its spaces are taken out.
//     > | — 3 —      - 3 -      第3页共10页      3/10      Page 3 of 10
const PAGE_NUMBER = /^(?:[-—–－~]+\d{1,4}[-—–－~]+|第\d{1,4}页(?:[,，/]?共\d{1,4}页)?|\d{1,4}\/\d{1,4}|page\d{1,4}(?:of\d{1,4})?)$/i;
const BARE_NUMBER = /^\d{1,4}$/;

/**
 * The furniture lines of a document's pages.
 *
 *     findFurniture([{ lines: [政府信息公开 (y 40), 一、总体要求, …, — 1 — (y 800)], height: 842 }, …])
 *     // → Set { 政府信息公开 (on every page), — 1 —, — 2 —, … }
 */
export function findFurniture(pages: ReadonlyArray<{ lines: readonly PdfLine[]; height: number }>): Set<PdfLine> {
  const furniture = new Set<PdfLine>();
  const pagesWith = new Map<string, number>();
  const inMargins = pages.map(({ lines, height }) => lines.filter((line) => line.y < height * MARGIN_ZONE || line.y > height * (1 - MARGIN_ZONE)));
  inMargins.forEach((lines, page) => {
    for (const line of lines) if (PAGE_NUMBER.test(line.text.replace(/\s+/g, ''))) furniture.add(line);
    // a bare number is furniture only when it counts the pages (below), whatever its place
    const keys = new Set(lines.filter((line) => !BARE_NUMBER.test(line.text)).map((line) => runningKey(line, pages[page]!.height)));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  });
  for (const line of countingNumbers(inMargins, pages.map((page) => page.height))) furniture.add(line);
  const often = Math.max(2, Math.ceil(pages.length / 2));
  inMargins.forEach((lines, page) => {
    for (const line of lines) if (!BARE_NUMBER.test(line.text) && (pagesWith.get(runningKey(line, pages[page]!.height)) ?? 0) >= often) furniture.add(line);
  });
  return furniture;
}

/**
 * Bare numbers that count the pages: in one margin, each page's number minus the page's index is
 * the same offset on half the pages or more (all of them for a document of one or two pages).
 */
function countingNumbers(inMargins: ReadonlyArray<readonly PdfLine[]>, heights: readonly number[]): PdfLine[] {
  const byOffset = new Map<string, PdfLine[]>();
  inMargins.forEach((lines, page) => {
    for (const line of lines) {
      if (!BARE_NUMBER.test(line.text)) continue;
      const key = `${line.y < heights[page]! / 2 ? 'top' : 'bottom'}:${Number(line.text) - page}`;
      // pushed, not copied: a page of 20,000 bare numbers took 1.8 s
      const found = byOffset.get(key);
      if (found) found.push(line);
      else byOffset.set(key, [line]);
    }
  });
  const enough = Math.max(Math.ceil(inMargins.length / 2), Math.min(inMargins.length, 2));
  return [...byOffset.values()].filter((lines) => lines.length >= enough).flat();
}

/** A margin line as it comes back on other pages: its margin and its text with numbers as #. */
function runningKey(line: PdfLine, height: number): string {
  return `${line.y < height / 2 ? 'top' : 'bottom'}:${line.text.replace(/\d+/g, '#')}`;
}
