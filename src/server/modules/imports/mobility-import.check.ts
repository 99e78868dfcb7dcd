import { z } from 'zod';
import { AppError } from '#server/lib/errors.js';
import type { MobilityFields } from '#server/modules/mobility/mobility.columns.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { MobilityCreate } from '#shared/schemas/mobility.js';
import { type CheckedRow, convertRow, type Issue, issueAt, messagesOf, REPORT, zodIssues } from './import.check.js';
import { countryCode } from './import.labels.js';
import { type RawRow, type SheetData, textOf } from './import.reader.js';
import { findPartnerRef, type PartnerIndex } from './import.refs.js';
import {
  IMPORT_MOBILITY_KINDS,
  IMPORT_MOBILITY_STATUSES,
  type ImportMobilityStatus,
} from './mobility-import.columns.js';
import type { Student } from './mobility-import.repository.js';

/**
 * A Mobilities row on its own: the student by number, the partner by code or name, the country, then
 * the API's own MobilityCreate schema (an outbound record) so the row's problems read like the form's.
 * What spans records (the kind fits the person, the partner exists) is checked when the row is matched,
 * by the same mobilityColumns the API uses.
 */
export type MobilityRow = CheckedRow<MobilityFields> & {
  student: Student | null;
  /** As the file says; null = by the dates. */
  status: ImportMobilityStatus | null;
};

const ImportStatus = z.enum(IMPORT_MOBILITY_STATUSES).nullable();
const KINDS = new Set<string>(IMPORT_MOBILITY_KINDS);

/** API field → the sheet's column that gives it. */
const COLUMN_OF: Record<string, string> = { personId: 'studentNo', partnerId: 'partner', placeId: 'partner' };

/** An issue reported on an API field, moved to the column the sheet has for it. */
export function onColumn(data: Pick<SheetData, 'sheet' | 'columns'>, issue: Issue): Issue {
  const field = issue.field ? (COLUMN_OF[issue.field] ?? issue.field) : null;
  return field === issue.field ? issue : issueAt(data, issue.row, field, issue.messages);
}

/** mobilityColumns' problems (an AppError with fields) as row issues; anything else is thrown on. */
export function problemIssues(data: Pick<SheetData, 'sheet' | 'columns'>, row: number, err: unknown): Issue[] {
  if (!(err instanceof AppError) || !err.extra.fields?.length) throw err;
  return err.extra.fields.map((f) =>
    onColumn(
      data,
      issueAt(
        data,
        row,
        f.path,
        messagesOf(`validation.${f.key}`, () => f.params ?? {}),
      ),
    ),
  );
}

const kindList = (l: Locale) =>
  IMPORT_MOBILITY_KINDS.map((k) => translate(l, `mobilityKinds.${k}`)).join(l === 'en' ? ', ' : '、');

export function checkMobilityRow(
  data: SheetData,
  raw: RawRow,
  students: Map<string, Student>,
  partners: PartnerIndex,
): MobilityRow {
  const { values, given, issues } = convertRow(data, raw);
  const text = (f: string) => textOf(raw.cells.get(f) ?? null);
  const at = (field: string, key: string, value?: string | null) =>
    issues.push(
      issueAt(
        data,
        raw.row,
        field,
        messagesOf(key, (l) => ({ value, kinds: kindList(l) })),
      ),
    );

  const studentNo = text('studentNo');
  const student = studentNo ? (students.get(studentNo) ?? null) : null;
  if (!studentNo) at('studentNo', 'validation.required');
  else if (!student || student.archived_at) at('studentNo', 'imports.rowErrors.unknownStudent', studentNo);

  let kind = values.kind;
  const kindText = text('kind');
  if (kindText && !KINDS.has(String(kind))) {
    at('kind', 'imports.rowErrors.kindNotAllowed', kindText);
    kind = IMPORT_MOBILITY_KINDS[0]; // the row has its problem; the rest is still checked
  }

  let partnerId: number | null = null;
  const ref = text('partner');
  if (ref) {
    const found = findPartnerRef(partners, ref);
    if ('existing' in found) partnerId = found.existing.id;
    else if ('problem' in found) issues.push(issueAt(data, raw.row, 'partner', found.problem));
  }

  let country = values.country;
  const countryText = text('country');
  if (countryText && !countryCode(countryText)) {
    at('country', 'imports.rowErrors.unknownCountry', countryText);
    country = null;
  }
  if (!text('startDate')) at('startDate', 'validation.required');
  if (given.has('partner')) given.add('partnerId');

  const result = MobilityCreate.safeParse(
    {
      personId: student?.id ?? 1,
      direction: 'outbound',
      kind,
      partnerId,
      hostNameZh: values.hostNameZh,
      hostNameEn: values.hostNameEn,
      country,
      city: values.city,
      startDate: values.startDate,
      endDate: values.endDate,
      creditBearing: values.creditBearing,
      credits: values.credits,
      purpose: values.purpose,
      notes: values.notes,
    },
    REPORT,
  );
  const status = ImportStatus.safeParse(values.status ?? null, REPORT);
  issues.push(
    ...zodIssues(data, raw.row, result).map((i) => onColumn(data, i)),
    ...zodIssues(data, raw.row, status, 'status'),
  );
  const valid = result.success && status.success && issues.length === 0;
  let input: MobilityFields | null = null;
  if (valid) {
    const { status: _none, ...fields } = result.data;
    input = fields;
  }
  const startDate = result.data?.startDate ?? text('startDate');
  return {
    sheet: 'mobilities',
    row: raw.row,
    label:
      [studentNo, student?.name_zh, student?.name_en].filter(Boolean).join(' ') + (startDate ? ` · ${startDate}` : ''),
    input,
    given,
    issues,
    student,
    status: status.data ?? null,
  };
}
