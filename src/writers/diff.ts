/** The writers of a plan comparison: the terminal report, JSON, YAML, CSV rows, a Markdown table, an HTML page. */
import { extname } from 'node:path';
import type { DocumentDiff } from '../model/diff.js';
import type { CsvOptions } from './csv.js';
import type { TextStyle } from './text.js';
import { loadPackage } from '../packages.js';

export type DiffFormat = 'text' | 'json' | 'yaml' | 'csv' | 'md' | 'html';

export const DIFF_FORMATS: readonly DiffFormat[] = ['text', 'json', 'yaml', 'csv', 'md', 'html'];

export interface DiffWriteOptions extends CsvOptions {
  style?: TextStyle;
  /** The report lists unchanged pairs and counterparts too. */
  verbose?: boolean;
}

const EXTENSIONS: Readonly<Record<string, DiffFormat>> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml', '.csv': 'csv', '.md': 'md', '.html': 'html', '.htm': 'html' };

/** The format an output file's extension asks for; the report for any other. */
export function diffFormatFromPath(path: string): DiffFormat {
  return EXTENSIONS[extname(path).toLowerCase()] ?? 'text';
}

/**
 * Renders a comparison; each writer is loaded when used.
 *
 *     await writeDiff(diffDocuments(jilin, yanbian), 'json') // → '{\n  "a": { "path": …'
 */
export async function writeDiff(diff: DocumentDiff, format: DiffFormat, options: DiffWriteOptions = {}): Promise<string | Uint8Array> {
  if (format === 'json') return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === 'yaml') return (await loadPackage<typeof import('yaml')>('yaml')).stringify(diff, { lineWidth: 0 });
  if (format === 'csv') return (await import('./diff-table.js')).writeDiffCsv(diff, options);
  if (format === 'md') return (await import('./diff-table.js')).writeDiffMarkdown(diff);
  if (format === 'html') return (await import('./html/diff.js')).writeDiffHtml(diff);
  return (await import('./diff-text.js')).writeDiffText(diff, options);
}
