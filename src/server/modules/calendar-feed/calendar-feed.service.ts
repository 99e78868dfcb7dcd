import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { publicEvents } from '#server/modules/events/registration.service.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { parseJson } from '#server/modules/visits/engagement-parts.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { callPolicy } from '#server/policies/calls.policy.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { type Actor, allows, unitScope } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { addDays, businessDate } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale, Role } from '#shared/roles.js';
import type { CalendarFeed, CalendarFeedCreated } from '#shared/schemas/calendar-feed.js';
import * as repo from './calendar-feed.repository.js';
import { type CalendarItem, taipeiLocal, writeCalendar } from './icalendar.js';

type Deps = FastifyInstance['deps'];
const ENTITY = 'calendar_feed';
/** How far back a feed reaches: recent past items stay visible in the calendar for a while. */
const LOOKBACK_DAYS = 30;

export const feedPath = (token: string) => `/api/v1/calendar/${token}/feed.ics`;

export async function listFeeds(ctx: Ctx): Promise<CalendarFeed[]> {
  return (await repo.findFeeds(ctx.db, ctx.actor.id)).map((f) => ({
    id: f.id,
    createdAt: f.created_at,
    revokedAt: f.revoked_at,
  }));
}

/**
 * A new private address: a 32-byte random secret in the URL, only its sha256 stored. The user's earlier
 * addresses stop working (one live feed each): a new link is how a leaked one is replaced.
 */
export async function createFeed(ctx: Ctx): Promise<CalendarFeedCreated> {
  const token = randomBytes(32).toString('base64url');
  return ctx.db.transaction().execute(async (trx) => {
    await repo.revokeFeeds(trx, ctx.actor.id, ctx.now);
    const id = await repo.insertFeed(trx, ctx.actor.id, hashToken(token), ctx.now);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ENTITY, id, auditSummary('auditSummaries.calendarFeed'), null, { id }),
    );
    return { id, createdAt: ctx.now, revokedAt: null, url: `${ctx.env.APP_URL}${feedPath(token)}` };
  });
}

export async function revokeFeed(ctx: Ctx, id: number) {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.revokeFeeds(trx, ctx.actor.id, ctx.now, id))) throw AppError.notFound();
    await recordAudit(
      trx,
      changeEntry(ctx, 'update', ENTITY, id, auditSummary('auditSummaries.calendarFeedRevoked'), null, {
        id,
        revokedAt: ctx.now,
      }),
    );
    return { ok: true as const };
  });
}

const title = (locale: Locale, zh: string | null, en: string | null) => (locale === 'en' ? en || zh : zh || en) ?? '';

/** The private feed: 404 for an unknown or revoked secret, or an account no longer active. */
export async function privateFeed(deps: Deps, token: string): Promise<string> {
  const feed = await repo.findLiveFeed(deps.db, hashToken(token));
  if (!feed) throw AppError.notFound();
  const locale: Locale = feed.locale === 'en' ? 'en' : 'zh-TW';
  const actor: Actor = {
    id: feed.user_id,
    roles: feed.roles.map((r) => ({ role: r.role as Role, unitId: r.unit_id })),
  };
  const items = await itemsFor(deps, actor, locale);
  return writeCalendar(translate(locale, 'calendarFeed.privateName'), items, deps.clock.now().toISOString());
}

export async function publicFeed(deps: Deps, locale: Locale): Promise<string> {
  const events = await publicEvents(deps);
  const items: CalendarItem[] = events.map((e) => ({
    uid: `public-event-${e.id}@meridian`,
    allDay: true,
    startDate: e.startDate,
    endDate: e.endDate,
    summary: title(locale, e.titleZh, e.titleEn),
    location: e.venue,
    categories: [translate(locale, `eventKinds.${e.kind}`)],
  }));
  return writeCalendar(translate(locale, 'calendarFeed.publicName'), items, deps.clock.now().toISOString());
}

