import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { AGREEMENTS_DIVISION, agreementPolicy } from '#server/policies/agreements.policy.js';
import { authorize, authorizeAny, unitScope } from '#server/policies/policy.js';
import { AGREEMENT_TRANSITIONS } from '#shared/enums.js';
import type {
  Agreement,
  AgreementCreate,
  AgreementFile,
  AgreementListQuery,
  AgreementSummary,
  AgreementUpdate,
} from '#shared/schemas/agreements.js';
import { agreementColumns } from './agreement.columns.js';
import * as repo from './agreement.repository.js';
import { accessTo } from './agreement-access.js';
import * as files from './agreement-files.repository.js';
import { effectiveStatus, mayTransition, startsFrom, universityToday } from './agreement-lifecycle.js';

export const ENTITY = 'agreement';

/** List rows with their partners and signed-file flag, two queries per page whatever its size. */
export async function summaries(db: Db, rows: repo.AgreementRow[], today: string): Promise<AgreementSummary[]> {
  const ids = rows.map((r) => r.id);
  const [partners, signed] = await Promise.all([repo.findPartnersOf(db, ids), repo.withSignedFile(db, ids)]);
  return rows.map((r) => toSummary(r, partners, signed.has(r.id), today));
}

function toSummary(
  r: repo.AgreementRow,
  partners: repo.AgreementPartnerRow[],
  hasSignedFile: boolean,
  today: string,
): AgreementSummary {
  return {
    id: r.id,
    code: r.code,
    partnerCode: r.partner_code,
    kind: r.kind,
    titleEn: r.title_en,
    titleZh: r.title_zh,
    status: effectiveStatus(r, today),
    owningUnitId: r.owning_unit_id,
    startDate: r.start_date,
    endDate: r.end_date,
    openEnded: r.open_ended === 1,
    noticeDate: r.notice_date,
    generation: r.generation,
    partners: partners
      .filter((p) => p.agreement_id === r.id)
      .map((p) => ({
        id: p.id,
        nameEn: p.name_en,
        nameZh: p.name_zh,
        country: p.country,
        facultyEn: p.faculty_en,
        facultyZh: p.faculty_zh,
      })),
    hasSignedFile,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

export function toFile(f: files.FileRow): AgreementFile {
  return {
    id: f.id,
    kind: f.kind,
    fileName: f.file_name,
    contentType: f.content_type,
    size: Number(f.size),
    sha256: f.sha256,
    uploadedAt: f.uploaded_at,
    uploadedBy: f.uploaded_by,
    uploadedByNameZh: f.uploaded_by_name_zh,
    uploadedByNameEn: f.uploaded_by_name_en,
  };
}

/** The list filter resolved for this user: what they may read, the owning unit with its subunits, today. */
export async function resolveFilter(
  ctx: Ctx,
  query: Omit<AgreementListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>,
  action: 'read' | 'export',
) {
  const tree = ctx.units;
  authorizeAny(agreementPolicy, ctx.actor, action, tree);
  const { owningUnitId, ...rest } = query;
  return {
    ...rest,
    today: universityToday(ctx.now),
    owningUnits: owningUnitId ? tree.subtree(owningUnitId) : undefined,
    visibleUnits: unitScope(agreementPolicy, ctx.actor, action, tree),
  } satisfies repo.AgreementFilter;
}

export async function listAgreements(ctx: Ctx, query: AgreementListQuery) {
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'read');
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.agreementSortKeys(filter, ctx.locale),
    (window) => repo.findAgreements(ctx.db, filter, window, ctx.locale),
    (cap) => repo.countAgreements(ctx.db, filter, cap),
    (rows) => summaries(ctx.db, rows, filter.today),
  );
}

/** The agreement as the API shows it, with what this user may do to it now. */
async function present(ctx: Ctx, db: Db, id: number): Promise<Agreement | undefined> {
  const row = await repo.findAgreementById(db, id);
  if (!row) return undefined;
  const today = universityToday(ctx.now);
  const [[summary], people, fileRows, successor] = await Promise.all([
    summaries(db, [row], today),
    repo.findPeople(db, id),
    files.findFiles(db, id),
    repo.findSuccessorId(db, id),
  ]);
  const access = accessTo(ctx.actor, row, ctx.units);
  const state = {
    status: (summary as AgreementSummary).status,
    archived: row.archived_at !== null,
    hasSuccessor: successor !== null,
  };
  return {
    ...(summary as AgreementSummary),
    version: row.version,
    autoRenew: row.auto_renew === 1,
    renewalTerms: row.renewal_terms,
    noticeMonths: row.notice_months,
    renewalOfId: row.renewal_of_id,
    renewedById: successor,
    terminatedOn: row.terminated_on,
    terminationReason: row.termination_reason,
    notes: row.notes,
    people: people.map(({ signed_on, ...p }) => ({ ...p, signedOn: signed_on })),
    files: fileRows.map(toFile),
    statusChangedAt: row.status_changed_at,
    createdAt: row.created_at,
    transitions: AGREEMENT_TRANSITIONS.filter((a) => mayTransition(a, access.transitions) && startsFrom(a, state)),
    permissions: {
      update: access.update,
      archive: access.archive,
      upload: access.upload,
      managePlaces: access.managePlaces,
    },
  };
}

