/** The registry: dispatch by format, format from a file name, and lazy loading of yaml, iconv-lite and exceljs. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPolicyExtractError } from '../../src/model/errors.js';
import { formatFromPath, OUTPUT_FORMATS, plainStyle, writeDocuments } from '../../src/writers/index.js';
import type { OutputFormat, TextStyle } from '../../src/writers/index.js';
import { writeCsv } from '../../src/writers/csv.js';
import { writeJson } from '../../src/writers/json.js';
import { writeText } from '../../src/writers/text.js';
import { writeYaml } from '../../src/writers/yaml.js';
import { makeDocument, makeLeadDocument } from './make-document.js';

const WRITERS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/writers');

describe('writeDocuments', () => {
  it('should render each format with its writer', async () => {
    const documents = [makeDocument(), makeLeadDocument()];
    expect(await writeDocuments(documents, 'text')).toBe(writeText(documents));
    expect(await writeDocuments(documents, 'json')).toBe(writeJson(documents));
    expect(await writeDocuments(documents, 'yaml')).toBe(writeYaml(documents));
    expect(await writeDocuments(documents, 'csv')).toBe(writeCsv(documents));
  });

  it('should pass the CSV and text options through', async () => {
    const csv = await writeDocuments([makeLeadDocument()], 'csv', { header: 'en', bom: false });
    expect(String(csv).startsWith('file,kind,task_id,')).toBe(true);
    const shout: TextStyle = { ...plainStyle, lead: (s) => `[${s}]` };
    expect(await writeDocuments([makeLeadDocument()], 'text', { style: shout })).toContain('[牵头]  自然资源服务科\n');
  });

  it('should throw E_USAGE for a format it does not know', async () => {
    const error: unknown = await writeDocuments([makeDocument()], 'pdf' as OutputFormat).catch((e: unknown) => e);
    expect(isPolicyExtractError(error) && error.code).toBe('E_USAGE');
    expect((error as Error).message).toBe('unknown output format "pdf" (expected text, json, yaml, csv, matrix, md, xlsx, html)');
  });

  it('should list the formats, text first', () => {
    expect(OUTPUT_FORMATS).toEqual(['text', 'json', 'yaml', 'csv', 'matrix', 'md', 'xlsx', 'html']);
  });
});

describe('formatFromPath', () => {
  it('should read the format from the extension, in any case', () => {
    expect(formatFromPath('分工方案.json')).toBe('json');
    expect(formatFromPath('out/分工方案.yaml')).toBe('yaml');
    expect(formatFromPath('分工方案.yml')).toBe('yaml');
    expect(formatFromPath('C:\\matrix.CSV')).toBe('csv');
    expect(formatFromPath('listing.txt')).toBe('text');
    expect(formatFromPath('report.XLSX')).toBe('xlsx');
    expect(formatFromPath('matrix.md')).toBe('md');
    expect(formatFromPath('报告.html')).toBe('html');
    expect(formatFromPath('report.HTM')).toBe('html');
  });

  it('should give null for an unknown or missing extension', () => {
    expect(formatFromPath('report.pdf')).toBeNull();
    expect(formatFromPath('matrix')).toBeNull();
    expect(formatFromPath('.csv')).toBeNull();
    expect(formatFromPath('-')).toBeNull();
  });
});

describe('lazy loading', () => {
  /** Modules a file imports at load time (`import … from`, not `import type` or `await import`). */
  function staticImports(file: string): string[] {
    const source = readFileSync(resolve(WRITERS_DIR, file), 'utf8');
    return [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';$/gm)].map((match) => match[1] ?? '');
  }

  it('should not load yaml, iconv-lite or exceljs for a text or JSON run', () => {
    const seen = new Set<string>();
    const pending = ['index.ts'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      seen.add(file);
      for (const specifier of staticImports(file)) {
        expect(specifier).not.toMatch(/^(yaml|iconv-lite|exceljs)/);
        const local = /^\.\/(.+)\.js$/.exec(specifier)?.[1];
        if (local !== undefined && !seen.has(`${local}.ts`)) pending.push(`${local}.ts`);
      }
    }
    expect([...seen].sort()).toEqual(['index.ts', 'json.ts', 'text.ts']);
  });
});
