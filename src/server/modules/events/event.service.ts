import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditSummary, auditSummary, bilingual, label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { parseJson } from '#server/modules/visits/engagement-parts.js';
import * as parts from '#server/modules/visits/engagement-parts.repository.js';
import { engagementPhotos } from '#server/modules/visits/engagement-photos.js';
import { engagementRecord } from '#server/modules/visits/engagement-record.js';
import { eventPolicy } from '#server/policies/engagements.policy.js';
import { allows, unitScope } from '#server/policies/policy.js';
import { type ChecklistEntry, checklistFrom } from '#shared/engagements.js';
import type { Event, EventCreate, EventListQuery, EventSummary, EventUpdate } from '#shared/schemas/events.js';
import type { ProgrammeSlot } from '#shared/schemas/visits.js';
import { syncConferenceActivity } from './conference-activity.js';
import * as repo from './event.repository.js';

export const ENTITY = 'event';

export const toSummary = (r: repo.EventRow): EventSummary => ({
  id: r.id,
  kind: r.kind,
  unitId: r.unit_id,
  titleZh: r.title_zh,
  titleEn: r.title_en,
  startDate: r.start_date,
  endDate: r.end_date,
  venue: r.venue,
  isPublic: r.is_public === 1,
  activityId: r.activity_id,
  archivedAt: r.archived_at,
});

export async function listEvents(ctx: Ctx, query: EventListQuery) {
  if (!allows(eventPolicy, ctx.actor, 'read', ctx.units)) throw AppError.forbidden();
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = { ...rest, visibleUnits: unitScope(eventPolicy, ctx.actor, 'read', ctx.units) };
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.eventSortKeys(filter.order),
    (window) => repo.findEvents(ctx.db, filter, window),
    (cap) => repo.countEvents(ctx.db, filter, cap),
    (rows) => rows.map(toSummary),
  );
}

async function present(_ctx: Ctx, db: Db, row: repo.EventRow, permissions: Event['permissions']): Promise<Event> {
  const registrations = await repo.findRegistrations(db, row.id);
  return {
    ...toSummary(row),
    language: row.language,
    budget: row.budget,
    participants: row.participants,
    foreignParticipants: row.foreign_participants,
    programme: parseJson<ProgrammeSlot>(row.programme_json),
    people: await parts.findPeople(db, 'event', row.id),
    checklist: parseJson<ChecklistEntry>(row.checklist_json),
    photosUrl: row.photos_url,
    newsZh: row.news_zh,
    newsEn: row.news_en,
    registrations: registrations.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      affiliation: r.affiliation,
      source: r.source,
      createdAt: r.created_at,
    })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    permissions,
  };
}

/** The audit summary of an event (ADR 0030): its kind's label, its title in both languages, its date. */
const labelOf = (e: Pick<Event, 'kind' | 'titleEn' | 'titleZh' | 'startDate'>): AuditSummary =>
  auditSummary('auditSummaries.engagement', {
    kind: label('eventKinds', e.kind),
    title: bilingual(e.titleZh || e.titleEn || '', e.titleEn || e.titleZh || ''),
    date: e.startDate,
  });

const record = engagementRecord({
  entity: ENTITY,
  table: 'events',
  owner: 'event',
  policy: eventPolicy,
  find: repo.findEvent,
  present,
  label: labelOf,
});

/** The event if the actor may read it; `db` is the open transaction when called after a write. */
export const getEvent = record.get;

function columnsOf(input: EventCreate) {
  return {
    kind: input.kind,
    unit_id: input.unitId,
    title_zh: input.titleZh,
    title_en: input.titleEn,
    start_date: input.startDate,
    end_date: input.endDate,
    venue: input.venue,
    language: input.language,
    budget: input.budget,
    is_public: input.isPublic ? 1 : 0,
    participants: input.participants,
    foreign_participants: input.foreignParticipants,
    programme_json: JSON.stringify(input.programme),
    photos_url: input.photosUrl,
    news_zh: input.newsZh,
    news_en: input.newsEn,
  };
}

const checkInput = (ctx: Ctx, input: EventCreate) => record.checkInput(ctx, input, input.programme, 'programme');

export async function createEvent(ctx: Ctx, input: EventCreate): Promise<Event> {
  if (!allows(eventPolicy, ctx.actor, 'write', ctx.units)) throw AppError.forbidden();
  await checkInput(ctx, input);
  return record.create(
    ctx,
    (trx) =>
      repo.insertEvent(trx, {
        ...columnsOf(input),
        checklist_json: JSON.stringify(input.checklist ?? checklistFrom('event')),
        created_by: ctx.actor.id,
        created_at: ctx.now,
        updated_at: ctx.now,
      }),
    async (trx, id) => {
      await parts.replacePeople(trx, 'event', id, input.people);
      await syncConferenceActivity(ctx, trx, await getEvent(ctx, id, trx));
    },
  );
}

export async function updateEvent(ctx: Ctx, id: number, input: EventUpdate): Promise<Event> {
  const before = await record.writable(ctx, id);
  const { version, ...fields } = input;
  await checkInput(ctx, fields);
  const values = {
    ...columnsOf(fields),
    checklist_json: JSON.stringify(fields.checklist ?? before.checklist),
    updated_at: ctx.now,
  };
  return record.update(ctx, id, version, before, values, async (trx) => {
    await parts.replacePeople(trx, 'event', id, fields.people);
    await syncConferenceActivity(ctx, trx, await getEvent(ctx, id, trx));
  });
}

/** Uploaded photos (JPG/PNG/WebP), one of them for the news item. */
export const photos = engagementPhotos({
  owner: 'event',
  entity: ENTITY,
  get: record.get,
  writable: record.writable,
  label: labelOf,
});

/** Speakers, guests, staff and assistants on duty, replaced at the version read. */
export const setPeople = record.setPeople;

/** Archiving a conference takes it out of the college exchange table too (its counted record follows). */
export const setArchived = (ctx: Ctx, id: number, version: number, archived: boolean): Promise<Event> =>
  record.setArchived(ctx, id, version, archived, async (trx) =>
    syncConferenceActivity(ctx, trx, await getEvent(ctx, id, trx)),
  );