/** The agreement if the actor may read it; `db` is the open transaction when called after a write. */
export async function getAgreement(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Agreement> {
  const agreement = await present(ctx, db, id);
  if (!agreement) throw AppError.notFound();
  authorize(agreementPolicy, ctx.actor, 'read', { owning_unit_id: agreement.owningUnitId }, ctx.units);
  return agreement;
}

/** What the audit log keeps: the record, not what the current user may do with it. */
export const snapshot = (a: Agreement) => ({ ...a, transitions: undefined });

/** A coordinator's agreement belongs to their college, OIA's to the International Cooperation Division. */
async function resolveOwningUnit(ctx: Ctx, requested: number | null | undefined): Promise<number | null> {
  const tree = ctx.units;
  if (requested != null) {
    if (!tree.has(requested)) throw AppError.field('owningUnitId', 'unit');
    return requested;
  }
  const scope = unitScope(agreementPolicy, ctx.actor, 'create', tree);
  return scope === 'all' ? (tree.idOf(AGREEMENTS_DIVISION) ?? null) : (scope[0] ?? null);
}

/** Every partner must exist (and appear once); returns their names for the search text. */
async function checkPartners(db: Db, partners: AgreementCreate['partners']) {
  const found = await repo.findPartnerNames(
    db,
    partners.map((p) => p.partnerId),
  );
  const known = new Set(found.map((p) => p.id));
  const seen = new Set<number>();
  partners.forEach((p, i) => {
    if (!known.has(p.partnerId) || seen.has(p.partnerId)) throw AppError.field(`partners.${i}.partnerId`, 'partner');
    seen.add(p.partnerId);
  });
  return found.flatMap((p) => [p.name_en, p.name_zh]);
}

async function ensureCodeFree(db: Db, code: string | null, exceptId?: number) {
  if (code && (await repo.codeTaken(db, code, exceptId))) throw AppError.field('code', 'duplicate_code');
}

/** Partners and people of validated input, written after the agreements row. */
export async function writeLinks(db: Db, id: number, input: Pick<AgreementCreate, 'partners' | 'people'>) {
  await repo.replacePartners(
    db,
    id,
    input.partners.map((p) => ({ partnerId: p.partnerId, facultyEn: p.facultyEn, facultyZh: p.facultyZh })),
  );
  await repo.replacePeople(db, id, input.people);
}

/** Every new agreement starts as a draft, whoever writes it. */
export async function createAgreement(ctx: Ctx, input: AgreementCreate): Promise<Agreement> {
  const tree = ctx.units;
  authorizeAny(agreementPolicy, ctx.actor, 'create', tree);
  const owningUnitId = await resolveOwningUnit(ctx, input.owningUnitId);
  authorize(agreementPolicy, ctx.actor, 'create', { owning_unit_id: owningUnitId }, tree);
  const names = await checkPartners(ctx.db, input.partners);
  await ensureCodeFree(ctx.db, input.code);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertAgreement(trx, {
        ...agreementColumns(input, owningUnitId, names),
        status: 'draft',
        generation: 1,
        status_changed_at: ctx.now,
        status_changed_by: ctx.actor.id,
        created_by: ctx.actor.id,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      await writeLinks(trx, id, input);
      const after = await getAgreement(ctx, id, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', ENTITY, id, recordName(input.titleZh, input.titleEn), null, snapshot(after)),
      );
      return after;
    }),
  );
}

export async function updateAgreement(ctx: Ctx, id: number, input: AgreementUpdate): Promise<Agreement> {
  const before = await getAgreement(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  const owningUnitId =
    input.owningUnitId === undefined ? before.owningUnitId : await resolveOwningUnit(ctx, input.owningUnitId);
  // Moving an agreement to another unit needs the right to keep agreements of that unit too.
  authorize(agreementPolicy, ctx.actor, 'update', { owning_unit_id: owningUnitId }, ctx.units);
  const names = await checkPartners(ctx.db, input.partners);
  await ensureCodeFree(ctx.db, input.code, id);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      const { version: _v, ...fields } = input;
      return updateAudited(trx, {
        table: 'agreements',
        id,
        version: input.version,
        values: { ...agreementColumns(fields, owningUnitId, names), updated_at: ctx.now },
        current: () => present(ctx, trx, id),
        alsoWrite: () => writeLinks(trx, id, input),
        after: () => getAgreement(ctx, id, trx),
        audit: (after) =>
          changeEntry(
            ctx,
            'update',
            ENTITY,
            id,
            recordName(input.titleZh, input.titleEn),
            snapshot(before),
            snapshot(after),
          ),
      });
    }),
  );
}

/** Archive or restore: nothing is ever hard-deleted. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Agreement> {
  const before = await getAgreement(ctx, id);
  if (!before.permissions.archive) throw AppError.forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    const action = archived ? 'archive' : 'restore';
    return updateAudited(trx, {
      table: 'agreements',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getAgreement(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          action,
          ENTITY,
          id,
          recordName(before.titleZh, before.titleEn),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}
