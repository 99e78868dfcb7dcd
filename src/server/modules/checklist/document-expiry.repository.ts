import type { Db } from '#server/db/client.js';
import { ENDED_STATUSES } from './checklist-access.js';

/**
 * The document-expiry job's queries. "Active inbound": a mobility coming in, not archived, whose
 * status is not one of ENDED_STATUSES — its person's residence and work permits and its checklist
 * documents are watched.
 */
/** People with an active inbound mobility whose residence or work permit expires in [from, to]. */
export function findPermitCandidates(db: Db, from: string, to: string) {
  return db
    .selectFrom('people as p')
    .select(['p.id', 'p.name_zh', 'p.name_en', 'p.user_id', 'p.arc_expiry', 'p.work_permit_expiry'])
    .where('p.archived_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('mobilities as am')
          .select('am.id')
          .whereRef('am.person_id', '=', 'p.id')
          .where('am.direction', '=', 'inbound')
          .where('am.archived_at', 'is', null)
          .where('am.status', 'not in', [...ENDED_STATUSES]),
      ),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('p.arc_expiry', '>=', from), eb('p.arc_expiry', '<=', to)]),
        eb.and([eb('p.work_permit_expiry', '>=', from), eb('p.work_permit_expiry', '<=', to)]),
      ]),
    )
    .orderBy('p.id')
    .execute();
}

/** Checklist documents of active inbound mobilities that expire in [from, to]. */
export function findDocumentCandidates(db: Db, from: string, to: string) {
  return db
    .selectFrom('mobility_documents as d')
    .innerJoin('mobilities as m', 'm.id', 'd.mobility_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select([
      'd.id',
      'd.kind',
      'd.owning_unit_id',
      'd.expires_on',
      'm.id as mobility_id',
      'p.id as person_id',
      'p.name_zh',
      'p.name_en',
      'p.user_id',
      'p.arc_expiry',
    ])
    .where('d.expires_on', '>=', from)
    .where('d.expires_on', '<=', to)
    .where('m.direction', '=', 'inbound')
    .where('m.archived_at', 'is', null)
    .where('m.status', 'not in', [...ENDED_STATUSES])
    .orderBy('d.id')
    .execute();
}

/** What the ledger already holds for these entity types, as "type:id:kind:reference". */
export async function findLogged(db: Db, entityTypes: string[], since: string): Promise<Set<string>> {
  if (!entityTypes.length) return new Set();
  const rows = await db
    .selectFrom('reminder_log')
    .select(['entity_type', 'entity_id', 'kind', 'reference'])
    .where('entity_type', 'in', entityTypes)
    .where('reference', '>=', since)
    .execute();
  return new Set(rows.map((r) => `${r.entity_type}:${r.entity_id}:${r.kind}:${r.reference}`));
}

/** Active office staff (OIA staff and related-unit staff) with the unit of each assignment. */
export function findOfficeStaff(db: Db) {
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.email', 'u.locale', 'u.name_zh', 'u.name_en', 'r.unit_id'])
    .where('u.active', '=', 1)
    .where('r.role', 'in', ['oia_staff', 'unit_staff'])
    .orderBy('u.id')
    .execute();
}

/** The people's own logins (active ones). */
export function findUsers(db: Db, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .select(['id', 'email', 'locale', 'name_zh', 'name_en'])
    .where('active', '=', 1)
    .where('id', 'in', ids)
    .execute();
}
