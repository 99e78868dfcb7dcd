import type { FastifyRequest } from 'fastify';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { readUpload, storeUpload } from '#server/lib/stored-files.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { portalPolicy } from '#server/policies/portal.policy.js';
import type {
  News,
  NewsCreate,
  NewsUpdate,
  PartnerProfile,
  PartnerProfileUpdate,
  Testimonial,
  TestimonialCreate,
  TestimonialUpdate,
} from '#shared/schemas/portal.js';
import * as repo from './portal-admin.repository.js';

/** A testimonial is named by its partner (ADR 0030: a summary is data). */
const testimonialOf = (partner: number) => auditSummary('auditSummaries.partnerId', { partner });

/** News photos are shown on phones: a few hundred kB is plenty, 5 MB is the ceiling. */
const PHOTO_LIMIT = 5 * 1024 * 1024;
const manage = (ctx: Ctx) => authorizeAny(portalPolicy, ctx.actor, 'manage', ctx.units);

const toNews = (r: repo.NewsRow): News => ({
  id: r.id,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  bodyZh: r.body_zh,
  bodyEn: r.body_en,
  photoAltZh: r.photo_alt_zh,
  photoAltEn: r.photo_alt_en,
  hasPhoto: r.photo_file_id !== null,
  published: r.published === 1,
  publishedOn: r.published_on,
  version: r.version,
  updatedAt: r.updated_at,
});

/** A published item needs a title in at least one language, and a photo an alternative text. */
function newsColumns(ctx: Ctx, input: NewsCreate) {
  if (!input.titleZh && !input.titleEn) throw AppError.field('titleZh', 'portal_title_required');
  return {
    title_zh: input.titleZh,
    title_en: input.titleEn,
    body_zh: input.bodyZh,
    body_en: input.bodyEn,
    photo_alt_zh: input.photoAltZh,
    photo_alt_en: input.photoAltEn,
    published: input.published ? 1 : 0,
    published_on: input.published ? (input.publishedOn ?? ctx.now.slice(0, 10)) : input.publishedOn,
    updated_at: ctx.now,
  };
}

export async function listNews(ctx: Ctx) {
  manage(ctx);
  return { items: (await repo.listNews(ctx.db)).map(toNews) };
}

async function getNews(db: Db, id: number) {
  const row = await repo.findNews(db, id);
  if (!row) throw AppError.notFound();
  return toNews(row);
}

export async function createNews(ctx: Ctx, input: NewsCreate) {
  manage(ctx);
  const values = newsColumns(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertNews(trx, { ...values, created_by: ctx.actor.id, created_at: ctx.now });
    const after = await getNews(trx, id);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', 'portal_news', id, recordName(after.titleZh, after.titleEn), null, after),
    );
    return after;
  });
}

export async function updateNews(ctx: Ctx, id: number, input: NewsUpdate) {
  manage(ctx);
  const before = await getNews(ctx.db, id);
  const { version, ...fields } = input;
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'portal_news',
      id,
      version,
      values: newsColumns(ctx, fields),
      current: () => repo.findNews(trx, id).then((r) => r && toNews(r)),
      after: () => getNews(trx, id),
      audit: (after) =>
        changeEntry(ctx, 'update', 'portal_news', id, recordName(after.titleZh, after.titleEn), before, after),
    }),
  );
}

/** The photo (PNG or JPEG by content, at most 5 MB) replaces any earlier one. */
export async function uploadNewsPhoto(ctx: Ctx, id: number, req: FastifyRequest) {
  manage(ctx);
  await getNews(ctx.db, id);
  const upload = await readUpload(req, PHOTO_LIMIT);
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await storeUpload(trx, upload.data, ['png', 'jpg'], ctx.now);
    await repo.setNewsPhoto(trx, id, stored.fileId, ctx.now);
    const after = await getNews(trx, id);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        'portal_news',
        id,
        auditSummary('auditSummaries.newsPhoto', { file: upload.fileName }),
        null,
        after,
      ),
    );
    return after;
  });
}

const toProfile = (partnerId: number, r: repo.ProfileRow | undefined): PartnerProfile => ({
  partnerId,
  published: r?.published === 1,
  summaryZh: r?.summary_zh ?? null,
  summaryEn: r?.summary_en ?? null,
  termDatesZh: r?.term_dates_zh ?? null,
  termDatesEn: r?.term_dates_en ?? null,
  catalogueUrl: r?.catalogue_url ?? null,
  contactOffice: r?.contact_office ?? null,
  contactEmail: r?.contact_email ?? null,
  version: r?.version ?? 0,
  updatedAt: r?.updated_at ?? null,
});

