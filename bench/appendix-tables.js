/**
 * The appendix responsibility tables of the two corpus plans that have one (the jilin plan's 附表,
 * one cell a line; the Yanbian plan's 附件2, cells between `|` lines), taken out of the text as
 * rows of cells, for the fixtures that draw them as real tables (PDF, .xlsx, CSV).
 */
import { readFileSync } from 'node:fs';
import { CORPUS_DIR } from './corpus.js';

/** The corpus documents with an appendix table, the line that opens the table, and its title. */
export const TABLE_DOCUMENTS = [
  { name: 'jilin-2022-demo-towns-plan', header: '序号', title: '乡村振兴示范镇建设责任清单', sheet: '附表' },
  { name: 'yanbian-2022-demo-towns-tasks', header: '序号', title: '延边州乡村振兴镇建设责任清单', sheet: '附件2' },
];

const SECTION = /^[（(][一二三四五六七八九十]+[）)]/;

/**
 * The table of a corpus plan: its header cells, and per row the 序号, the section heading it
 * opens (or null), the task text and the unit cell — a unit cell the text wraps over two lines
 * keeps the break, as a line break inside the cell. `start` and `end` are the lines (0-based) the
 * table runs over: from its 序号 cell to the page footer after it.
 *
 *     readAppendixTable('jilin-2022-demo-towns-plan').rows[0]
 *     // → { no: '1', section: '（一）推进产业项目建设，提升造血能力', text: '推进园区…', units: '市、县级党委、政府；省住房城乡建设厅…' }
 */
export function readAppendixTable(name) {
  const lines = readFileSync(new URL(`${name}.txt`, CORPUS_DIR), 'utf8').split('\n').map((line) => line.trim());
  const title = TABLE_DOCUMENTS.find((document) => document.name === name).title;
  const start = lines.findIndex((line, i) => line === '序号' && lines.slice(0, i).some((before) => before.replace(/\s/g, '') === title));
  const footer = lines.findIndex((line, i) => i > start && line.startsWith('责任编辑'));
  const end = footer < 0 ? lines.length : footer;
  const cells = lines.slice(start, end).filter((line) => line !== '' && !/^[|｜]$/.test(line));
  const header = cells.splice(0, 3);
  const rows = [];
  for (const cell of cells) {
    const row = rows[rows.length - 1];
    if (cell === String(rows.length + 1)) rows.push({ no: cell, section: null, text: null, units: null });
    else if (row.text === null && row.section === null && SECTION.test(cell)) row.section = cell;
    else if (row.text === null) row.text = cell;
    else row.units = row.units === null ? cell : `${row.units}\n${cell}`;
  }
  return { title, header, rows, start, end };
}

/**
 * The table as a sheet: a title row, the header with a 任务类别 column for the sections, and the
 * rows; `merges` lists the cells a workbook merges (the title across the columns, each section
 * down its rows) as [top, left, bottom, right], 1-based.
 */
export function tableSheet(table) {
  const values = [[table.title, '', '', ''], [table.header[0], '任务类别', ...table.header.slice(1)]];
  const merges = [[1, 1, 1, 4]];
  let sectionStart = null;
  table.rows.forEach((row) => {
    if (row.section !== null) {
      if (sectionStart !== null && sectionStart < values.length) merges.push([sectionStart, 2, values.length, 2]);
      sectionStart = values.length + 1;
    }
    values.push([row.no, row.section ?? '', row.text, row.units]);
  });
  if (sectionStart !== null && sectionStart < values.length) merges.push([sectionStart, 2, values.length, 2]);
  return { values, merges };
}
