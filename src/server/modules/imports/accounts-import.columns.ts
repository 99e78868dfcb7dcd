import { DEGREE_LEVELS, PERSON_KINDS, PROGRAM_TYPES } from '#shared/mobility.js';
import { ROLES } from '#shared/roles.js';
import type { Column } from './import.columns.js';

/**
 * The Accounts sheet: one person per row (matched by student or staff number) and, when a role is
 * given, their account (matched by e-mail) with that role in the row's unit, linked to the person.
 */
export const ACCOUNT_COLUMNS: Column[] = [
  {
    field: 'kind',
    label: 'personFields.kind',
    kind: 'enum',
    required: true,
    width: 12,
    labels: 'personKinds',
    values: PERSON_KINDS,
  },
  { field: 'number', label: 'imports.columns.personNumber', kind: 'text', required: true, width: 16 },
  { field: 'nameZh', label: 'personFields.nameZh', kind: 'text', width: 16 },
  { field: 'nameEn', label: 'personFields.nameEn', kind: 'text', width: 24 },
  { field: 'email', label: 'personFields.email', kind: 'text', width: 28 },
  { field: 'unitId', label: 'imports.columns.unitCode', kind: 'unit', width: 14 },
  {
    field: 'degreeLevel',
    label: 'personFields.degreeLevel',
    kind: 'enum',
    width: 12,
    labels: 'degreeLevels',
    values: DEGREE_LEVELS,
  },
  {
    field: 'programType',
    label: 'personFields.programType',
    kind: 'enum',
    width: 16,
    labels: 'programTypes',
    values: PROGRAM_TYPES,
  },
  { field: 'role', label: 'imports.columns.role', kind: 'enum', width: 22, labels: 'roles', values: ROLES },
];
