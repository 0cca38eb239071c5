/** The orders views share: by level (省 first, unknown and generic last), names by code unit. */
import { UNIT_LEVEL_RANK, type UnitKind, type UnitLevel } from '../model/document.js';

/** Where a unit stands in a listing: by level, named units of no known level next, placeholders last. */
export function unitRank(unit: { level: UnitLevel | null; kind: UnitKind }): number {
  return unit.kind === 'generic' ? 9 : unit.level === null ? 8 : UNIT_LEVEL_RANK[unit.level];
}

/** Code-unit order: the same bytes on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
