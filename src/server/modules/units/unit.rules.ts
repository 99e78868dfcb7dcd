import type { UnitKind } from '#shared/roles.js';

/**
 * Where a unit may sit, shared by the form (unit.service.ts) and the bulk import: the university is
 * the one root, every other unit has a parent that is in use, and no unit sits under itself.
 */
export type PlacedUnit = { id: number; parentId: number | null; active: boolean };

/** The catalog key (validation.*) of what is wrong with the placement, or null. */
export function placementProblem(
  kind: UnitKind,
  parentId: number | null,
  selfId: number | null,
  unitOf: (id: number) => PlacedUnit | undefined,
): string | null {
  if (kind === 'university') return parentId === null ? null : 'unit_root_parent';
  if (parentId === null) return 'required';
  const parent = unitOf(parentId);
  if (!parent) return 'unit';
  if (!parent.active) return 'unit_inactive';
  if (selfId !== null && underOrSame(selfId, parentId, unitOf)) return 'unit_cycle';
  return null;
}

/** Is `unit` the same as, or below, `ancestor`? (stops on a loop rather than spinning) */
export function underOrSame(ancestor: number, unit: number, unitOf: (id: number) => PlacedUnit | undefined): boolean {
  const seen = new Set<number>();
  for (let u: number | null = unit; u !== null && !seen.has(u); u = unitOf(u)?.parentId ?? null) {
    if (u === ancestor) return true;
    seen.add(u);
  }
  return false;
}

export const parseProgramTypes = (json: string): string[] => {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};
