/**
 * Makes the converted corpus in fixtures/converted/: the corpus plans as PDF (printed by Chromium),
 * their appendix tables as .xlsx workbooks and CSV, the plans as Word 97–2003 .doc (LibreOffice),
 * and the PDFs a reader must refuse.
 * Run by hand (`node bench/make-fixtures.js pdf|xlsx|csv|doc|special`); the files are committed
 * byte-exact and never made again by the tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readAppendixTable, TABLE_DOCUMENTS, tableSheet } from './appendix-tables.js';
import { CORPUS_DIR, loadCorpus } from './corpus.js';
import { convertWithLibreOffice } from './office-document.js';
import { documentPage, FONTS, printPdf, tablePage, withBrowser } from './print-pdf.js';

const OUT = new URL('../fixtures/converted/', import.meta.url).pathname;
const FIXED_DATE = new Date(Date.UTC(2025, 0, 1));

const MAKERS = { pdf: makePdfs, xlsx: makeWorkbooks, csv: makeDelimited, doc: makeDocs, special: makeSpecialPdfs };

/**
 * Each corpus plan printed from an HTML page of its lines, in CID fonts; the jilin plan once more
 * with its 附表 drawn as a table, once more with the table laid out without a ruling line, and
 * once more with it boxed, rules between its rows only, set as Word sets a table; the opening
 * lines of the Yanan plan in Type 3 fonts.
 */
async function makePdfs() {
  mkdirSync(join(OUT, 'pdf'), { recursive: true });
  mkdirSync(join(OUT, 'pdf-table'), { recursive: true });
  mkdirSync(join(OUT, 'pdf-table-without-rules'), { recursive: true });
  mkdirSync(join(OUT, 'pdf-table-boxed'), { recursive: true });
  mkdirSync(join(OUT, 'pdf-type3'), { recursive: true });
  await withBrowser(async (browser) => {
    for (const { name, text } of loadCorpus()) {
      writeFileSync(join(OUT, 'pdf', name.replace(/\.txt$/, '.pdf')), await printPdf(browser, documentPage(text)));
      if (name.startsWith('yanan')) {
        const opening = text.split('\n').slice(0, 12).join('\n');
        writeFileSync(join(OUT, 'pdf-type3', name.replace(/\.txt$/, '.opening.pdf')), await printPdf(browser, documentPage(opening, FONTS.type3)));
      }
    }
    const [jilin] = TABLE_DOCUMENTS;
    const text = readFileSync(new URL(`${jilin.name}.txt`, CORPUS_DIR), 'utf8');
    writeFileSync(join(OUT, 'pdf-table', `${jilin.name}.pdf`), await printPdf(browser, tablePage(text, readAppendixTable(jilin.name))));
    writeFileSync(join(OUT, 'pdf-table-without-rules', `${jilin.name}.pdf`), await printPdf(browser, tablePage(text, readAppendixTable(jilin.name), { rules: false })));
    writeFileSync(join(OUT, 'pdf-table-boxed', `${jilin.name}.pdf`), await printPdf(browser, tablePage(text, readAppendixTable(jilin.name), { rules: 'boxed' })));
  });
}

/** A short plan, as the PDFs that are not plain prints start from. */
const SHORT_PLAN = '2025年镇区强功能工作方案\n一、重点工作\n(一)进一步完善建设规划。〔责任单位:市住建局,各县(市、区)政府;配合单位:市自然资源局〕';

/**
 * PDFs a reader meets and must say something about: a scan (a picture of the page, no text),
 * one that needs a password to open and one whose password only restricts printing (qpdf, from
 * Debian), and one whose fonts lost their ToUnicode maps (qpdf's QDF form edited, then fix-qdf).
 */