/** A yearly date (MM-DD, a partner's nomination deadline) on or after `from` (YYYY-MM-DD): this year's or next. */
export function nextOccurrence(monthDay: string, from: string): string {
  const year = Number(from.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  return thisYear >= from ? thisYear : `${year + 1}-${monthDay}`;
}

/** What concerns this person, each kind within the units their roles may read. */
async function itemsFor(deps: Deps, actor: Actor, locale: Locale): Promise<CalendarItem[]> {
  const { db } = deps;
  const tree = await loadUnitTree(db);
  const now = deps.clock.now();
  const from = addDays(businessDate(now), -LOOKBACK_DAYS);
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const items: CalendarItem[] = [];
  const day = (uid: string, date: string, summary: string, endDate?: string): CalendarItem => ({
    uid: `${uid}@meridian`,
    allDay: true,
    startDate: date,
    endDate: endDate ?? date,
    summary,
  });

  if (allows(agreementPolicy, actor, 'read', tree)) {
    const units = unitScope(agreementPolicy, actor, 'read', tree);
    for (const a of await repo.findAgreementDates(db, units, from)) {
      const name = title(locale, a.title_zh, a.title_en);
      const notice = t('calendarFeed.agreementNotice', { name });
      const end = t('calendarFeed.agreementEnd', { name });
      if (a.notice_date) items.push(day(`agreement-${a.id}-notice`, a.notice_date, notice));
      if (a.end_date) items.push(day(`agreement-${a.id}-end`, a.end_date, end));
    }
  }
  if (allows(callPolicy, actor, 'read', tree)) {
    for (const c of await repo.findCallDeadlines(db, new Date(`${from}T00:00:00+08:00`).toISOString())) {
      const deadline = taipeiLocal(c.deadline);
      items.push({
        uid: `call-${c.id}-deadline@meridian`,
        allDay: false,
        start: deadline,
        summary: t('calendarFeed.callDeadline', { name: title(locale, c.title_zh, c.title_en) }),
      });
    }
  }
  if (allows(callPolicy, actor, 'nominate', tree)) {
    for (const f of await repo.findNominationDeadlines(db)) {
      const name = title(locale, f.name_zh, f.name_en);
      for (const d of parseJson<{ term: string; nomination: string | null }>(f.deadlines_json)) {
        if (!d.nomination) continue;
        const summary = t('calendarFeed.nominationDeadline', { name, term: t(`terms.${d.term}`) });
        items.push(day(`nomination-${f.partner_id}-${d.term}`, nextOccurrence(d.nomination, from), summary));
      }
    }
  }
  if (allows(reportingPolicy, actor, 'editSubmission', tree) || allows(reportingPolicy, actor, 'managePeriods', tree)) {
    for (const p of await repo.findReportingPeriods(db, from))
      items.push(
        day(
          `period-${p.id}`,
          p.opens_on,
          t('calendarFeed.reportingPeriod', { name: title(locale, p.name_zh, p.name_en) }),
          p.closes_on,
        ),
      );
  }
  if (allows(checklistPolicy, actor, 'review', tree)) {
    const units = unitScope(checklistPolicy, actor, 'review', tree);
    for (const d of await repo.findDocumentExpiries(db, units, from))
      items.push(
        day(
          `documents-${d.expires_on}-${d.kind}`,
          d.expires_on as string,
          t('calendarFeed.documentExpiry', { count: Number(d.n), kind: translate(locale, `checklistKinds.${d.kind}`) }),
        ),
      );
  }
  for (const e of await repo.findEventsOf(db, actor.id, from))
    items.push({
      ...day(`event-${e.id}`, e.start_date, title(locale, e.title_zh, e.title_en), e.end_date),
      location: e.venue,
      categories: [translate(locale, `eventKinds.${e.kind}`)],
    });
  for (const v of await repo.findVisitsOf(db, actor.id, from))
    items.push({
      ...day(`visit-${v.id}`, v.start_date, title(locale, v.title_zh, v.title_en), v.end_date),
      categories: [translate(locale, `visitDirections.${v.direction}`)],
    });
  for (const f of await repo.findFollowupsOf(db, actor.id)) {
    const summary = t('calendarFeed.followupDue', { name: f.title });
    items.push(day(`followup-${f.id}`, f.due_on, summary));
  }
  return items;
}
