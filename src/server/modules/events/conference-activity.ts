import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, label } from '#server/lib/audit-summary.js';
import { insertActivity } from '#server/modules/activities/activity.repository.js';
import type { Event } from '#shared/schemas/events.js';
import * as repo from './event.repository.js';

/**
 * One entry, not two (ADR 0025): an international conference is counted by the college exchange table
 * through the `activities` row of kind `conference_held` that the event creates and keeps in step —
 * unit, titles, dates, participants, first partner named among the guests. Other kinds of event are not
 * counted; an event that stops being a conference (or is archived) archives its row, and one that
 * becomes a conference again restores it. Called inside the event's write transaction, with an audit
 * entry on the activity so its own history shows who changed it through the event.
 */
export async function syncConferenceActivity(ctx: Ctx, trx: Db, e: Event): Promise<void> {
  const counted = e.kind === 'international_conference' && e.archivedAt === null;
  const values = {
    unit_id: e.unitId,
    title_zh: e.titleZh,
    title_en: e.titleEn,
    start_date: e.startDate,
    end_date: e.endDate,
    participants: e.participants,
    foreign_participants: e.foreignParticipants,
    partner_id: e.people.find((p) => p.partnerId !== null)?.partnerId ?? null,
    counterpart_zh: e.venue,
    counterpart_en: e.venue,
    updated_at: ctx.now,
  };
  if (e.activityId === null) {
    if (!counted) return;
    const id = await insertActivity(trx, {
      ...values,
      kind: 'conference_held',
      notes: `event:${e.id}`,
      created_by: ctx.actor.id,
      created_at: ctx.now,
    });
    await repo.linkActivity(trx, e.id, id);
    await recordAudit(trx, changeEntry(ctx, 'create', 'activity', id, conferenceSummary(e.id), null, values));
    return;
  }
  const before = await repo.findActivityRow(trx, e.activityId);
  const archived_at = counted ? null : (before?.archived_at ?? ctx.now);
  await repo.updateLinkedActivity(trx, e.activityId, { ...values, archived_at });
  const action = before?.archived_at === null && !counted ? 'archive' : 'update';
  await recordAudit(
    trx,
    changeEntry(ctx, action, 'activity', e.activityId, conferenceSummary(e.id), before, {
      ...values,
      archived_at,
    }),
  );
}

/** The counted activity row's summary (ADR 0030): its kind's label and the event it follows. */
const conferenceSummary = (eventId: number) =>
  auditSummary('auditSummaries.conferenceActivity', {
    kind: label('activityKinds', 'conference_held'),
    event: eventId,
  });
