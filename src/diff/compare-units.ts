/**
 * Compares the units of two paired tasks across levels: the same unit, or its counterpart at the
 * other level through its line of work (省住房城乡建设厅 ↔ 州住建局, 省电力公司 ↔ 延边供电公司,
 * 市、县级党委、政府 ↔ 各县市党委、政府, 省直相关部门 ↔ 相关部门).
 */
import { UNIT_LEVEL_RANK, type UnitAssignment } from '../model/document.js';
import type { DiffUnit, UnitChanges } from '../model/diff.js';

/**
 * The changes from A's units to B's.
 *
 *     compareUnits([省住房城乡建设厅, 省畜牧业管理局], [州住建局])
 *     // → { added: [], removed: [省畜牧业管理局], roleChanged: [], equivalent: [{ a: 省住房城乡建设厅, b: 州住建局 }] }
 */
export function compareUnits(a: readonly UnitAssignment[], b: readonly UnitAssignment[], levels: DocumentLevels = { a: null, b: null }): UnitChanges {
  const changes: UnitChanges = { added: [], removed: [], roleChanged: [], equivalent: [] };
  const left = distinct(a);
  const right = distinct(b);
  // first the same unit (same canonical name), then a counterpart by line of work and kind
  const same = (unit: UnitAssignment, other: UnitAssignment): boolean => unit.canonical === other.canonical;
  const counterpart = (unit: UnitAssignment, other: UnitAssignment): boolean => {
    const key = counterpartKey(unit);
    return key !== null && key === counterpartKey(other) && levelsCorrespond(unit, other, levels);
  };
  for (const matches of [same, counterpart]) {
    for (let i = 0; i < left.length; i++) {
      const unit = left[i]!;
      const j = right.findIndex((other) => matches(unit, other));
      if (j < 0) continue;
      const other = right[j]!;
      if (unit.canonical !== other.canonical) changes.equivalent.push({ a: diffUnit(unit), b: diffUnit(other) });
      if (unit.role !== other.role) changes.roleChanged.push({ a: diffUnit(unit), b: diffUnit(other) });
      left.splice(i--, 1);
      right.splice(j, 1);
    }
  }
  changes.removed = left.map(diffUnit);
  changes.added = right.map(diffUnit);
  return changes;
}

/** Each plan's own level (its rank: 1 provincial … 5 village), null when unknown. */
export interface DocumentLevels {
  a: number | null;
  b: number | null;
}

/**
 * Counterparts stand at one level (市、县级党委、政府 ↔ 各县市党委、政府), or each at its own plan's
 * level (省住房城乡建设厅 in the provincial plan ↔ 州住建局 in the prefecture's). A county's task
 * handed to townships is a change, not a counterpart.
 */
function levelsCorrespond(a: UnitAssignment, b: UnitAssignment, levels: DocumentLevels): boolean {
  if (a.level === b.level) return true;
  return a.level !== null && b.level !== null && UNIT_LEVEL_RANK[a.level] === levels.a && UNIT_LEVEL_RANK[b.level] === levels.b;
}

/** A unit's counterpart at another level shares its line of work and kind; every placeholder is one placeholder. */
function counterpartKey(unit: UnitAssignment): string | null {
  if (unit.kind === 'generic') return 'generic';
  return unit.function === null ? null : `${unit.function}\u0000${unit.kind}`;
}

/** Each unit once (by canonical name), the strongest role kept: the units of a split task's rows together. */
function distinct(units: readonly UnitAssignment[]): UnitAssignment[] {
  const strength = { lead: 3, responsible: 2, support: 1 } as const;
  const byName = new Map<string, UnitAssignment>();
  for (const unit of units) {
    const before = byName.get(unit.canonical);
    if (!before || strength[unit.role] > strength[before.role]) byName.set(unit.canonical, unit);
  }
  return [...byName.values()];
}

/** The unit as the comparison reports it. */
export function diffUnit(unit: UnitAssignment): DiffUnit {
  return { name: unit.name, canonical: unit.canonical, level: unit.level, function: unit.function, kind: unit.kind, role: unit.role };
}
