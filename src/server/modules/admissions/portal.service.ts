import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary, statusChange } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { readContent, storeUpload, type Upload } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import type { ApplicationForm, MissingItem } from '#shared/schemas/admissions.js';
import type { Applicant } from './applicant-auth.js';
import * as apps from './application.repository.js';
import { missingItems } from './completeness.js';
import { enrolAccepted } from './enrol.js';
import { admissionLetterPdf } from './letter.js';
import { documentsOf, isOpen, presentApplication } from './present.js';
import * as rounds from './round.repository.js';

/**
 * What an applicant does in the portal, signed in with their e-mail (applicant-auth.ts): start an
 * application in an open round, fill it while a draft, upload the round's documents, see what is
 * missing, submit only when nothing is, and answer an admission. Every read and write is of an
 * application carrying their own e-mail address — anyone else's is 404, as if it did not exist.
 */
export const ENTITY = 'admission_application';
export const DOCUMENT_TYPES = ['pdf', 'jpg', 'png'] as const;
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

export const now = (deps: AppDeps) => deps.clock.now().toISOString();

/** A withdrawn application is closed to every change (edit, upload, submit, answer). */
function refuseWithdrawn(app: apps.ApplicationRow) {
  if (app.status === 'withdrawn') throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_withdrawn' });
}

/** The application if it is the applicant's own (`db`: the open transaction, when there is one). */
export async function own(deps: AppDeps, who: Applicant, id: number, db = deps.db) {
  const app = await apps.findApplication(db, id);
  if (!app || app.email !== who.email) throw AppError.notFound();
  return app;
}

/** Missing items of an application as it is stored. */
export async function missingOf(db: AppDeps['db'], app: apps.ApplicationRow): Promise<MissingItem[]> {
  const round = await rounds.findRound(db, app.round_id);
  const program = app.program_id ? await rounds.findProgram(db, app.program_id) : undefined;
  const docs = await apps.findDocuments(db, app.id);
  return missingItems(app, round ? documentsOf(round) : [], new Set(docs.map((d) => d.doc_code)), program);
}

export async function view(db: AppDeps['db'], app: apps.ApplicationRow) {
  return presentApplication(app, await apps.findDocuments(db, app.id), await missingOf(db, app), null);
}

export async function myApplications(deps: AppDeps, who: Applicant) {
  const rows = await apps.findByEmail(deps.db, who.email);
  return { items: await Promise.all(rows.map((r) => view(deps.db, r))) };
}

export async function myApplication(deps: AppDeps, who: Applicant, id: number) {
  return view(deps.db, await own(deps, who, id));
}

/** An open round, and the program when given (it must be one of the round's). */
async function openRound(deps: AppDeps, roundId: number, programId: number | null, db = deps.db) {
  const round = await rounds.findRound(db, roundId);
  if (!round || !isOpen(round, now(deps)))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_round_closed' });
  if (programId !== null) {
    const program = await rounds.findProgram(db, programId);
    if (program?.round_id !== roundId) throw AppError.field('programId', 'invalid_value');
  }
  return round;
}

