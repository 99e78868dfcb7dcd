import type { Db } from '#server/db/client.js';

/**
 * Every query the public portal runs, in this one file (docs/decisions/0026). Each reads only rows staff
 * opted in — published news, published partner profiles, approved testimonials a student consented to,
 * open calls, public resources — and selects named columns, never a person's. tests/api/portal.test.ts
 * checks the tables named here against an allow-list, so a new read has to be added there on purpose.
 */

export function publishedNews(db: Db, limit: number, offset = 0) {
  return db
    .selectFrom('portal_news')
    .select(['id', 'title_zh', 'title_en', 'body_zh', 'body_en', 'photo_file_id', 'photo_alt_zh', 'photo_alt_en'])
    .select(['published_on', 'updated_at'])
    .where('published', '=', 1)
    .orderBy('published_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
export type NewsRow = Awaited<ReturnType<typeof publishedNews>>[number];

export function publishedNewsItem(db: Db, id: number) {
  return db
    .selectFrom('portal_news')
    .select(['id', 'title_zh', 'title_en', 'body_zh', 'body_en', 'photo_file_id', 'photo_alt_zh', 'photo_alt_en'])
    .select(['published_on', 'updated_at'])
    .where('id', '=', id)
    .where('published', '=', 1)
    .executeTakeFirst();
}

/** A news photo's bytes, only while the news item showing it is published. */
export function publishedPhoto(db: Db, newsId: number) {
  return db
    .selectFrom('portal_news')
    .innerJoin('stored_files', 'stored_files.id', 'portal_news.photo_file_id')
    .select(['stored_files.data', 'stored_files.content_type', 'stored_files.sha256'])
    .where('portal_news.id', '=', newsId)
    .where('portal_news.published', '=', 1)
    .executeTakeFirst();
}

const partnerColumns = [
  'partners.id',
  'partners.name_en',
  'partners.name_zh',
  'partners.country',
  'partners.city',
  'partners.city_zh',
  'partners.website',
  'country_regions.region',
  'country_regions.name_zh as country_zh',
  'country_regions.name_en as country_en',
  'portal_partner_profiles.summary_zh',
  'portal_partner_profiles.summary_en',
  'portal_partner_profiles.updated_at',
] as const;

function publicPartnerQuery(db: Db) {
  return db
    .selectFrom('portal_partner_profiles')
    .innerJoin('partners', 'partners.id', 'portal_partner_profiles.partner_id')
    .leftJoin('country_regions', 'country_regions.country', 'partners.country')
    .where('portal_partner_profiles.published', '=', 1)
    .where('partners.archived_at', 'is', null);
}

export function publicPartners(db: Db) {
  return publicPartnerQuery(db).select(partnerColumns).orderBy('partners.name_en').execute();
}
export type PublicPartnerRow = Awaited<ReturnType<typeof publicPartners>>[number];

export function publicPartner(db: Db, id: number) {
  return publicPartnerQuery(db)
    .select(partnerColumns)
    .select([
      'portal_partner_profiles.term_dates_zh',
      'portal_partner_profiles.term_dates_en',
      'portal_partner_profiles.catalogue_url',
      'portal_partner_profiles.contact_office',
      'portal_partner_profiles.contact_email',
    ])
    .where('partners.id', '=', id)
    .executeTakeFirst();
}

/** The partner's factsheet (the EWP fields); read only after publicPartner found the partner public. */
export function factsheetOf(db: Db, partnerId: number) {
  return db
    .selectFrom('partner_factsheets')
    .select(['deadlines_json', 'instruction_languages', 'requirements_zh', 'requirements_en', 'housing_zh'])
    .select(['housing_en', 'visa_zh', 'visa_en', 'insurance_zh', 'insurance_en', 'links_json'])
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
}

/**
 * Outbound places of the given academic year under agreements in force today, for public partners only.
 * An agreement with several partners offers its places at each of them.
 */
export function outboundPlaces(db: Db, academicYear: number, today: string, partnerId?: number) {
  let q = db
    .selectFrom('exchange_places')
    .innerJoin('agreements', 'agreements.id', 'exchange_places.agreement_id')
    .innerJoin('agreement_partners', 'agreement_partners.agreement_id', 'agreements.id')
    .innerJoin('portal_partner_profiles', 'portal_partner_profiles.partner_id', 'agreement_partners.partner_id')
    .select(['agreement_partners.partner_id', 'exchange_places.level', 'exchange_places.places'])
    .select(['exchange_places.languages_json', 'exchange_places.isced_json', 'exchange_places.mobility_kind'])
    .select(['exchange_places.duration', 'exchange_places.duration_unit'])
    .where('portal_partner_profiles.published', '=', 1)
    .where('exchange_places.direction', '=', 'outbound')
    .where('exchange_places.academic_year', '=', academicYear)
    .where('agreements.status', '=', 'active')
    .where('agreements.archived_at', 'is', null)
    .where((eb) => eb.or([eb('agreements.end_date', 'is', null), eb('agreements.end_date', '>=', today)]));
  if (partnerId !== undefined) q = q.where('agreement_partners.partner_id', '=', partnerId);
  return q.execute();
}
export type PlaceRow = Awaited<ReturnType<typeof outboundPlaces>>[number];

/** Testimonials the student agreed to publish and staff approved: first name and program only. */
export function approvedTestimonials(db: Db, partnerId: number) {
  return db
    .selectFrom('portal_testimonials')
    .select(['id', 'first_name', 'program', 'academic_year', 'text_zh', 'text_en'])
    .where('partner_id', '=', partnerId)
    .where('consented', '=', 1)
    .where('approved', '=', 1)
    .orderBy('academic_year', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Calls students can apply to today (open, between opening and deadline). */
export function openCalls(db: Db, today: string) {
  return db
    .selectFrom('calls')
    .select(['id', 'title_zh', 'title_en', 'description_zh', 'description_en', 'academic_year', 'term'])
    .select(['opens_at', 'deadline'])
    .where('status', '=', 'open')
    .where('archived_at', 'is', null)
    .where('opens_at', '<=', today)
    .where('deadline', '>=', today)
    .orderBy('deadline')
    .execute();
}
export type OpenCallRow = Awaited<ReturnType<typeof openCalls>>[number];

/** Resources whose audience is the public, with their category, for the portal's downloads. */
export function publicResources(db: Db) {
  return db
    .selectFrom('resource_items')
    .innerJoin('resource_categories', 'resource_categories.id', 'resource_items.category_id')
    .select(['resource_items.id', 'resource_items.kind', 'resource_items.title_zh', 'resource_items.title_en'])
    .select(['resource_items.description_zh', 'resource_items.description_en', 'resource_items.languages'])
    .select(['resource_items.url', 'resource_items.current_version_id', 'resource_items.updated_at'])
    .select(['resource_categories.name_zh as category_zh', 'resource_categories.name_en as category_en'])
    .where('resource_items.audience', '=', 'public')
    .where('resource_items.archived_at', 'is', null)
    .where('resource_categories.archived_at', 'is', null)
    .orderBy('resource_categories.sort_order')
    .orderBy('resource_items.id')
    .execute();
}
export type PublicResourceRow = Awaited<ReturnType<typeof publicResources>>[number];

/** The current file of a public document. */
export function publicResourceFile(db: Db, itemId: number) {
  return db
    .selectFrom('resource_items')
    .innerJoin('resource_versions', 'resource_versions.id', 'resource_items.current_version_id')
    .innerJoin('stored_files', 'stored_files.id', 'resource_versions.file_id')
    .select(['stored_files.data', 'stored_files.content_type', 'stored_files.sha256', 'resource_versions.file_name'])
    .where('resource_items.id', '=', itemId)
    .where('resource_items.audience', '=', 'public')
    .where('resource_items.archived_at', 'is', null)
    .executeTakeFirst();
}
