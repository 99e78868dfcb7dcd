import { OUTBOUND_STUDENT_KINDS } from '#shared/mobility.js';
import type { Column } from './import.columns.js';

/**
 * The Mobilities sheet: outbound student mobility without a call (short-term study, iPBL, camps,
 * internships abroad, competitions, dual degree), one record per row. Exchange goes through a call.
 */
export const IMPORT_MOBILITY_KINDS = OUTBOUND_STUDENT_KINDS.filter((k) => k !== 'exchange');
/** Where an imported record stands; blank = by its dates (planned, abroad, returned). */
export const IMPORT_MOBILITY_STATUSES = ['planned', 'abroad', 'returned', 'closed'] as const;
export type ImportMobilityStatus = (typeof IMPORT_MOBILITY_STATUSES)[number];

export const MOBILITY_COLUMNS: Column[] = [
  { field: 'studentNo', label: 'imports.columns.studentNo', kind: 'text', required: true, width: 14 },
  {
    field: 'kind',
    label: 'mobilityFields.kind',
    kind: 'enum',
    required: true,
    width: 20,
    labels: 'mobilityKinds',
    values: IMPORT_MOBILITY_KINDS,
  },
  { field: 'partner', label: 'imports.columns.partnerRef', kind: 'text', width: 30 },
  { field: 'hostNameZh', label: 'imports.columns.hostNameZh', kind: 'text', width: 26 },
  { field: 'hostNameEn', label: 'imports.columns.hostNameEn', kind: 'text', width: 34 },
  { field: 'country', label: 'mobilityFields.country', kind: 'country', width: 14 },
  { field: 'city', label: 'mobilityFields.city', kind: 'text', width: 16 },
  { field: 'startDate', label: 'imports.columns.startDate', kind: 'date', required: true, width: 13 },
  { field: 'endDate', label: 'imports.columns.endDate', kind: 'date', width: 13 },
  { field: 'creditBearing', label: 'mobilityFields.creditBearing', kind: 'bool', width: 12 },
  { field: 'credits', label: 'mobilityFields.credits', kind: 'int', width: 10 },
  {
    field: 'status',
    label: 'mobilityFields.status',
    kind: 'enum',
    width: 12,
    labels: 'mobilityStatuses',
    values: IMPORT_MOBILITY_STATUSES,
  },
  { field: 'purpose', label: 'imports.columns.purpose', kind: 'text', width: 30 },
  { field: 'notes', label: 'imports.columns.notes', kind: 'text', width: 30 },
];