export async function startApplication(
  deps: AppDeps,
  who: Applicant,
  input: { roundId: number; programId: number | null },
) {
  const at = now(deps);
  return deps.db.transaction().execute(async (trx) => {
    await openRound(deps, input.roundId, input.programId, trx);
    const mine = await apps.findByEmail(trx, who.email);
    if (mine.some((a) => a.round_id === input.roundId && a.status !== 'withdrawn'))
      throw AppError.field('roundId', 'admission_duplicate');
    const id = await apps.insertApplication(trx, {
      round_id: input.roundId,
      program_id: input.programId,
      email: who.email,
      locale: who.locale,
      status: 'draft',
      channel: 'web',
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, {
      at,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: id,
      summary: auditSummary('auditSummaries.admissionPortal'),
    });
    return view(trx, (await apps.findApplication(trx, id)) as apps.ApplicationRow);
  });
}

/** A draft in a round still open: the only state the applicant may change. */
async function ownDraft(deps: AppDeps, who: Applicant, id: number, db = deps.db) {
  const app = await own(deps, who, id, db);
  refuseWithdrawn(app);
  if (app.status !== 'draft') throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_not_draft' });
  await openRound(deps, app.round_id, null, db);
  return app;
}

export async function saveApplication(deps: AppDeps, who: Applicant, id: number, input: ApplicationForm) {
  const at = now(deps);
  return deps.db.transaction().execute(async (trx) => {
    const before = await ownDraft(deps, who, id, trx);
    if (input.programId !== null) await openRound(deps, before.round_id, input.programId, trx);
    return updateAudited(trx, {
      table: 'admission_applications',
      id,
      version: input.version,
      values: {
        program_id: input.programId,
        given_name: input.givenName,
        family_name: input.familyName,
        name_zh: input.nameZh,
        country_code: input.nationality,
        identity: input.identity,
        birth_date: input.birthDate,
        gender: input.gender,
        phone: input.phone,
        previous_school: input.previousSchool,
        gpa: input.gpa,
        language_framework: input.languageFramework,
        language_level: input.languageLevel,
        statement: input.statement,
        // A nomination's channel ('partner') stays: the applicant does not re-label how they came.
        channel: before.channel === 'partner' ? 'partner' : (input.channel ?? before.channel),
        updated_at: at,
      },
      current: async () => {
        const row = await apps.findApplication(trx, id);
        return row && view(trx, row);
      },
      after: async () => view(trx, (await apps.findApplication(trx, id)) as apps.ApplicationRow),
      // The entry names the record only: the applicant's details stay in the application.
      audit: () => ({
        at,
        actorId: null,
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        summary: auditSummary('auditSummaries.admissionPortal'),
      }),
    });
  });
}

export async function uploadDocument(deps: AppDeps, who: Applicant, id: number, read: () => Promise<Upload>) {
  await ownDraft(deps, who, id);
  const upload = await read();
  const at = now(deps);
  return deps.db.transaction().execute(async (trx) => {
    const app = await ownDraft(deps, who, id, trx);
    const round = (await rounds.findRound(trx, app.round_id)) as rounds.RoundRow;
    const code = upload.fields.code;
    if (!code) throw AppError.field('code', 'required');
    if (!documentsOf(round).some((d) => d.code === code)) throw AppError.field('code', 'invalid_value');
    const stored = await storeUpload(trx, upload.data, DOCUMENT_TYPES, at);
    await apps.replaceDocument(trx, {
      application_id: id,
      doc_code: code,
      file_id: stored.fileId,
      file_name: upload.fileName,
      uploaded_at: at,
    });
    await recordAudit(trx, {
      at,
      actorId: null,
      action: 'upload',
      entityType: ENTITY,
      entityId: id,
      summary: auditSummary('auditSummaries.admissionDocument', { code }),
    });
    return view(trx, app);
  });
}

export async function downloadOwnDocument(deps: AppDeps, who: Applicant, id: number, docId: number) {
  await own(deps, who, id);
  const doc = await apps.findDocument(deps.db, id, docId);
  const content = doc && (await readContent(deps.db, doc.file_id));
  if (!doc || !content) throw AppError.notFound();
  return { fileName: doc.file_name, contentType: content.contentType, data: content.data };
}

const FIELD_KEY = { field: 'admission_missing_field', document: 'admission_missing_document' };
const REQUIREMENT_KEY: Record<string, string> = {
  language: 'admission_requirement_language',
  gpa: 'admission_requirement_gpa',
  identity: 'admission_requirement_identity',
};

/** Submits a complete draft; an incomplete one is refused with one field message per missing item. */
export async function submitApplication(deps: AppDeps, who: Applicant, id: number, version: number) {
  const at = now(deps);
  return deps.db.transaction().execute(async (trx) => {
    const app = await ownDraft(deps, who, id, trx);
    const missing = await missingOf(trx, app);
    if (missing.length)
      throw new AppError('VALIDATION_FAILED', {
        fields: missing.map((m) => ({
          path: m.kind === 'document' ? `documents.${m.code}` : m.code,
          key:
            m.kind === 'requirement'
              ? (REQUIREMENT_KEY[m.code] ?? 'invalid_value')
              : FIELD_KEY[m.kind as 'field' | 'document'],
        })),
      });
    return applicantTransition(trx, app, version, at, 'submitted', { submitted_at: at });
  });
}

/**
 * The applicant's own status change (submit, withdraw), inside the caller's transaction: against the version
 * they saw (409 with the application as it is), audited as a transition with no staff actor, answered as viewed.
 */
export function applicantTransition(
  trx: AppDeps['db'],
  app: apps.ApplicationRow,
  version: number,
  at: string,
  to: apps.ApplicationRow['status'],
  values: { submitted_at?: string } = {},
) {
  return updateAudited(trx, {
    table: 'admission_applications',
    id: app.id,
    version,
    values: { ...values, status: to, updated_at: at },
    current: async () => view(trx, app),
    after: async () => view(trx, (await apps.findApplication(trx, app.id)) as apps.ApplicationRow),
    audit: () => ({
      at,
      actorId: null,
      action: 'transition',
      entityType: ENTITY,
      entityId: app.id,
      summary: statusChange('admissions.statuses', app.status, to),
    }),
  });
}

/** The applicant's answer to an admission; accepting makes the person and the mobility (enrol.ts). */
export async function respond(deps: AppDeps, who: Applicant, id: number, input: { accept: boolean; version: number }) {
  const at = now(deps);
  const result = await deps.db.transaction().execute(async (trx) => {
    const app = await own(deps, who, id, trx);
    refuseWithdrawn(app);
    if (app.status !== 'admitted') throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_not_admitted' });
    const to = input.accept ? 'accepted' : 'declined';
    const after = await updateAudited(trx, {
      table: 'admission_applications',
      id,
      version: input.version,
      values: { status: to, responded_at: at, updated_at: at },
      current: async () => view(trx, app),
      after: async () => (await apps.findApplication(trx, id)) as apps.ApplicationRow,
      audit: () => ({
        at,
        actorId: null,
        action: 'transition',
        entityType: ENTITY,
        entityId: id,
        summary: statusChange('admissions.statuses', 'admitted', to),
      }),
    });
    const mobilityId = input.accept ? await enrolAccepted(deps, trx, after, at) : null;
    return mobilityId;
  });
  if (result !== null) await enrolAccepted.afterCommit(deps, result, at);
  return myApplication(deps, who, id);
}

export async function ownLetter(deps: AppDeps, who: Applicant, id: number) {
  const app = await own(deps, who, id);
  return admissionLetterPdf(deps.db, app, deps.clock.now());
}
