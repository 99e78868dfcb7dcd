import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { FOLLOWUP_KINDS } from '#shared/engagements.js';
import { localName } from '#shared/i18n/index.js';
import type { EngagementPerson, Followup, ProgrammeSlot } from '#shared/schemas/visits.js';
import * as parts from './engagement-parts.repository.js';

/** What an event and a visit do alike with their parts: check references, present follow-ups, parse JSON. */

const kindOf = (k: string) => ((FOLLOWUP_KINDS as readonly string[]).includes(k) ? (k as Followup['kind']) : 'other');

export function toFollowup(r: parts.FollowupRow, locale: Ctx['locale']): Followup {
  const name = locale === 'en' ? r.assignee_en || r.assignee_zh : r.assignee_zh || r.assignee_en;
  return {
    id: r.id,
    partnerId: r.partner_id,
    kind: kindOf(r.kind),
    title: r.title,
    assigneeId: r.assignee_id,
    assigneeName: name || r.assignee_email,
    dueOn: r.due_on,
    doneAt: r.done_at,
  };
}

export const parseJson = <T>(text: string): T[] => {
  const v = JSON.parse(text) as unknown;
  return Array.isArray(v) ? (v as T[]) : [];
};

/**
 * Every partner, person, user and unit a record names must exist; each problem on its field at once.
 * Names of people are taken as written (visitors rarely have a record here).
 */
export async function checkReferences(
  db: Db,
  input: { unitId: number; people: EngagementPerson[]; slots: ProgrammeSlot[]; partnerIds?: number[] },
  slotsPath: string,
) {
  const problems: FieldProblem[] = [];
  if ((await parts.missingIds(db, 'units', [input.unitId])).length) problems.push({ path: 'unitId', key: 'unit' });
  const missingPartners = new Set(
    await parts.missingIds(db, 'partners', [
      ...(input.partnerIds ?? []),
      ...input.people.flatMap((p) => (p.partnerId ? [p.partnerId] : [])),
      ...input.slots.flatMap((s) => (s.partnerId ? [s.partnerId] : [])),
    ]),
  );
  const missingUsers = new Set(
    await parts.missingIds(
      db,
      'users',
      input.people.flatMap((p) => (p.userId ? [p.userId] : [])),
    ),
  );
  const missingPeople = new Set(
    await parts.missingIds(
      db,
      'people',
      input.people.flatMap((p) => (p.personId ? [p.personId] : [])),
    ),
  );
  input.partnerIds?.forEach((id, i) => {
    if (missingPartners.has(id)) problems.push({ path: `partnerIds.${i}`, key: 'activity_partner' });
  });
  input.people.forEach((p, i) => {
    if (p.partnerId && missingPartners.has(p.partnerId))
      problems.push({ path: `people.${i}.partnerId`, key: 'activity_partner' });
    if (p.userId && missingUsers.has(p.userId)) problems.push({ key: 'engagement_user', path: `people.${i}.userId` });
    if (p.personId && missingPeople.has(p.personId))
      problems.push({ path: `people.${i}.personId`, key: 'activity_person' });
  });
  input.slots.forEach((s, i) => {
    if (s.partnerId && missingPartners.has(s.partnerId))
      problems.push({ path: `${slotsPath}.${i}.partnerId`, key: 'activity_partner' });
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

/**
 * Who may be given a follow-up of a record: active accounts that may read it (`grants`, from the record's
 * policy), so the owner can open the task. Names only, in the reader's language, at most 20 per search.
 */
export async function assignableUsers(db: Db, grants: parts.Grant[], q: string | undefined, locale: Ctx['locale']) {
  const rows = await parts.findAssignable(db, grants, { q, limit: 20 });
  return { items: rows.map((u) => ({ id: u.id, name: localName(locale, u.name_zh, u.name_en) || u.email })) };
}

/** A follow-up's assignee must be an account that may read the record (`grants`); its partner must exist. */
export async function checkFollowup(
  db: Db,
  f: { assigneeId: number; partnerId: number | null },
  grants: parts.Grant[],
) {
  const problems: FieldProblem[] = [];
  if (!(await parts.findAssignable(db, grants, { userId: f.assigneeId, limit: 1 })).length)
    problems.push({ path: 'assigneeId', key: 'engagement_assignee' });
  if (f.partnerId && (await parts.missingIds(db, 'partners', [f.partnerId])).length)
    problems.push({ path: 'partnerId', key: 'activity_partner' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
}
