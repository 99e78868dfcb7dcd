import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { AuditListQuery } from '#shared/schemas/audit.js';
import type { AuditVisibility, ReadScope } from './audit-visibility.js';

export type AuditFilter = Omit<AuditListQuery, 'page' | 'pageSize' | 'order' | 'cursor' | 'count'> & {
  /** A record's history: its own entries and those of its parts (entries naming it as parent). */
  record?: { type: string; id: number };
  /** Entries of records with personal data are kept only where the reader may read the record. */
  visibility: AuditVisibility;
};

/** Entity types whose records hold personal data, and how each finds the record it belongs to. */
const PERSONAL_TYPES = [
  'person',
  'consent',
  'application',
  'application_document',
  'mobility',
  'mobility_funding',
  'mobility_document',
  'user',
];

type Eb = ExpressionBuilder<Database, 'audit_log'>;
type Ref = 'people.unit_id' | 'people.user_id' | 'm.unit_id' | 'md.owning_unit_id';

/** "In the reader's scope" for a record whose unit and login are these columns; null when all are. */
// biome-ignore lint/suspicious/noExplicitAny: each caller's subquery joins the named columns in
function inScope(e: ExpressionBuilder<any, any>, unit: Ref, user: 'people.user_id', s: ReadScope) {
  if (s.units === 'all') return null;
  const ors: Expression<SqlBool>[] = [];
  if (s.units.length) ors.push(e(unit, 'in', s.units));
  if (s.selfUserId !== null) ors.push(e(user, '=', s.selfUserId));
  return e.or(ors);
}

const all = (...conds: (Expression<SqlBool> | null)[]) => conds.filter((c): c is Expression<SqlBool> => c !== null);

function visibleEntries(eb: Eb, v: AuditVisibility) {
  const type = (t: string) => eb('audit_log.entity_type', '=', t);
  const people = () =>
    eb
      .selectFrom('people')
      .select('people.id')
      .where((w) => w.and(all(inScope(w, 'people.unit_id', 'people.user_id', v.person))));
  const applications = () =>
    eb
      .selectFrom('applications')
      .innerJoin('people', 'people.id', 'applications.person_id')
      .select('applications.id')
      .where((w) =>
        w.and(
          all(
            inScope(w, 'people.unit_id', 'people.user_id', v.application),
            // A draft is the applicant's alone.
            v.application.selfUserId === null ? w('applications.status', '<>', 'draft') : null,
          ),
        ),
      );
  const mobilities = (extra: ReadScope | null) =>
    eb
      .selectFrom('mobilities as m')
      .innerJoin('people', 'people.id', 'm.person_id')
      .select('m.id')
      .where((w) =>
        w.and(
          all(
            inScope(w, 'm.unit_id', 'people.user_id', v.mobility),
            extra && inScope(w, 'm.unit_id', 'people.user_id', extra),
          ),
        ),
      );
  const documents = () =>
    eb
      .selectFrom('mobility_documents as md')
      .innerJoin('mobilities as m', 'm.id', 'md.mobility_id')
      .innerJoin('people', 'people.id', 'm.person_id')
      .select('md.id')
      .where((w) => {
        const health = inScope(w, 'md.owning_unit_id', 'people.user_id', v.health);
        return w.and(
          all(
            inScope(w, 'md.owning_unit_id', 'people.user_id', v.checklist),
            health && w.or([w('md.kind', '<>', 'health_check'), health]),
          ),
        );
      });
  const id = eb.ref('audit_log.entity_id');
  const parent = eb.ref('audit_log.parent_id');
  return eb.or([
    eb('audit_log.entity_type', 'not in', PERSONAL_TYPES),
    eb.and([type('person'), eb(id, 'in', people())]),
    eb.and([type('consent'), eb(parent, 'in', people())]),
    eb.and([type('application'), eb(id, 'in', applications())]),
    eb.and([type('application_document'), eb(parent, 'in', applications())]),
    eb.and([type('mobility'), eb(id, 'in', mobilities(null))]),
    eb.and([type('mobility_funding'), eb(parent, 'in', mobilities(v.funding))]),
    eb.and([type('mobility_document'), eb(id, 'in', documents())]),
    ...(v.users ? [type('user')] : []),
  ]);
}

function filtered(db: Db, f: AuditFilter) {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .where((eb) => visibleEntries(eb, f.visibility));
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.record) {
    const { type, id } = f.record;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity_type', '=', type), eb('audit_log.entity_id', '=', id)]),
        eb.and([eb('audit_log.parent_type', '=', type), eb('audit_log.parent_id', '=', id)]),
      ]),
    );
  }
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  // `to` is a whole day: everything before the next midnight (UTC, as stored).
  if (f.to) q = q.where('audit_log.at', '<', `${f.to}T99`);
  if (f.q)
    q = q.where((eb) =>
      eb.or([containsText('audit_log.summary', f.q as string), containsText('users.email', f.q as string)]),
    );
  return q;
}

/** The log's order: by id (unique), newest or oldest first. */
export const auditSortKeys = (order: 'asc' | 'desc'): SortKey[] => [{ expr: sql.ref('audit_log.id'), dir: order }];

/** A page of entries, after a cursor or at an offset (lib/keyset.ts). */
export function findAuditEntries(db: Db, f: AuditFilter, order: 'asc' | 'desc', window: PageWindow) {
  const q = filtered(db, f).select([
    'audit_log.id',
    'audit_log.at',
    'audit_log.actor_id',
    'users.email as actor_email',
    'users.name_zh as actor_name_zh',
    'users.name_en as actor_name_en',
    'audit_log.action',
    'audit_log.entity_type',
    'audit_log.entity_id',
    'audit_log.summary',
    'audit_log.summary_key',
    'audit_log.summary_params',
    'audit_log.before_json',
    'audit_log.after_json',
  ]);
  return keysetPage(q, auditSortKeys(order), window);
}
export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>['rows'][number];

/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export function countAuditEntries(db: Db, f: AuditFilter, cap?: number): Promise<number> {
  return cap === undefined ? countOf(filtered(db, f)) : countUpTo(filtered(db, f), cap);
}
