import type { UnitTree } from '#server/modules/units/unit-tree.js';
import { academicCalendarPolicy } from './academic-calendar.policy.js';
import { activityPolicy } from './activities.policy.js';
import { admissionPolicy } from './admissions.policy.js';
import { agreementPolicy } from './agreements.policy.js';
import { assistantPolicy } from './assistants.policy.js';
import { auditPolicy } from './audit.policy.js';
import { buddyPolicy } from './buddy.policy.js';
import { callPolicy } from './calls.policy.js';
import { checklistPolicy } from './checklist.policy.js';
import { cohortPolicy } from './cohorts.policy.js';
import { countryPolicy } from './countries.policy.js';
import { eventPolicy, visitPolicy } from './engagements.policy.js';
import { enquiryPolicy } from './enquiries.policy.js';
import { fundingPolicy } from './funding.policy.js';
import { identityProviderPolicy } from './identity-providers.policy.js';
import { integrationPolicy } from './integrations.policy.js';
import { mailPolicy } from './mail.policy.js';
import { mobilityPolicy } from './mobility.policy.js';
import { partnerPolicy } from './partners.policy.js';
import { peoplePolicy } from './people.policy.js';
import { type Actor, capabilities } from './policy.js';
import { portalPolicy } from './portal.policy.js';
import { privacyPolicy } from './privacy.policy.js';
import { nominationPolicy, recruitmentPolicy } from './recruitment.policy.js';
import { reportingPolicy } from './reporting.policy.js';
import { resourcePolicy } from './resources.policy.js';
import { trainingPolicy } from './training.policy.js';
import { unitPolicy } from './units.policy.js';
import { universityPolicy } from './university.policy.js';
import { userPolicy } from './users.policy.js';

/** Every resource's policy; /auth/me sends the resulting capabilities so the UI can hide what is not allowed. */
export const POLICIES = {
  partners: partnerPolicy,
  agreements: agreementPolicy,
  users: userPolicy,
  units: unitPolicy,
  academicCalendar: academicCalendarPolicy,
  identityProviders: identityProviderPolicy,
  audit: auditPolicy,
  mail: mailPolicy,
  people: peoplePolicy,
  mobility: mobilityPolicy,
  calls: callPolicy,
  checklist: checklistPolicy,
  funding: fundingPolicy,
  reporting: reportingPolicy,
  activities: activityPolicy,
  university: universityPolicy,
  privacy: privacyPolicy,
  countries: countryPolicy,
  enquiries: enquiryPolicy,
  training: trainingPolicy,
  events: eventPolicy,
  visits: visitPolicy,
  cohorts: cohortPolicy,
  assistants: assistantPolicy,
  buddy: buddyPolicy,
  portal: portalPolicy,
  resources: resourcePolicy,
  integrations: integrationPolicy,
  admissions: admissionPolicy,
  recruitment: recruitmentPolicy,
  nominations: nominationPolicy,
} as const;

export function allCapabilities(actor: Actor, tree: UnitTree): Record<string, Record<string, boolean>> {
  return Object.fromEntries(
    Object.entries(POLICIES).map(([name, p]) => [
      name,
      capabilities(p as unknown as { rules: Record<string, never> }, actor, tree),
    ]),
  );
}
