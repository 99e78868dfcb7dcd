import type { ActivityKind } from '#shared/reporting.js';
import type { ActivityFields } from '#shared/schemas/activities.js';

/**
 * What each kind of college exchange record shows and requires, kept free of zod so the browser's form
 * and the server's schema read the same rules.
 */

/** The parts of a record a kind asks for; the form shows these and the rules below require some. */
export type ActivityPart =
  | 'title'
  | 'counterpart'
  | 'personName'
  | 'person'
  | 'partner'
  | 'place'
  | 'participants'
  | 'credits'
  | 'amounts'
  | 'commissioning';

/** Per kind: what the form shows (`shows`) and what a record must have (`requires`, with its message key). */
export const ACTIVITY_KIND_SHAPE: Record<
  ActivityKind,
  { shows: ActivityPart[]; requires: { field: string; key: string; test: (a: ActivityFields) => boolean }[] }
> = {
  english_course: {
    shows: ['title', 'personName', 'person', 'participants', 'credits'],
    requires: [
      { field: 'titleZh', key: 'activity_title', test: (a) => hasTitle(a) },
      { field: 'credits', key: 'activity_credits', test: (a) => a.credits !== null && a.credits > 0 },
    ],
  },
  conference_held: {
    shows: ['title', 'counterpart', 'partner', 'place', 'participants'],
    requires: [{ field: 'titleZh', key: 'activity_title', test: (a) => hasTitle(a) }],
  },
  scholar_invited: {
    shows: ['title', 'personName', 'person', 'counterpart', 'partner', 'place'],
    requires: [
      { field: 'personName', key: 'activity_scholar_name', test: (a) => Boolean(a.personName) },
      { field: 'counterpartZh', key: 'activity_institution', test: (a) => hasCounterpart(a) },
      { field: 'country', key: 'activity_country', test: (a) => a.country !== null },
    ],
  },
  paper_abroad: {
    shows: ['title', 'personName', 'person', 'counterpart', 'place'],
    requires: [
      { field: 'titleZh', key: 'activity_title', test: (a) => hasTitle(a) },
      { field: 'counterpartZh', key: 'activity_conference', test: (a) => hasCounterpart(a) },
      { field: 'country', key: 'activity_country', test: (a) => a.country !== null },
      { field: 'city', key: 'activity_city', test: (a) => a.city !== null },
    ],
  },
  transnational_contract: {
    shows: ['title', 'counterpart', 'partner', 'place', 'amounts'],
    requires: [
      { field: 'titleZh', key: 'activity_title', test: (a) => hasTitle(a) },
      { field: 'counterpartZh', key: 'activity_counterpart', test: (a) => hasCounterpart(a) },
    ],
  },
  industry_project: {
    shows: ['title', 'counterpart', 'personName', 'person', 'place', 'amounts', 'commissioning'],
    requires: [
      { field: 'titleZh', key: 'activity_title', test: (a) => hasTitle(a) },
      { field: 'commissioning', key: 'activity_commissioning', test: (a) => a.commissioning !== null },
      { field: 'amountGovernment', key: 'activity_amount', test: (a) => amountOf(a) > 0 },
    ],
  },
};

const hasTitle = (a: ActivityFields) => Boolean(a.titleZh || a.titleEn);
const hasCounterpart = (a: ActivityFields) => Boolean(a.counterpartZh || a.counterpartEn || a.partnerId);
export const AMOUNT_FIELDS = ['amountGovernment', 'amountIndustry', 'amountOther', 'amountUniversity'] as const;
/** The project's whole funding: the four shares added up. */
export const amountOf = (a: Pick<ActivityFields, (typeof AMOUNT_FIELDS)[number]>) =>
  AMOUNT_FIELDS.reduce((s, k) => s + (a[k] ?? 0), 0);
