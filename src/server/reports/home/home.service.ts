import type { Ctx } from '#server/http/context.js';
import { TAIWAN_CALENDAR } from '#server/modules/enquiries/sla.js';
import { agreementPolicy } from '#server/policies/agreements.policy.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { visitPolicy } from '#server/policies/engagements.policy.js';
import { enquiryPolicy } from '#server/policies/enquiries.policy.js';
import { allows, unitScope } from '#server/policies/policy.js';
import { addDays, businessDate } from '#shared/calendar.js';
import { nextStepOf } from '#shared/home.js';
import type { HomeTodos, StaffTodo } from '#shared/schemas/home.js';
import { addWorkingDays } from '#shared/working-days.js';
import * as repo from './home.repository.js';

type Counted<R> = { rows: R[]; total: number };

function todo<R>(
  kind: StaffTodo['kind'],
  path: string,
  found: Counted<R>,
  entry: (r: R) => StaffTodo['entries'][number],
): StaffTodo[] {
  return found.total ? [{ kind, count: found.total, path, entries: found.rows.map(entry) }] : [];
}

/**
 * What waits on the signed-in user, most pressing first (issue 23, item 14): for staff and coordinators,
 * agreements to approve or submit, checklist documents to review, agreement dates this week, enquiries
 * assigned to them and service levels about to be missed, follow-ups of visits given to them — each only within the units their roles act
 * for (the same policies as the lists the links open); for a student, their checklist's deadlines and
 * each exchange's next step.
 */
export async function homeTodos(ctx: Ctx): Promise<HomeTodos> {
  const today = businessDate(new Date(ctx.now));
  const { actor, units, db } = ctx;
  const staff: StaffTodo[] = [];
  const canHandleDesk = allows(enquiryPolicy, actor, 'handle', units);
  if (canHandleDesk) {
    const nextWorkingDay = addWorkingDays(today, 1, TAIWAN_CALENDAR);
    const near = await repo.enquiriesDueBy(db, unitScope(enquiryPolicy, actor, 'handle', units), nextWorkingDay);
    staff.push(
      ...todo('slaNearBreach', '/enquiries', near, (e) => ({
        id: e.id,
        titleZh: `${e.reference ?? ''} ${e.subject}`,
        titleEn: `${e.reference ?? ''} ${e.subject}`,
        due: e.first_response_at === null ? e.first_response_due : e.resolution_due,
        path: `/enquiries/${e.id}`,
      })),
    );
    const mine = await repo.enquiriesAssignedTo(db, actor.id);
    staff.push(
      ...todo('enquiriesAssigned', '/enquiries', mine, (e) => ({
        id: e.id,
        titleZh: `${e.reference ?? ''} ${e.subject}`,
        titleEn: `${e.reference ?? ''} ${e.subject}`,
        due: e.due,
        path: `/enquiries/${e.id}`,
      })),
    );
  }
  const agreementEntry = (a: { id: number; title_zh: string | null; title_en: string }, due: string | null) => ({
    id: a.id,
    titleZh: a.title_zh || a.title_en,
    titleEn: a.title_en,
    due,
    path: `/agreements/${a.id}`,
  });
  // Approving is the office's (archive is its International Cooperation division's alone); a coordinator's
  // part is to complete and submit their college's drafts.
  if (allows(agreementPolicy, actor, 'archive', units)) {
    const waiting = await repo.agreementsIn(db, unitScope(agreementPolicy, actor, 'transition', units), 'under_review');
    staff.push(...todo('agreementsToApprove', '/agreements', waiting, (a) => agreementEntry(a, null)));
  } else if (allows(agreementPolicy, actor, 'update', units)) {
    const drafts = await repo.agreementsIn(db, unitScope(agreementPolicy, actor, 'update', units), 'draft');
    staff.push(...todo('agreementDrafts', '/agreements', drafts, (a) => agreementEntry(a, null)));
  }
  if (allows(checklistPolicy, actor, 'review', units)) {
    const docs = await repo.documentsToReview(db, unitScope(checklistPolicy, actor, 'review', units));
    staff.push(
      ...todo('checklistToReview', '/checklist', docs, (d) => ({
        id: d.id,
        titleZh: d.name_zh || d.name_en || '',
        titleEn: d.name_en || d.name_zh || '',
        due: d.due,
        path: `/mobility/${d.mobility_id}`,
      })),
    );
  }
  if (allows(agreementPolicy, actor, 'update', units)) {
    const week = await repo.agreementDates(
      db,
      unitScope(agreementPolicy, actor, 'update', units),
      today,
      addDays(today, 7),
    );
    staff.push(
      ...todo('deadlinesThisWeek', '/agreements', week, (a) =>
        agreementEntry(a, a.notice_date && a.notice_date >= today ? a.notice_date : a.end_date),
      ),
    );
  }
  if (allows(visitPolicy, actor, 'read', units)) {
    const followups = await repo.followupsAssignedTo(db, actor.id);
    staff.push(
      ...todo('followupsAssigned', '/visits', followups, (f) => ({
        id: f.id,
        titleZh: `${f.title}（${f.title_zh || f.title_en || ''}）`,
        titleEn: `${f.title} (${f.title_en || f.title_zh || ''})`,
        due: f.due,
        path: `/visits/${f.visit_id}`,
      })),
    );
  }
  const { documents, nextSteps } = await studentTodos(ctx, today);
  return { staff, documents, nextSteps };
}

/** A student's checklist (upload by the exchange's start; renew what expires within 60 days) and next steps. */
async function studentTodos(ctx: Ctx, today: string) {
  if (!ctx.actor.roles.some((r) => r.role === 'student')) return { documents: [], nextSteps: [] };
  const mobilities = await repo.studentMobilities(ctx.db, ctx.actor.id);
  const nextSteps = mobilities.flatMap((m) => {
    const step = nextStepOf(m.direction, m.status);
    return step ? [{ mobilityId: m.id, direction: m.direction, status: m.status, step }] : [];
  });
  const open = mobilities.filter((m) => nextStepOf(m.direction, m.status) !== null);
  const startOf = new Map(open.map((m) => [m.id, m.start_date]));
  const rows = await repo.studentDocuments(
    ctx.db,
    open.map((m) => m.id),
    today,
    addDays(today, 60),
  );
  const documents = rows.map((d) => {
    const start = startOf.get(d.mobility_id) ?? null;
    return {
      id: d.id,
      mobilityId: d.mobility_id,
      kind: d.kind,
      status: d.status,
      due: d.status === 'pending' || d.status === 'rejected' ? (start && start >= today ? start : null) : null,
      expiresOn: d.expires_on,
      rejectionReason: d.rejection_reason,
    };
  });
  return { documents, nextSteps };
}
