/**
 * The units table: every unit named in some documents, once per written name, with its canonical
 * name, level, function and kind and how often it leads, is responsible or supports — what an
 * analyst reads to write an alias file.
 */
import type { PolicyDocument, UnitKind, UnitLevel } from '../model/document.js';
import { compareText, unitRank } from './order.js';

export interface UnitsTableRow {
  /** As written (several spellings of one unit are several rows with one canonical name). */
  name: string;
  canonical: string;
  level: UnitLevel | null;
  function: string | null;
  kind: UnitKind;
  /** Tasks and table rows in which the unit leads, is responsible, supports. */
  lead: number;
  responsible: number;
  support: number;
}

/**
 * Lists the units of the documents, ordered by level (省 first, generic last), then canonical
 * name, then name as written, so that the spellings of one unit stand together.
 *
 *     listUnits([jilinPlan, yanbianPlan]).find((row) => row.name === '州住建局')
 *     // → { name: '州住建局', canonical: '州住房和城乡建设局', level: '州', function: '住房和城乡建设', kind: 'department', lead: 0, responsible: 7, support: 0 }
 */
export function listUnits(documents: readonly PolicyDocument[]): UnitsTableRow[] {
  const rows = new Map<string, UnitsTableRow>();
  for (const document of documents) {
    const units = [...document.tasks.flatMap((task) => task.units), ...document.tables.flatMap((table) => table.rows.flatMap((row) => row.units))];
    for (const unit of units) {
      // one row a spelling and level: 相关部门 of a province and of a county are two placeholders
      const key = `${unit.name}\u0000${unit.canonical}\u0000${unit.level ?? ''}`;
      let row = rows.get(key);
      if (!row) {
        row = { name: unit.name, canonical: unit.canonical, level: unit.level, function: unit.function, kind: unit.kind, lead: 0, responsible: 0, support: 0 };
        rows.set(key, row);
      }
      row[unit.role]++;
    }
  }
  return [...rows.values()].sort((a, b) => unitRank(a) - unitRank(b) || compareText(a.canonical, b.canonical) || compareText(a.name, b.name));
}
