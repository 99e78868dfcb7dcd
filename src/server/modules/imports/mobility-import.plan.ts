import type { Db } from '#server/db/client.js';
import { type MobilityFields, mobilityColumns } from '#server/modules/mobility/mobility.columns.js';
import { takesLearningAgreement } from '#server/modules/mobility/mobility-lifecycle.js';
import { OUTBOUND_STATUSES } from '#shared/mobility.js';
import { MobilityCreate } from '#shared/schemas/mobility.js';
import { type Issue, issueAt, messagesOf, zodIssues } from './import.check.js';
import type { PlannedRow } from './import.kinds.js';
import { keepUngiven } from './import.merge.js';
import type { SheetData } from './import.reader.js';
import { type MobilityRow, onColumn, problemIssues } from './mobility-import.check.js';
import { type ExistingMobility, loadMobilitiesOf, type Student } from './mobility-import.repository.js';

/**
 * Matches checked rows against the people's records and decides each row's action. A record is the
 * same when person, kind, start date and partner (or, without one, host name in either language) are:
 * then it is updated if its columns would change, else left unchanged. The columns come from the API's
 * mobilityColumns, on the row's values over the record's (a blank cell keeps the record's value).
 * The status: blank follows the dates for a new record and never changes an existing one; a status
 * given moves an existing record forward only (the lifecycle owns the way back).
 */
type Columns = Awaited<ReturnType<typeof mobilityColumns>>;
type Dates = { departed_on: string | null; returned_on: string | null; closed_on: string | null };
/** Everything the import writes on a record, as its columns. */
export type MobilityValues = Columns & Dates & { status: string; la_status: string | null };
export type MobilityOp = {
  row: MobilityRow;
  student: Student;
  action: 'create' | 'update' | 'unchanged';
  id: number | null;
  values: MobilityValues;
  before: MobilityValues | null;
};
export type MobilityPlan = { rows: PlannedRow[]; issues: Issue[]; ops: MobilityOp[] };

export async function planMobilities(
  db: Db,
  data: SheetData,
  checked: MobilityRow[],
  today: string,
): Promise<MobilityPlan> {
  const personIds = [...new Set(checked.flatMap((r) => (r.student ? [r.student.id] : [])))];
  const byKey = new Map<string, ExistingMobility>();
  for (const m of await loadMobilitiesOf(db, personIds)) {
    for (const key of keysOf(m.person_id, m.kind, m.start_date, m.partner_id, [m.host_name_en, m.host_name_zh]))
      if (!byKey.has(key)) byKey.set(key, m);
  }
  const plan: MobilityPlan = { rows: [], issues: [], ops: [] };
  const seen = new Map<string, number>();
  const taken = new Map<number, number>();
  for (const row of checked) {
    const issues = [...row.issues];
    let op: MobilityOp | undefined;
    const { input, student } = row;
    if (input && student && !issues.length) {
      const keys = keysOf(student.id, input.kind, input.startDate, input.partnerId, [
        input.hostNameEn,
        input.hostNameZh,
      ]);
      const existing = keys.map((k) => byKey.get(k)).find(Boolean);
      const first = keys.map((k) => seen.get(k)).find((n) => n !== undefined);
      const sameRecord = existing ? taken.get(existing.id) : undefined;
      if (first !== undefined) issues.push(whole(data, row, 'imports.rowErrors.duplicateRow', first));
      else if (sameRecord !== undefined) issues.push(whole(data, row, 'imports.rowErrors.sameRecord', sameRecord));
      else {
        const planned = await planRow(db, data, row, input, student, existing, today);
        if ('issues' in planned) issues.push(...planned.issues);
        else op = planned;
      }
      for (const k of keys) if (!seen.has(k)) seen.set(k, row.row);
      if (existing && !taken.has(existing.id)) taken.set(existing.id, row.row);
    }
    plan.issues.push(...issues);
    plan.rows.push({ sheet: 'mobilities', row: row.row, action: op?.action ?? 'error', label: row.label, op });
    if (op) plan.ops.push(op);
  }
  return plan;
}

const whole = (data: SheetData, row: MobilityRow, key: string, first: number) =>
  issueAt(
    data,
    row.row,
    null,
    messagesOf(key, () => ({ row: first })),
  );

/** The ways a record is named: person, kind, start, and the partner or each host name. */
function keysOf(
  personId: number,
  kind: string,
  start: string | null,
  partnerId: number | null,
  hosts: (string | null)[],
): string[] {
  const base = `${personId}|${kind}|${start ?? ''}`;
  if (partnerId) return [`${base}|p${partnerId}`];
  const names = hosts.flatMap((h) => (h?.trim() ? [`${base}|h${h.trim().toLowerCase()}`] : []));
  return names.length ? names : [`${base}|-`];
}