export async function getProfile(ctx: Ctx, partnerId: number, db: Db = ctx.db) {
  manage(ctx);
  if (!(await repo.partnerExists(db, partnerId))) throw AppError.notFound();
  return toProfile(partnerId, await repo.findProfile(db, partnerId));
}

/** Version 0 creates the profile (a second creation racing it fails on the key: 409). */
export async function saveProfile(ctx: Ctx, partnerId: number, input: PartnerProfileUpdate) {
  const before = await getProfile(ctx, partnerId);
  const { version, ...f } = input;
  const values = {
    published: f.published ? 1 : 0,
    summary_zh: f.summaryZh,
    summary_en: f.summaryEn,
    term_dates_zh: f.termDatesZh,
    term_dates_en: f.termDatesEn,
    catalogue_url: f.catalogueUrl,
    contact_office: f.contactOffice,
    contact_email: f.contactEmail,
    updated_by: ctx.actor.id,
    updated_at: ctx.now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    const ok =
      version === 0 && before.version === 0
        ? await repo.insertProfile(trx, { partner_id: partnerId, ...values }).then(() => true)
        : await repo.updateProfile(trx, partnerId, version, values);
    if (!ok) throw new AppError('VERSION_CONFLICT', { current: before });
    const after = await getProfile(ctx, partnerId, trx);
    const action = before.version === 0 ? 'create' : 'update';
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        action,
        'partner_profile',
        partnerId,
        auditSummary('auditSummaries.partnerId', { partner: partnerId }),
        before,
        after,
      ),
    );
    return after;
  });
}

const toTestimonial = (r: repo.TestimonialRow): Testimonial => ({
  id: r.id,
  partnerId: r.partner_id,
  firstName: r.first_name,
  program: r.program,
  academicYear: r.academic_year,
  textZh: r.text_zh,
  textEn: r.text_en,
  consented: r.consented === 1,
  approved: r.approved === 1,
  version: r.version,
  updatedAt: r.updated_at,
});

export async function listTestimonials(ctx: Ctx, partnerId: number) {
  manage(ctx);
  return { items: (await repo.listTestimonials(ctx.db, partnerId)).map(toTestimonial) };
}

/** Nothing is approved for the portal without the student's consent, and never without a text. */
function testimonialColumns(ctx: Ctx, input: TestimonialCreate) {
  if (!input.textZh && !input.textEn) throw AppError.field('textZh', 'portal_text_required');
  if (input.approved && !input.consented) throw AppError.field('approved', 'portal_consent_required');
  return {
    partner_id: input.partnerId,
    first_name: input.firstName,
    program: input.program,
    academic_year: input.academicYear ?? null,
    text_zh: input.textZh,
    text_en: input.textEn,
    consented: input.consented ? 1 : 0,
    approved: input.approved ? 1 : 0,
    approved_by: input.approved ? ctx.actor.id : null,
    updated_at: ctx.now,
  };
}

async function getTestimonial(db: Db, id: number) {
  const row = await repo.findTestimonial(db, id);
  if (!row) throw AppError.notFound();
  return toTestimonial(row);
}

export async function createTestimonial(ctx: Ctx, input: TestimonialCreate) {
  manage(ctx);
  const values = testimonialColumns(ctx, input);
  if (!(await repo.partnerExists(ctx.db, input.partnerId))) throw AppError.field('partnerId', 'portal_partner');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTestimonial(trx, { ...values, created_at: ctx.now });
    const after = await getTestimonial(trx, id);
    await recordAudit(trx, changeEntry(ctx, 'create', 'testimonial', id, testimonialOf(after.partnerId), null, after));
    return after;
  });
}

export async function updateTestimonial(ctx: Ctx, id: number, input: TestimonialUpdate) {
  manage(ctx);
  const before = await getTestimonial(ctx.db, id);
  const { version, ...fields } = input;
  if (fields.partnerId !== before.partnerId) throw AppError.field('partnerId', 'portal_partner');
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'portal_testimonials',
      id,
      version,
      values: testimonialColumns(ctx, fields),
      current: () => repo.findTestimonial(trx, id).then((r) => r && toTestimonial(r)),
      after: () => getTestimonial(trx, id),
      audit: (after) => changeEntry(ctx, 'update', 'testimonial', id, testimonialOf(after.partnerId), before, after),
    }),
  );
}
