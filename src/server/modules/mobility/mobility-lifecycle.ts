import { addDays } from '#shared/calendar.js';
import {
  CLOSE_WITHIN_DAYS,
  ENROLMENT_STATUSES,
  INBOUND_EXCHANGE_STATUSES,
  OUTBOUND_STATUSES,
} from '#shared/mobility.js';
import type { MobilityAction } from '#shared/schemas/mobility.js';

/**
 * The status rules of a mobility, written once. Which flow a record follows depends on who moves and how:
 * - outbound students: planned → nominated → accepted → abroad → returned → closed (or cancelled);
 *   kinds without a partner nomination (short-term, iPBL, camps, …) may go from planned straight abroad;
 * - inbound exchange-like students: nominated → applied → accepted → arrived → completed (or cancelled);
 * - enrolled students (degree-seeking, Chinese-language center, foundation program, overseas youth, offshore classes): an enrolment status
 *   set directly with its date (enrolled, on leave, withdrawn, graduated, deferred);
 * - staff and scholars: planned → completed (or cancelled).
 */
export type Flow = 'outbound' | 'inbound_exchange' | 'enrolment' | 'staff';

const ENROLMENT_KINDS = new Set<string>(['degree', 'chinese_language', 'foundation', 'overseas_youth', 'offshore']);
/** Outbound kinds that go through a partner's nomination and acceptance. */
const NOMINATED_KINDS = new Set<string>(['exchange', 'dual_degree']);

export function flowOf(m: { direction: string; kind: string; person_category: string }): Flow {
  if (m.person_category !== 'student') return 'staff';
  if (m.direction === 'outbound') return 'outbound';
  return ENROLMENT_KINDS.has(m.kind) ? 'enrolment' : 'inbound_exchange';
}

export const STATUSES_OF: Record<Flow, readonly string[]> = {
  outbound: OUTBOUND_STATUSES,
  inbound_exchange: INBOUND_EXCHANGE_STATUSES,
  enrolment: ENROLMENT_STATUSES,
  staff: ['planned', 'completed', 'cancelled'],
};

/** Where a new record starts unless it says otherwise. */
export const INITIAL_STATUS: Record<Flow, string> = {
  outbound: 'planned',
  inbound_exchange: 'nominated',
  enrolment: 'enrolled',
  staff: 'planned',
};

type Step = { flows: Flow[]; from: string[]; to: string };

const STEPS: Record<MobilityAction, Step[]> = {
  nominate: [{ flows: ['outbound'], from: ['planned'], to: 'nominated' }],
  accept: [
    { flows: ['outbound'], from: ['nominated'], to: 'accepted' },
    { flows: ['inbound_exchange'], from: ['applied'], to: 'accepted' },
  ],
  depart: [{ flows: ['outbound'], from: ['accepted'], to: 'abroad' }],
  return: [{ flows: ['outbound'], from: ['abroad'], to: 'returned' }],
  close: [{ flows: ['outbound'], from: ['returned'], to: 'closed' }],
  apply: [{ flows: ['inbound_exchange'], from: ['nominated'], to: 'applied' }],
  arrive: [{ flows: ['inbound_exchange'], from: ['accepted'], to: 'arrived' }],
  complete: [
    { flows: ['inbound_exchange'], from: ['arrived'], to: 'completed' },
    { flows: ['staff'], from: ['planned'], to: 'completed' },
  ],
  cancel: [
    { flows: ['outbound'], from: ['planned', 'nominated', 'accepted'], to: 'cancelled' },
    { flows: ['inbound_exchange'], from: ['nominated', 'applied', 'accepted'], to: 'cancelled' },
    { flows: ['staff'], from: ['planned'], to: 'cancelled' },
  ],
  enrol: [{ flows: ['enrolment'], from: ['on_leave', 'deferred'], to: 'enrolled' }],
  leave: [{ flows: ['enrolment'], from: ['enrolled'], to: 'on_leave' }],
  withdraw: [{ flows: ['enrolment'], from: ['enrolled', 'on_leave', 'deferred'], to: 'withdrawn' }],
  graduate: [{ flows: ['enrolment'], from: ['enrolled'], to: 'graduated' }],
  defer: [{ flows: ['enrolment'], from: ['enrolled'], to: 'deferred' }],
};

type State = { direction: string; kind: string; person_category: string; status: string };

/** The status an action leads to from this state, or null when it does not apply. */
export function targetOf(action: MobilityAction, m: State): string | null {
  const flow = flowOf(m);
  if (action === 'depart' && flow === 'outbound' && m.status === 'planned' && !NOMINATED_KINDS.has(m.kind))
    return 'abroad';
  const step = STEPS[action].find((s) => s.flows.includes(flow) && s.from.includes(m.status));
  return step?.to ?? null;
}

export const actionsFrom = (m: State) =>
  (Object.keys(STEPS) as MobilityAction[]).filter((a) => targetOf(a, m) !== null);

/** Returned more than CLOSE_WITHIN_DAYS days ago and not closed yet. */
export const closingOverdue = (m: { status: string; returned_on: string | null }, today: string) =>
  m.status === 'returned' && m.returned_on !== null && m.returned_on < closingCutoff(today);

/** Returns before this day are overdue for closing today. */
export const closingCutoff = (today: string) => addDays(today, -CLOSE_WITHIN_DAYS);

/** A learning agreement applies to outbound, credit-bearing student mobility. */
export const takesLearningAgreement = (m: { direction: string; person_category: string; credit_bearing: number }) =>
  m.direction === 'outbound' && m.person_category === 'student' && m.credit_bearing === 1;
