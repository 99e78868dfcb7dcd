import type { IneligibleReason } from '#shared/calls.js';
import type { ApplicationStatus } from '#shared/mobility.js';
import type { Application, ApplicationSummary, TimelineStep } from '#shared/schemas/calls.js';
import type { ApplicationRow } from './application.repository.js';

/**
 * form_json holds the student's answers. Why a submitted application is ineligible is in its own column
 * (migration 007); rows submitted before it keep the reasons in form_json.ineligibleReasons.
 */
export type StoredForm = { answers?: Partial<Application['form']>; ineligibleReasons?: IneligibleReason[] };
export const parseForm = (r: Pick<ApplicationRow, 'form_json'>): StoredForm => JSON.parse(r.form_json) as StoredForm;

/** The reasons of the column, or of form_json for rows written before the column existed. */
export function ineligibleReasonsOf(r: Pick<ApplicationRow, 'form_json' | 'ineligible_reasons'>): IneligibleReason[] {
  if (r.ineligible_reasons !== null) return JSON.parse(r.ineligible_reasons) as IneligibleReason[];
  return parseForm(r).ineligibleReasons ?? [];
}

/** Results that exist before publication; an applicant sees "submitted" until the call is published. */
const RESULT_STATUSES = new Set<string>(['selected', 'waitlisted', 'not_selected']);

/** The status as this reader may see it. */
export function visibleStatus(r: ApplicationRow, staffView: boolean): ApplicationStatus {
  if (!staffView && RESULT_STATUSES.has(r.status) && r.call_status !== 'published') return 'submitted';
  return r.status;
}

const resultsShown = (r: ApplicationRow, staffView: boolean) => staffView || r.call_status === 'published';

export function toApplicationSummary(
  r: ApplicationRow,
  extra: {
    staffView: boolean;
    allocatedPartner: { en: string; zh: string | null } | null;
    reviewerCount: number;
    scoredByMe: boolean;
  },
): ApplicationSummary {
  const shown = resultsShown(r, extra.staffView);
  return {
    id: r.id,
    callId: r.call_id,
    callTitleEn: r.call_title_en,
    callTitleZh: r.call_title_zh,
    status: visibleStatus(r, extra.staffView),
    applicant: {
      personId: r.person_id,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      studentNo: r.student_no,
      unitId: r.unit_id,
      degreeLevel: r.degree_level,
      email: r.email,
    },
    gpa: r.gpa,
    submittedAt: r.submitted_at,
    totalScore: extra.staffView ? r.total_score : null,
    rank: extra.staffView ? r.rank : null,
    allocatedOfferId: shown ? r.allocated_offer_id : null,
    allocatedPartnerNameEn: shown ? (extra.allocatedPartner?.en ?? null) : null,
    allocatedPartnerNameZh: shown ? (extra.allocatedPartner?.zh ?? null) : null,
    waitlistPosition: shown ? r.waitlist_position : null,
    reviewerCount: extra.staffView ? extra.reviewerCount : 0,
    scoredByMe: extra.scoredByMe,
    updatedAt: r.updated_at,
  };
}

/**
 * The applicant's steps: draft → submit (by the deadline) → review → result → nomination → the partner's
 * decision. Each is done, current, upcoming, or skipped (a withdrawn, ineligible or unselected application
 * does not go on).
 */
export function timelineOf(status: ApplicationStatus, r: Pick<ApplicationRow, 'submitted_at' | 'deadline'>) {
  const order = ['draft', 'submit', 'review', 'result', 'nomination', 'partner_decision'] as const;
  // Index of the current step, and from which step on everything is skipped.
  const at: Record<ApplicationStatus, { current: number; skipFrom: number }> = {
    draft: { current: 1, skipFrom: 99 },
    submitted: { current: 2, skipFrom: 99 },
    withdrawn: { current: -1, skipFrom: 2 },
    ineligible: { current: -1, skipFrom: 2 },
    selected: { current: 4, skipFrom: 99 },
    waitlisted: { current: 3, skipFrom: 99 },
    not_selected: { current: -1, skipFrom: 4 },
    nominated: { current: 5, skipFrom: 99 },
    accepted: { current: 6, skipFrom: 99 },
    rejected_by_partner: { current: 6, skipFrom: 99 },
    declined: { current: -1, skipFrom: 4 },
  };
  const { current, skipFrom } = at[status];
  const doneBefore = current === -1 ? skipFrom : current;
  return order.map((step, i): TimelineStep => {
    const state = i >= skipFrom ? 'skipped' : i < doneBefore ? 'done' : i === current ? 'current' : 'upcoming';
    const when = step === 'submit' ? (r.submitted_at ?? r.deadline) : null;
    return { step, state, at: when };
  });
}
