/** Writes the units table (the `units` command): a terminal table, JSON, or CSV rows. */
import type { UnitsTableRow } from '../views/units-table.js';
import type { CsvOptions } from './csv.js';
import { displayWidth, plainStyle, type TextStyle, UNIT_KIND_LABELS } from './text.js';
import { maxOf } from '../collections.js';

export type UnitsFormat = 'text' | 'json' | 'csv';

export const UNITS_FORMATS: readonly UnitsFormat[] = ['text', 'json', 'csv'];

export interface UnitsWriteOptions extends CsvOptions {
  style?: TextStyle;
}

const FIELDS = ['name', 'canonical', 'level', 'function', 'kind', 'lead', 'responsible', 'support'] as const;
const HEADERS_ZH = ['单位', '规范名称', '层级', '职能', '类型', '牵头', '负责', '配合'];

/** The units table's header: Chinese, or the JSON field names. */
export function unitsHeader(header: 'zh' | 'en' = 'zh'): string[] {
  return header === 'en' ? [...FIELDS] : [...HEADERS_ZH];
}

/** One row's cells in header order: counts as numbers, kinds as words (Chinese) or identifiers. */
export function unitsCells(row: UnitsTableRow, header: 'zh' | 'en' = 'zh'): Array<string | number | null> {
  return [row.name, row.canonical, row.level, row.function, header === 'en' ? row.kind : UNIT_KIND_LABELS[row.kind], row.lead, row.responsible, row.support];
}

/**
 * Renders the units table.
 *
 *     await writeUnits(listUnits([yanbian]), 'json')
 *     // → '[\n  {\n    "name": "州住建局",\n    "canonical": "州住房和城乡建设局",\n    "level": "州", …'
 */
export async function writeUnits(rows: readonly UnitsTableRow[], format: UnitsFormat, options: UnitsWriteOptions = {}): Promise<string | Uint8Array> {
  if (format === 'json') return `${JSON.stringify(rows.map((row) => pick(row)), null, 2)}\n`;
  if (format === 'csv') {
    const records = rows.map((row) => unitsCells(row, options.header).map((cell) => String(cell ?? '')));
    // the CSV writer (and iconv-lite behind it) is loaded only for CSV: the table and JSON must start fast
    const { stringifyCsv } = await import('./csv.js');
    return stringifyCsv([unitsHeader(options.header), ...records], options);
  }
  return writeUnitsText(rows, options.style ?? plainStyle);
}

/** The fields in their documented order (the row may carry more one day). */
function pick(row: UnitsTableRow): Record<(typeof FIELDS)[number], unknown> {
  return { name: row.name, canonical: row.canonical, level: row.level, function: row.function, kind: row.kind, lead: row.lead, responsible: row.responsible, support: row.support };
}

/** Columns padded by display width (a Chinese character takes two), counts right-aligned, then a summary line. */
function writeUnitsText(rows: readonly UnitsTableRow[], style: TextStyle): string {
  const table = [HEADERS_ZH, ...rows.map((row) => [
    row.name, row.canonical === row.name ? '=' : row.canonical, row.level ?? '-', row.function ?? (row.kind === 'generic' ? '-' : '?'), UNIT_KIND_LABELS[row.kind],
    String(row.lead), String(row.responsible), String(row.support),
  ])];
  const widths = HEADERS_ZH.map((_, column) => maxOf(table.map((cells) => displayWidth(cells[column]!))));
  const lines = table.map((cells, index) => {
    const padded = cells.map((cell, column) => {
      const gap = ' '.repeat(widths[column]! - displayWidth(cell));
      return column >= 5 ? gap + cell : cell + gap;
    });
    const line = padded.join('  ').trimEnd();
    return index === 0 ? style.heading(line) : line;
  });
  const unknown = rows.filter((row) => row.function === null && row.kind !== 'generic').length;
  const summary = `${rows.length} 个单位写法，${new Set(rows.map((row) => row.canonical)).size} 个规范名称；职能未知 ${unknown} 个（“?”，可用 --aliases 补充）`;
  return `${lines.join('\n')}\n${style.dim(summary)}\n`;
}
