import type { ProgramType } from '#shared/mobility';
import type { UnitKind } from '#shared/roles';
import type { UnitCreate, UnitDetail } from '#shared/schemas/units';

/** The unit form's values as the inputs hold them. */
export type UnitFormState = {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: UnitKind;
  parentId: number | null;
  moeCode: string;
  programTypes: ProgramType[];
};

export const emptyUnit = (parentId: number | null = null): UnitFormState => ({
  code: '',
  nameZh: '',
  nameEn: '',
  kind: 'department',
  parentId,
  moeCode: '',
  programTypes: [],
});

export const fromUnit = (u: UnitDetail): UnitFormState => ({
  code: u.code,
  nameZh: u.nameZh,
  nameEn: u.nameEn,
  kind: u.kind,
  parentId: u.parentId,
  moeCode: u.moeCode ?? '',
  programTypes: u.programTypes,
});

export const toBody = (f: UnitFormState): UnitCreate => ({
  ...f,
  parentId: f.kind === 'university' ? null : f.parentId,
  moeCode: f.moeCode.trim() || null,
});

export function missingRequired(f: UnitFormState): string[] {
  const missing: string[] = [];
  for (const key of ['code', 'nameZh', 'nameEn'] as const) if (!f[key].trim()) missing.push(key);
  if (f.kind !== 'university' && f.parentId === null) missing.push('parentId');
  return missing;
}