async function makeSpecialPdfs() {
  const dir = join(OUT, 'special');
  mkdirSync(dir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'policy-extract-pdf-'));
  try {
    await withBrowser(async (browser) => {
      writeFileSync(join(work, 'plan.pdf'), await printPdf(browser, documentPage(SHORT_PLAN)));
      const tab = await browser.newPage({ viewport: { width: 595, height: 420 } });
      await tab.setContent(documentPage(SHORT_PLAN));
      const picture = (await tab.screenshot({ type: 'jpeg', quality: 50 })).toString('base64');
      writeFileSync(join(dir, 'scan.pdf'), await printPdf(browser, `<img src="data:image/jpeg;base64,${picture}" style="width: 100%">`, { furniture: false }));
    });
    const qpdf = (...args) => execFileSync('qpdf', args, { stdio: 'ignore' });
    qpdf('--encrypt', '123456', 'owner', '256', '--', join(work, 'plan.pdf'), join(dir, 'password.pdf'));
    qpdf('--encrypt', '', 'owner', '256', '--print=none', '--', join(work, 'plan.pdf'), join(dir, 'permissions-only.pdf'));
    qpdf('--qdf', '--object-streams=disable', join(work, 'plan.pdf'), join(work, 'plan.qdf.pdf'));
    writeFileSync(join(work, 'bare.qdf.pdf'), readFileSync(join(work, 'plan.qdf.pdf'), 'latin1').replace(/\/ToUnicode \d+ 0 R/g, ''), 'latin1');
    writeFileSync(join(work, 'bare.pdf'), execFileSync('fix-qdf', [join(work, 'bare.qdf.pdf')]));
    qpdf('--object-streams=generate', '--compress-streams=y', join(work, 'bare.pdf'), join(dir, 'fonts-without-unicode.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The two appendix tables as workbooks: a title merged across the columns, each section merged down its rows. */
async function makeWorkbooks() {
  mkdirSync(join(OUT, 'xlsx'), { recursive: true });
  for (const { name, sheet: sheetName } of TABLE_DOCUMENTS) {
    const { values, merges } = tableSheet(readAppendixTable(name));
    const workbook = new ExcelJS.Workbook();
    workbook.created = FIXED_DATE;
    workbook.modified = FIXED_DATE;
    workbook.creator = 'policy-extract fixtures';
    const sheet = workbook.addWorksheet(sheetName);
    for (const row of values) {
      // numbers as numbers, as Excel keeps a 序号 typed in; a cell a merge covers stays empty
      sheet.addRow(row.map((value) => (/^\d+$/.test(value) ? Number(value) : value || null))).alignment = { wrapText: true, vertical: 'top' };
    }
    for (const [top, left, bottom, right] of merges) sheet.mergeCells(top, left, bottom, right);
    sheet.columns.forEach((column, i) => (column.width = [6, 24, 60, 40][i]));
    writeFileSync(join(OUT, 'xlsx', `${name}.xlsx`), Buffer.from(await workbook.xlsx.writeBuffer()));
  }
}

/**
 * The appendix tables as Excel saves them: jilin's as CSV UTF-8 (with a BOM, CRLF) and as
 * tab-separated GBK, Yanbian's as CSV in GBK (what Excel writes on a Chinese Windows).
 */
async function makeDelimited() {
  mkdirSync(join(OUT, 'csv'), { recursive: true });
  const [jilin, yanbian] = TABLE_DOCUMENTS;
  const rows = (name) => tableSheet(readAppendixTable(name)).values;
  const csv = (values) => values.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
  const tsv = (values) => values.map((row) => row.map((cell) => cell.replace(/\n/g, ' ')).join('\t')).join('\r\n') + '\r\n';
  writeFileSync(join(OUT, 'csv', `${jilin.name}.csv`), `\ufeff${csv(rows(jilin.name))}`);
  writeFileSync(join(OUT, 'csv', `${jilin.name}.tsv`), iconv.encode(tsv(rows(jilin.name)), 'gbk'));
  writeFileSync(join(OUT, 'csv', `${yanbian.name}.csv`), iconv.encode(csv(rows(yanbian.name)), 'gbk'));
}

/** Each corpus plan as a Word 97–2003 .doc, converted by LibreOffice (Debian's libreoffice-writer-nogui) from a flat ODT of its lines. */
async function makeDocs() {
  mkdirSync(join(OUT, 'doc'), { recursive: true });
  for (const { name, text } of loadCorpus()) convertWithLibreOffice(text, 'doc:MS Word 97', join(OUT, 'doc', name.replace(/\.txt$/, '.doc')));
}

const MAKER = MAKERS[process.argv[2]];
if (!MAKER) {
  process.stderr.write(`usage: node bench/make-fixtures.js ${Object.keys(MAKERS).join('|')}\n`);
  process.exitCode = 2;
} else {
  await MAKER();
}
