import { PROGRAM_TYPES } from '#shared/mobility.js';
import { UNIT_KINDS } from '#shared/roles.js';
import type { Column } from './import.columns.js';

/**
 * The Units sheet: one unit per row, matched on its code. The parent is named by its code: a unit
 * already there or a row above. The export of the units page writes the same columns, so an exported
 * file can be edited and imported back. Whether a unit is active is changed on its page, not by import.
 */
export const UNIT_COLUMNS: Column[] = [
  { field: 'code', label: 'unitFields.code', kind: 'text', required: true, width: 14 },
  { field: 'nameZh', label: 'unitFields.nameZh', kind: 'text', required: true, width: 28 },
  { field: 'nameEn', label: 'unitFields.nameEn', kind: 'text', required: true, width: 40 },
  {
    field: 'kind',
    label: 'unitFields.kind',
    kind: 'enum',
    required: true,
    width: 14,
    labels: 'unitKinds',
    values: UNIT_KINDS,
  },
  { field: 'parentCode', label: 'unitFields.parentCode', kind: 'text', width: 14 },
  { field: 'moeCode', label: 'unitFields.moeCode', kind: 'text', width: 14 },
  {
    field: 'programTypes',
    label: 'unitFields.programTypes',
    kind: 'enumList',
    width: 30,
    labels: 'programTypes',
    values: PROGRAM_TYPES,
  },
];
