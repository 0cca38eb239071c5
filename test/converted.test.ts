// The corpus as governments publish it — PDF (one with its appendix table drawn as a table, one
// with it laid out without rules, one with it boxed and ruled between rows only), Word 97–2003
// .doc, the appendix tables as .xlsx and CSV (fixtures/converted, made by bench/make-fixtures.js)
// — gives the tasks, units and table rows the UTF-8 text gives.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, extractAsync } from '../src/index.js';
import type { PolicyDocument } from '../src/model/document.js';

const CONVERTED = new URL('../fixtures/converted/', import.meta.url);
const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

const textDocument = (name: string): PolicyDocument => extract(readFileSync(new URL(`${name}.txt`, CORPUS)), { path: `${name}.txt` });
const read = (folder: string, file: string): Promise<PolicyDocument> => extractAsync(readFileSync(new URL(`${folder}/${file}`, CONVERTED)), { path: file });
const files = (folder: string): string[] => readdirSync(new URL(folder, CONVERTED)).sort();
const baseName = (file: string): string => file.replace(/\.[a-z]+$/, '');

/** The tasks with their units, and the table rows with theirs and the task each restates. */
function essence(document: PolicyDocument) {
  return {
    tasks: document.tasks.map((task) => ({ id: task.id, path: task.path, text: task.text, units: task.units })),
    tables: document.tables.map((table) => table.rows.map((row) => ({ no: row.no, text: row.text, units: row.units, task: row.task }))),
  };
}

/** Table rows without the link to a body task (a workbook holds the table alone). */
function tableRows(document: PolicyDocument) {
  return document.tables.map((table) => table.rows.map((row) => ({ no: row.no, text: row.text, units: row.units })));
}

const documents = ['pdf', 'pdf-table', 'pdf-table-without-rules', 'pdf-table-boxed', 'doc'].flatMap((folder) => files(folder).map((file) => [folder, file]));

describe.each(documents)('%s/%s', (folder, file) => {
  it('should give the tasks, units and table rows of the text', async () => {
    const document = await read(folder, file);
    expect(document.source.format).toBe(folder === 'doc' ? 'doc' : 'pdf');
    expect(essence(document)).toEqual(essence(textDocument(baseName(file))));
    expect(document.diagnostics.map((d) => d.code)).not.toContain('numbering-not-in-text');
  });
});

describe.each([...files('xlsx'), ...files('csv')].map((file) => [file.endsWith('.xlsx') ? 'xlsx' : 'csv', file]))('%s/%s', (folder, file) => {
  it('should give the table rows of the text, with their units', async () => {
    const document = await read(folder, file);
    expect(tableRows(document)).toEqual(tableRows(textDocument(baseName(file))));
    expect(document.tables[0]!.title).toBe(textDocument(baseName(file)).tables[0]!.title);
  });
});
