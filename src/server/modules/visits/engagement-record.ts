import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { type AuditedUpdate, updateAudited } from '#server/lib/versioned.js';
import type { eventPolicy } from '#server/policies/engagements.policy.js';
import { authorize, can } from '#server/policies/policy.js';
import type { EngagementPerson, ProgrammeSlot } from '#shared/schemas/visits.js';
import { checkReferences } from './engagement-parts.js';
import { type OwnerKind, replacePeople } from './engagement-parts.repository.js';

type Row = { id: number; unit_id: number; archived_at: string | null };
type Presented = { permissions: { update: boolean; archive: boolean }; people: EngagementPerson[] };

/**
 * What an event and a visit do alike as records (the two services had it twice): read one (404, then the
 * policy's read), present it with its permissions, answer a 409 with it as it is now, and archive or
 * restore it or replace its people with a version check and an audit entry. The service gives its table, finder and presenter.
 */
export function engagementRecord<R extends Row, T extends Presented>(spec: {
  entity: string;
  table: 'events' | 'visits';
  /** How engagement_people and the other shared parts name it. */
  owner: OwnerKind;
  policy: typeof eventPolicy;
  find: (db: Db, id: number) => Promise<R | undefined>;
  /** The record as the API answers it; `permissions` is computed here and passed in. */
  present: (ctx: Ctx, db: Db, row: R, permissions: Presented['permissions']) => Promise<T>;
  label: (record: T) => AuditSummary;
}) {
  const permissionsOf = (ctx: Ctx, row: R) => {
    const writable = can(spec.policy, ctx.actor, 'write', row, ctx.units);
    return { update: writable && row.archived_at === null, archive: writable };
  };
  const present = (ctx: Ctx, db: Db, row: R) => spec.present(ctx, db, row, permissionsOf(ctx, row));

  /** The record if the actor may read it; `db` is the open transaction when called after a write. */
  async function get(ctx: Ctx, id: number, db: Db = ctx.db): Promise<T> {
    const row = await spec.find(db, id);
    if (!row) throw AppError.notFound();
    authorize(spec.policy, ctx.actor, 'read', row, ctx.units);
    return present(ctx, db, row);
  }

  /** The record as it is now, for a 409's body (undefined: gone, 404). */
  const current = (ctx: Ctx, trx: Db, id: number) => async () => {
    const row = await spec.find(trx, id);
    return row && present(ctx, trx, row);
  };

  /** The record if the actor may edit it (not archived), else 403. */
  async function writable(ctx: Ctx, id: number): Promise<T> {
    const record = await get(ctx, id);
    if (!record.permissions.update) throw AppError.forbidden();
    return record;
  }

  /** Archive (true) or restore (false) at the version the client read; `alsoWrite` runs in the same change. */
  async function setArchived(
    ctx: Ctx,
    id: number,
    version: number,
    archived: boolean,
    alsoWrite?: (trx: Db) => Promise<void>,
  ): Promise<T> {
    const before = await get(ctx, id);
    if (!before.permissions.archive) throw AppError.forbidden();
    return ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: spec.table,
        id,
        version,
        values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
        alsoWrite: alsoWrite && (() => alsoWrite(trx)),
        current: current(ctx, trx, id),
        after: () => get(ctx, id, trx),
        audit: (after) =>
          changeEntry(ctx, archived ? 'archive' : 'restore', spec.entity, id, spec.label(after), before, after),
      }),
    );
  }

  /** Every unit, partner, person and account the input names must exist (422 on its field); then 403 outside the actor's units. */
  async function checkInput(
    ctx: Ctx,
    input: { unitId: number; people: EngagementPerson[]; partnerIds?: number[] },
    slots: ProgrammeSlot[],
    slotsPath: string,
  ) {
    await checkReferences(ctx.db, { ...input, slots }, slotsPath);
    authorize(spec.policy, ctx.actor, 'write', { unit_id: input.unitId }, ctx.units);
  }

  /** Inserts the record, writes its parts (`alsoWrite`) in the same change and audits its creation. */
  function create(ctx: Ctx, insert: (trx: Db) => Promise<number>, alsoWrite: (trx: Db, id: number) => Promise<void>) {
    return ctx.db.transaction().execute(async (trx): Promise<T> => {
      const id = await insert(trx);
      await alsoWrite(trx, id);
      const after = await get(ctx, id, trx);
      await recordAudit(trx, changeEntry(ctx, 'create', spec.entity, id, spec.label(after), null, after));
      return after;
    });
  }

  /** Saves an edit of the record as read (`before`) at the version the client read, audited as an update. */
  function update(
    ctx: Ctx,
    id: number,
    version: number,
    before: T,
    values: AuditedUpdate<'events' | 'visits', T>['values'],
    alsoWrite: (trx: Db) => Promise<void>,
  ): Promise<T> {
    return ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: spec.table,
        id,
        version,
        values,
        alsoWrite: () => alsoWrite(trx),
        current: current(ctx, trx, id),
        after: () => get(ctx, id, trx),
        audit: (after) => changeEntry(ctx, 'update', spec.entity, id, spec.label(after), before, after),
      }),
    );
  }

  /**
   * Replaces the people on the record (both sides, with titles; added, edited or removed on its page) at the
   * version the client read: every partner, person and account they name must exist; audited as a change of
   * its people, with the list before and after.
   */
  async function setPeople(ctx: Ctx, id: number, version: number, people: EngagementPerson[]): Promise<T> {
    const before = await writable(ctx, id);
    const row = (await spec.find(ctx.db, id)) as R;
    await checkReferences(ctx.db, { unitId: row.unit_id, people, slots: [] }, 'slots');
    return ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: spec.table,
        id,
        version,
        values: { updated_at: ctx.now },
        alsoWrite: () => replacePeople(trx, spec.owner, id, people),
        current: current(ctx, trx, id),
        after: () => get(ctx, id, trx),
        audit: (after) =>
          changeEntry(
            ctx,
            'update',
            spec.entity,
            id,
            auditSummary('auditSummaries.engagementPeople', spec.label(after).params),
            { people: before.people },
            { people: after.people },
          ),
      }),
    );
  }

  return { get, current, writable, checkInput, create, update, setArchived, setPeople };
}
