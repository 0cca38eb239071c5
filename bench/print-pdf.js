/**
 * Prints plans to PDF with headless Chromium (Debian's /usr/bin/chromium through playwright-core),
 * as a portal's "print to PDF" would: A4, a 宋体-like serif, justified paragraphs, a running header
 * and a `— 3 —` page number in the footer. The font decides how Chromium embeds it: AR PL UMing
 * (TrueType, Debian's fonts-arphic-uming) as a CID font with Identity-H — but whole, all 20 MB of
 * it, past about 850 distinct characters, so the characters are split between two faces of the
 * collection (CN up to U+6FFF, TW above), each embedded as its own subset — and Noto Serif CJK
 * (CFF in a collection, which Skia does not subset) as Type 3 fonts whose ToUnicode gives, of the
 * code points that share a glyph, the lowest: 人 as the Kangxi radical ⼈ U+2F08, 户 as 戶.
 */

/** Body fonts: CID fonts (AR PL UMing in two faces), or Type 3 fonts (Noto Serif CJK). */
export const FONTS = { cid: "'Plan'", type3: "'Noto Serif CJK SC'" };

const FACES = `
  @font-face { font-family: 'Plan'; src: local('AR PL UMing CN'); unicode-range: U+0000-6FFF; }
  @font-face { font-family: 'Plan'; src: local('AR PL UMing TW'); unicode-range: U+7000-FFFF; }
`;
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

/** Runs `work` with a browser, closed afterwards whatever happens. */
export async function withBrowser(work) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

const STYLE = `${FACES}
  body { font-family: var(--font); font-size: 15pt; line-height: 1.55; margin: 0; }
  p { margin: 0; white-space: pre-wrap; text-align: justify; min-height: 1em; }
  table { border-collapse: collapse; width: 100%; font-size: 12pt; line-height: 1.4; margin: 0.5em 0; }
  th, td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: middle; text-align: left; }
  th { font-weight: bold; text-align: center; }
  td.no { text-align: center; }
  tr { break-inside: avoid; }
  table.unruled, table.unruled th, table.unruled td { border: 0; }
  div.boxed { border: 0.75pt solid #000; box-decoration-break: clone; -webkit-box-decoration-break: clone; margin: 0.5em 0; }
  div.boxed table { margin: 0; }
  table.boxed, table.boxed th, table.boxed td { border: 0; vertical-align: top; padding: 1pt 4pt; }
  table.boxed thead { display: table-row-group; }
  table.boxed tbody tr { border-top: 0.75pt solid #000; break-inside: auto; }
`;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (lines) => lines.map((line) => `<p>${escapeHtml(line.replace(/\s+$/, ''))}</p>`).join('\n');
const page = (body, font) => `<!DOCTYPE html><html><head><meta charset="utf-8"><style>:root { --font: ${font}, serif; }${STYLE}</style></head><body>\n${body}\n</body></html>`;

/** A plan as a page: each line of the text one paragraph (an empty line an empty paragraph). */
export function documentPage(text, font = FONTS.cid) {
  return page(paragraphs(text.split('\n')), font);
}

/**
 * A plan whose appendix table (see appendix-tables.js) is drawn as a bordered table: the header
 * in a <thead> (Chromium repeats it on every page), a section as a row across the columns, a
 * unit cell's line break kept. With `rules: false` the same table is laid out without a line
 * (`border: 0` on the table and its cells), as a Word table whose borders were taken off prints:
 * only the positions of its text tell its rows and columns. With `rules: 'boxed'` it is set as
 * Word sets a table by default — the header printed once, cells at the top of their rows, a row
 * let break across pages — with a rule between rows, none between columns, and a box round the
 * table on each page (a bordered <div>, which Chromium draws as one rectangle).
 */
export function tablePage(text, table, { font = FONTS.cid, rules = true } = {}) {
  const lines = text.split('\n');
  const header = `<thead><tr>${table.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('')}</tr></thead>`;
  const rows = table.rows.flatMap((row) => [
    ...(row.section ? [`<tr><td colspan="3">${escapeHtml(row.section)}</td></tr>`] : []),
    `<tr><td class="no">${row.no}</td><td>${escapeHtml(row.text)}</td><td>${escapeHtml(row.units).replace(/\n/g, '<br>')}</td></tr>`,
  ]);
  const columns = '<colgroup><col style="width:8%"><col style="width:62%"><col style="width:30%"></colgroup>';
  const drawn = `<table${rules === true ? '' : rules === 'boxed' ? ' class="boxed"' : ' class="unruled"'}>${columns}${header}<tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return page(`${paragraphs(lines.slice(0, table.start))}\n${rules === 'boxed' ? `<div class="boxed">${drawn}</div>` : drawn}\n${paragraphs(lines.slice(table.end))}`, font);
}

/** The page as an A4 PDF with a running header and the page number in the footer (unless `furniture` is false). */
export async function printPdf(browser, html, { furniture = true } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.setContent(html, { waitUntil: 'load' });
    return await tab.pdf({
      format: 'A4',
      margin: { top: '30mm', bottom: '28mm', left: '26mm', right: '24mm' },
      displayHeaderFooter: furniture,
      headerTemplate: `<div style="font: 9pt 'Noto Serif CJK SC'; width: 100%; text-align: center; color: #555">政府信息公开</div>`,
      footerTemplate: `<div style="font: 11pt 'Noto Serif CJK SC'; width: 100%; text-align: center">— <span class="pageNumber"></span> —</div>`,
    });
  } finally {
    await tab.close();
  }
}