async function planRow(
  db: Db,
  data: SheetData,
  row: MobilityRow,
  input: MobilityFields,
  student: Student,
  existing: ExistingMobility | undefined,
  today: string,
): Promise<MobilityOp | { issues: Issue[] }> {
  const fields = existing ? merged(input, existing, row.given) : input;
  if (existing) {
    // The record's kept values with the file's may not fit (an end date before a kept start).
    const recheck = zodIssues(data, row.row, MobilityCreate.safeParse(fields)).map((i) => onColumn(data, i));
    if (recheck.length) return { issues: recheck };
  }
  let columns: Columns;
  try {
    columns = await mobilityColumns(db, fields, student);
  } catch (err) {
    return { issues: problemIssues(data, row.row, err) };
  }
  const base = { row, student, id: existing?.id ?? null };
  if (!existing) {
    const status = row.status ?? statusByDates(columns, today);
    const laStatus = takesLearningAgreement(columns) ? 'draft' : null;
    return {
      ...base,
      action: 'create',
      values: { ...columns, status, ...datesFor(status, columns, today), la_status: laStatus },
      before: null,
    };
  }
  const forward =
    row.status !== null &&
    OUTBOUND_STATUSES.indexOf(row.status) > OUTBOUND_STATUSES.indexOf(existing.status as never) &&
    existing.status !== 'cancelled';
  const status = forward && row.status ? row.status : existing.status;
  const kept: Dates = {
    departed_on: existing.departed_on,
    returned_on: existing.returned_on,
    closed_on: existing.closed_on,
  };
  // A move forward fills in the dates it implies that the record does not have yet.
  const next = forward ? datesFor(status, columns, today) : kept;
  const dates: Dates = {
    departed_on: kept.departed_on ?? next.departed_on,
    returned_on: kept.returned_on ?? next.returned_on,
    closed_on: kept.closed_on ?? next.closed_on,
  };
  const laStatus = takesLearningAgreement(columns) ? (existing.la_status ?? 'draft') : null;
  const values: MobilityValues = { ...columns, status, ...dates, la_status: laStatus };
  const before = Object.fromEntries(
    Object.keys(values).map((k) => [k, (existing as Record<string, unknown>)[k] ?? null]),
  ) as MobilityValues;
  const same = Object.entries(values).every(([k, v]) => sameValue(v, (before as Record<string, unknown>)[k]));
  return { ...base, action: same ? 'unchanged' : 'update', values, before };
}

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'number' || typeof b === 'number'
    ? (a ?? null) === (b === null ? null : Number(b))
    : (a ?? null) === (b ?? null);

/** The record as the API's input, with the file's given values over it. */
function merged(input: MobilityFields, m: ExistingMobility, given: Set<string>): MobilityFields {
  const current: MobilityFields = {
    personId: m.person_id,
    direction: 'outbound',
    kind: m.kind,
    moeCategory: null,
    categoryOverrideReason: null,
    dualDegree: m.dual_degree === 1,
    partnerId: m.partner_id,
    placeId: m.place_id,
    hostNameZh: m.host_name_zh,
    hostNameEn: m.host_name_en,
    country: m.country,
    city: m.city,
    startDate: m.start_date,
    endDate: m.end_date,
    creditBearing: m.credit_bearing === 1,
    credits: m.credits === null ? null : Number(m.credits),
    purpose: m.purpose,
    outputs: m.outputs,
    notes: m.notes,
  };
  const out = keepUngiven(input, current, given);
  // "Not credit-bearing" from the file drops the record's credits unless the file gives some.
  if (given.has('creditBearing') && !out.creditBearing && !given.has('credits')) out.credits = null;
  return out;
}

/** Blank status: planned before the start, abroad until the end, returned after it. */
export function statusByDates(c: { start_date: string | null; end_date: string | null }, today: string): string {
  if (!c.start_date || c.start_date > today) return 'planned';
  return c.end_date && c.end_date < today ? 'returned' : 'abroad';
}

/** The dates a status implies: departure at the start, return and closing at the end (never after today). */
function datesFor(status: string, c: { start_date: string | null; end_date: string | null }, today: string): Dates {
  const upTo = (d: string | null) => (d && d < today ? d : today);
  const gone = status === 'abroad' || status === 'returned' || status === 'closed';
  const back = status === 'returned' || status === 'closed';
  return {
    departed_on: gone ? upTo(c.start_date) : null,
    returned_on: back ? upTo(c.end_date) : null,
    closed_on: status === 'closed' ? upTo(c.end_date) : null,
  };
}
