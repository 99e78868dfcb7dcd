import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { jsonList as tagsOf } from '#server/lib/json-list.js';
import { buddyPolicy } from '#server/policies/buddy.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import type { MeetingCreate, MyPair, PairFeedback } from '#shared/schemas/buddy.js';
import * as repo from './buddy.repository.js';

/** The signed-in student's published pairs: who their buddy is, how to reach them, what was logged. */
export async function myPairs(ctx: Ctx): Promise<{ items: MyPair[] }> {
  authorizeAny(buddyPolicy, ctx.actor, 'participate', ctx.units);
  const rows = await repo.findMyPairs(ctx.db, ctx.actor.id);
  const ids = rows.map((r) => r.id);
  const [meetings, feedback] = await Promise.all([repo.findMeetings(ctx.db, ids), repo.findFeedback(ctx.db, ids)]);
  return {
    items: rows.map((r) => {
      const mySide = r.intl_user_id === ctx.actor.id ? 'international' : 'local';
      const mine = feedback.find((f) => f.pair_id === r.id && f.side === mySide);
      const partnerIsLocal = mySide === 'international';
      return {
        id: r.id,
        roundTitleZh: r.title_zh,
        roundTitleEn: r.title_en,
        mySide,
        partnerNameZh: partnerIsLocal ? r.local_name_zh : r.intl_name_zh,
        partnerNameEn: partnerIsLocal ? r.local_name_en : r.intl_name_en,
        partnerEmail: partnerIsLocal ? r.local_email : r.intl_email,
        partnerLanguages: tagsOf(partnerIsLocal ? r.local_languages : r.intl_languages),
        partnerInterests: tagsOf(partnerIsLocal ? r.local_interests : r.intl_interests),
        arrivalOn: r.arrival_on,
        firstContactOn: r.first_contact_on,
        meetings: meetings
          .filter((m) => m.pair_id === r.id)
          .map((m) => ({ id: m.id, metOn: m.met_on, minutes: m.minutes, note: m.note })),
        myFeedback: mine ? { rating: mine.rating, text: mine.text, createdAt: mine.created_at } : null,
      };
    }),
  };
}

/** One of my published pairs (else 404: someone else's pair is not shown to exist), and my side in it. */
async function myPair(ctx: Ctx, pairId: number) {
  const pair = (await myPairs(ctx)).items.find((p) => p.id === pairId);
  if (!pair) throw AppError.notFound();
  return pair;
}

const notInFuture = (ctx: Ctx, date: string, field: string) => {
  if (date > businessDate(new Date(ctx.now))) throw AppError.field(field, 'buddy_date_future');
};

export async function recordFirstContact(ctx: Ctx, pairId: number, on: string) {
  const pair = await myPair(ctx, pairId);
  notInFuture(ctx, on, 'on');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setFirstContact(trx, pairId, on, ctx.now);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        'buddy_pair',
        pairId,
        auditSummary('auditSummaries.buddyFirstContact', { date: on }),
        { firstContactOn: pair.firstContactOn },
        { firstContactOn: on },
      ),
    );
  });
  return myPair(ctx, pairId);
}

export async function logMeeting(ctx: Ctx, pairId: number, input: MeetingCreate) {
  await myPair(ctx, pairId);
  notInFuture(ctx, input.metOn, 'metOn');
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertMeeting(trx, {
      pair_id: pairId,
      met_on: input.metOn,
      minutes: input.minutes,
      note: input.note,
      logged_by: ctx.actor.id,
      created_at: ctx.now,
    });
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        'buddy_pair',
        pairId,
        auditSummary('auditSummaries.buddyMeeting', { id, date: input.metOn }),
        null,
        input,
      ),
    );
  });
  return myPair(ctx, pairId);
}

/** End-of-term feedback, once per side of a pair (409 on a second one). */
export async function giveFeedback(ctx: Ctx, pairId: number, input: PairFeedback) {
  const pair = await myPair(ctx, pairId);
  if (pair.myFeedback) throw new AppError('DUPLICATE', { fields: [{ path: 'rating', key: 'buddy_feedback_exists' }] });
  await ctx.db.transaction().execute(async (trx) => {
    await uniqueAsFieldError('rating', 'buddy_feedback_exists', () =>
      repo.insertFeedback(trx, {
        pair_id: pairId,
        side: pair.mySide,
        rating: input.rating,
        text: input.text,
        author_id: ctx.actor.id,
        created_at: ctx.now,
      }),
    );
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        'buddy_pair',
        pairId,
        auditSummary('auditSummaries.buddyFeedback', { side: { t: `auditSummaries.buddySides.${pair.mySide}` } }),
        null,
        input,
      ),
    );
  });
  return myPair(ctx, pairId);
}
