/**
 * The to-dos a home page opens on (issue 23, item 14): staff and coordinators see what waits on them first;
 * a student sees their checklist's deadlines and each exchange's next step.
 */
export const STAFF_TODO_KINDS = [
  'agreementsToApprove',
  'agreementDrafts',
  'checklistToReview',
  'deadlinesThisWeek',
  'enquiriesAssigned',
  'slaNearBreach',
  'followupsAssigned',
] as const;
export type StaffTodoKind = (typeof STAFF_TODO_KINDS)[number];

/** The next step of a mobility, by its direction and status (a catalog key under homeUi.nextStep). */
export function nextStepOf(direction: 'inbound' | 'outbound', status: string): string | null {
  const steps: Record<string, Record<string, string>> = {
    outbound: {
      planned: 'waitNomination',
      nominated: 'waitPartner',
      accepted: 'learningAgreement',
      abroad: 'keepInTouch',
      returned: 'recognition',
    },
    inbound: {
      nominated: 'apply',
      applied: 'waitAcceptance',
      accepted: 'checklist',
      arrived: 'checklist',
      enrolled: 'checklist',
    },
  };
  return steps[direction]?.[status] ?? null;
}
