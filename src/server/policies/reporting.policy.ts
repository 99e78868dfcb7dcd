import { definePolicy } from './policy.js';

/** A submission (or a college's figures) as the policy sees it: the college it belongs to. */
export type ReportingScope = { unit_id: number | null };

/**
 * Indicators, targets, reporting periods, college submissions, the Ministry's tables, the executive
 * dashboard, the status report and the ad-hoc report builder.
 * - Administrators edit indicator definitions and the counting settings; OIA staff set targets,
 *   open periods, review (return or approve) submissions and build the Ministry's tables.
 * - A college coordinator reads and fills their own college's submissions only and submits them.
 * - The executive viewer (vice president, committee) reads everything and approves nothing.
 */
export const reportingPolicy = definePolicy<
  | 'readIndicators'
  | 'manageIndicators'
  | 'setTargets'
  | 'managePeriods'
  | 'readSubmissions'
  | 'editSubmission'
  | 'review'
  | 'readMinistry'
  | 'manageSettings'
  | 'fileMinistry'
  | 'readDashboard'
  | 'buildReports',
  ReportingScope
>({
  resource: 'reporting',
  unitOf: (s) => s.unit_id,
  rules: {
    readIndicators: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'all',
      unit_staff: 'all',
    },
    manageIndicators: { admin: 'all' },
    setTargets: { admin: 'all', oia_staff: 'all' },
    managePeriods: { admin: 'all', oia_staff: 'all' },
    readSubmissions: { admin: 'all', oia_staff: 'all', executive: 'all', college_coordinator: 'unit' },
    editSubmission: { oia_staff: 'all', college_coordinator: 'unit' },
    review: { oia_staff: 'all' },
    readMinistry: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all' },
    manageSettings: { admin: 'all' },
    fileMinistry: { admin: 'all', oia_staff: 'all' },
    readDashboard: { admin: 'all', oia_staff: 'all', executive: 'all' },
    buildReports: { admin: 'all', oia_staff: 'all', executive: 'all' },
  },
});
