import { z } from 'zod';
import type { Role } from '#shared/roles.js';
import { ROLES } from '#shared/roles.js';
import { PersonCreate } from '#shared/schemas/people.js';
import { type CheckedRow, convertRow, type Issue, issueAt, messagesOf, REPORT, zodIssues } from './import.check.js';
import type { RawRow, SheetData } from './import.reader.js';

/**
 * An Accounts row on its own: the person through the API's own PersonCreate (the number is the
 * student number of a student, the staff number of anyone else), and the account's role, which
 * needs an e-mail and a unit.
 */
export type AccountRow = CheckedRow<PersonCreate> & { number: string | null; role: Role | null };

const RoleCell = z.enum(ROLES).nullable();

/** API field → the sheet's column that gives it. */
const COLUMN_OF: Record<string, string> = { studentNo: 'number', staffNo: 'number' };

export function checkAccountRow(data: SheetData, raw: RawRow, units: Map<string, number>): AccountRow {
  const { values, given, issues } = convertRow(data, raw, units);
  const text = (f: string) => (typeof values[f] === 'string' ? (values[f] as string).trim() || null : null);
  const required = (field: string) => issues.push(issueAt(data, raw.row, field, messagesOf('validation.required')));
  const number = text('number');
  if (!number) required('number');
  const student = values.kind === 'student';
  const person = PersonCreate.safeParse(
    {
      kind: values.kind,
      nameZh: values.nameZh ?? null,
      nameEn: values.nameEn ?? null,
      studentNo: student ? number : null,
      staffNo: student ? null : number,
      unitId: values.unitId ?? null,
      degreeLevel: values.degreeLevel ?? null,
      programType: values.programType ?? null,
      email: values.email ?? null,
    },
    REPORT,
  );
  const role = RoleCell.safeParse(values.role ?? null, REPORT);
  if (role.data) {
    if (!values.email) required('email');
    if (!values.unitId && !issues.some((i) => i.field === 'unitId')) required('unitId');
  }
  const all: Issue[] = [
    ...issues,
    ...zodIssues(data, raw.row, person).map((i) =>
      i.field && COLUMN_OF[i.field] ? issueAt(data, i.row, COLUMN_OF[i.field] ?? null, i.messages) : i,
    ),
    ...zodIssues(data, raw.row, role, 'role'),
  ];
  return {
    sheet: 'accounts',
    row: raw.row,
    label: [number, text('nameZh'), text('nameEn')].filter(Boolean).join(' '),
    input: person.success && all.length === 0 ? person.data : null,
    given,
    issues: all,
    number,
    role: role.data ?? null,
  };
}
