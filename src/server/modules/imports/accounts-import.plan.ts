import type { Db } from '#server/db/client.js';
import { searchTextOf } from '#server/modules/people/people.columns.js';
import type { DegreeLevel, PersonKind, ProgramType } from '#shared/mobility.js';
import type { Role } from '#shared/roles.js';
import type { AccountRow } from './accounts-import.check.js';
import * as repo from './accounts-import.repository.js';
import { type Issue, issueAt, messagesOf } from './import.check.js';
import type { PlannedRow } from './import.kinds.js';
import type { SheetData } from './import.reader.js';

/**
 * Matches checked rows: the person by number (student number for a student, staff number otherwise),
 * the account by e-mail. A new person is created; a known one is updated with the row's given cells
 * (blank cells keep the record's value). With a role, a new account is created (no password yet:
 * the commit may mail invitations) or a known one gets the role in the row's unit if it lacks it;
 * either way it is linked to the person. A person and an account linked elsewhere are refused.
 */
type PersonValues = {
  kind: PersonKind;
  name_zh: string | null;
  name_en: string | null;
  student_no: string | null;
  staff_no: string | null;
  email: string | null;
  unit_id: number | null;
  degree_level: DegreeLevel | null;
  program_type: ProgramType | null;
  search_text: string;
};
export type AccountOp = {
  row: AccountRow;
  action: 'create' | 'update' | 'unchanged';
  personId: number | null;
  person: PersonValues;
  personBefore: PersonValues | null;
  /** The account: a new one (id null until written), a known one, or none. */
  user: {
    id: number | null;
    email: string;
    role: Role;
    unitId: number;
    addRole: boolean;
    link: boolean;
    /** The account's roles before the import (checked with the new one: role-grants.ts). */
    roles: { role: Role; unitId: number }[];
  } | null;
};
export type AccountPlan = { rows: PlannedRow[]; issues: Issue[]; ops: AccountOp[] };

const FIELD_OF: Record<string, keyof PersonValues> = {
  nameZh: 'name_zh',
  nameEn: 'name_en',
  email: 'email',
  unitId: 'unit_id',
  degreeLevel: 'degree_level',
  programType: 'program_type',
};

export async function planAccounts(db: Db, data: SheetData, checked: AccountRow[]): Promise<AccountPlan> {
  const valid = checked.filter((r) => r.input);
  const numbers = [...new Set(valid.flatMap((r) => (r.number ? [r.number] : [])))];
  const emails = [...new Set(valid.flatMap((r) => (r.role && r.input?.email ? [r.input.email.toLowerCase()] : [])))];
  const people = await repo.loadPeopleByNumber(db, numbers);
  const users = new Map((await repo.loadUsersByEmail(db, emails)).map((u) => [u.email, u]));
  const plan: AccountPlan = { rows: [], issues: [], ops: [] };
  const seen = new Map<string, number>();
  const whole = (row: AccountRow, key: string, params: Record<string, unknown>) =>
    issueAt(
      data,
      row.row,
      null,
      messagesOf(key, () => params),
    );
  for (const row of checked) {
    const issues = [...row.issues];
    let op: AccountOp | undefined;
    const input = row.input;
    if (input && row.number) {
      const key = `${input.kind === 'student' ? 's' : 'f'}:${row.number}`;
      const email = input.email?.toLowerCase() ?? null;
      const existing = people.find((p) =>
        input.kind === 'student' ? p.student_no === row.number : p.staff_no === row.number,
      );
      const user = row.role && email ? users.get(email) : undefined;
      const first = seen.get(key) ?? (email && row.role ? seen.get(`e:${email}`) : undefined);
      if (first !== undefined) issues.push(whole(row, 'imports.rowErrors.duplicateRow', { row: first }));
      else if (existing?.user_id && user && existing.user_id !== user.id)
        issues.push(whole(row, 'imports.rowErrors.personLinkedElsewhere', { value: row.number }));
      else if (user?.person_id && user.person_id !== existing?.id)
        issues.push(whole(row, 'imports.rowErrors.accountLinkedElsewhere', { value: email }));
      else if (existing?.user_id && row.role && !user)
        issues.push(whole(row, 'imports.rowErrors.personLinkedElsewhere', { value: row.number }));
      else op = planRow(row, existing, user, email);
      seen.set(key, row.row);
      if (email && row.role) seen.set(`e:${email}`, row.row);
    }
    plan.issues.push(...issues);
    plan.rows.push({
      sheet: 'accounts',
      row: row.row,
      action: op?.action ?? 'error',
      label: row.label,
      op: op ? { id: op.personId } : undefined,
    });
    if (op) plan.ops.push(op);
  }
  return plan;
}

function planRow(
  row: AccountRow,
  existing: repo.ExistingPerson | undefined,
  user: repo.ExistingUser | undefined,
  email: string | null,
): AccountOp {
  const input = row.input as NonNullable<AccountRow['input']>;
  const fromRow: PersonValues = {
    kind: input.kind,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    student_no: input.studentNo,
    staff_no: input.staffNo,
    email: input.email,
    unit_id: input.unitId ?? null,
    degree_level: input.degreeLevel,
    program_type: input.programType,
    search_text: '',
  };
  let person = fromRow;
  let before: PersonValues | null = null;
  if (existing) {
    before = { ...existing, search_text: '' };
    person = { ...before };
    for (const [field, column] of Object.entries(FIELD_OF))
      if (row.given.has(field)) (person as Record<string, unknown>)[column] = fromRow[column];
  }
  person.search_text = searchTextOf({
    nameZh: person.name_zh,
    nameEn: person.name_en,
    studentNo: person.student_no,
    staffNo: person.staff_no,
  });
  const changed =
    before !== null &&
    Object.keys(FIELD_OF).some((f) => {
      const c = FIELD_OF[f] as keyof PersonValues;
      return (person[c] ?? null) !== (before?.[c] ?? null);
    });
  let account: AccountOp['user'] = null;
  if (row.role && email && input.unitId) {
    const unitId = input.unitId;
    const hasRole = user?.roles.some((r) => r.role === row.role && r.unit_id === unitId) ?? false;
    const link = !user || user.person_id === null;
    const roles = (user?.roles ?? []).map((r) => ({ role: r.role as Role, unitId: r.unit_id }));
    account = { id: user?.id ?? null, email, role: row.role, unitId, addRole: !hasRole, link, roles };
  }
  const accountChanges = account !== null && (account.id === null || account.addRole || account.link);
  const action = !existing || account?.id === null ? 'create' : changed || accountChanges ? 'update' : 'unchanged';
  return { row, action, personId: existing?.id ?? null, person, personBefore: before, user: account };
}
