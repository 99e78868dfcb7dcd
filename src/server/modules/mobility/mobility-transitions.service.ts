import type { Ctx } from '#server/http/context.js';
import { label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { type EnrolmentEvent, EVENT_OF_ACTION, inDateOrder } from '#shared/enrolment.js';
import type { EnrolmentHistory, Mobility, MobilityTransitionBody } from '#shared/schemas/mobility.js';
import { addEvent, historyOf } from './enrolment-history.js';
import { setMobilityColumns } from './mobility.repository.js';
import { changeMobility, getMobility, mobilityPartSummary, mobilityStatusSummary } from './mobility.service.js';
import { flowOf, targetOf } from './mobility-lifecycle.js';

/**
 * Which dated column an action writes besides `status_changed_on` (every action sets that one); enrolment
 * changes ending the stay also set the end date.
 */
const DATE_COLUMN: Partial<Record<MobilityTransitionBody['action'], string>> = {
  depart: 'departed_on',
  return: 'returned_on',
  close: 'closed_on',
  withdraw: 'end_date',
  graduate: 'end_date',
};

/**
 * Closing a credit-bearing mobility needs an approved learning agreement and its credits recognised
 * (every line has recognised credits, possibly 0).
 */
function closingProblem(m: Mobility): string | null {
  if (!m.hasLearningAgreement) return null;
  if (m.learningAgreement.status !== 'approved') return 'mobility_close_needs_la';
  const lines = m.learningAgreement.courses;
  if (!lines.length || lines.some((c) => c.recognizedCredits === null)) return 'mobility_close_needs_credits';
  return null;
}

/**
 * One lifecycle step: permission (403), whether the action applies to the current status (409
 * INVALID_TRANSITION), its own requirements (400 on `date`, 409 with a reason for closing), the version (409).
 */
export async function transitionMobility(ctx: Ctx, id: number, body: MobilityTransitionBody): Promise<Mobility> {
  const before = await getMobility(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  const state = {
    direction: before.direction,
    kind: before.kind,
    person_category: before.personCategory,
    status: before.status,
  };
  const date = body.date ?? universityToday(ctx.now);
  const event = EVENT_OF_ACTION[body.action];
  if (flowOf(state) === 'enrolment' && event) return enrolmentChange(ctx, before, body, event, date);
  const to = targetOf(body.action, state);
  if (!to) throw new AppError('INVALID_TRANSITION', { messageKey: 'mobility_invalid_transition' });
  if (body.action === 'return' && before.departedOn && date < before.departedOn)
    throw AppError.field('date', 'mobility_return_before_departure');
  if (body.action === 'close') {
    const problem = closingProblem(before);
    if (problem) throw new AppError('INVALID_TRANSITION', { messageKey: problem });
    if (before.returnedOn && date < before.returnedOn) throw AppError.field('date', 'mobility_close_before_return');
  }
  const column = DATE_COLUMN[body.action];
  const values: Record<string, string> = { status: to, status_changed_on: date };
  if (column) values[column] = date;
  // An arrival or the completion of a stay fills in its dates when they were left open.
  if (body.action === 'arrive' && !before.startDate) values.start_date = date;
  if (body.action === 'complete' && !before.endDate && before.personCategory === 'student') values.end_date = date;
  const summary = mobilityStatusSummary(before, before.status, to, body.comment);
  return changeMobility(
    ctx,
    before,
    body.version,
    async (trx) => {
      await setMobilityColumns(trx, id, values);
    },
    { action: 'transition', summary },
  );
}

/**
 * An enrolment change of an enrolled record, dated: placed in the history in date order (refused when it
 * contradicts it); the status becomes the last event's. A withdrawal or graduation that is the latest
 * change also ends the stay on its date.
 */
async function enrolmentChange(
  ctx: Ctx,
  before: Mobility,
  body: MobilityTransitionBody,
  event: EnrolmentEvent,
  date: string,
): Promise<Mobility> {
  const row = {
    id: before.id,
    status: before.status,
    start_date: before.startDate,
    end_date: before.endDate,
    status_changed_on: before.statusChangedOn,
    created_at: before.createdAt,
  };
  const summary = mobilityPartSummary(
    before,
    body.comment ? 'auditSummaries.enrolmentEventComment' : 'auditSummaries.enrolmentEvent',
    { event: label('mobilityStatuses', event), date, comment: body.comment ?? '' },
  );
  return changeMobility(
    ctx,
    before,
    body.version,
    async (trx) => {
      const { latest } = await addEvent(trx, row, {
        event,
        on: date,
        note: body.comment ?? null,
        by: ctx.actor.id,
        now: ctx.now,
      });
      if (latest && (event === 'withdrawn' || event === 'graduated'))
        await setMobilityColumns(trx, before.id, { end_date: date });
    },
    { action: 'transition', summary },
  );
}

/** The dated enrolment history of an enrolled record (empty for other flows); readable by whoever reads it. */
export async function enrolmentHistory(ctx: Ctx, id: number): Promise<EnrolmentHistory> {
  const m = await getMobility(ctx, id);
  const state = { direction: m.direction, kind: m.kind, person_category: m.personCategory, status: m.status };
  if (flowOf(state) !== 'enrolment') return { items: [] };
  const { events, stored } = await historyOf(ctx.db, {
    id: m.id,
    status: m.status,
    start_date: m.startDate,
    end_date: m.endDate,
    status_changed_on: m.statusChangedOn,
    created_at: m.createdAt,
  });
  return {
    items: inDateOrder(events).map((e) => ({
      event: e.event,
      status: e.status,
      effectiveOn: e.effectiveOn,
      note: e.note,
      stored,
    })),
  };
}
