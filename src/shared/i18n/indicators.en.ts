import type { indicatorsZhTW } from './indicators.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const indicatorsEn: DeepStrings<typeof indicatorsZhTW> = {
  indicators: { title: 'Internationalization indicators' },
  indicatorUnits: { count: 'Count', percent: 'Percent', ntd: 'NT$' },
  strategies: {
    '1': 'Strategy 1: an international campus',
    '2': 'Strategy 2: cross-border cooperation',
    '3': "Strategy 3: students' international mobility",
    '4': 'Strategy 4: recruiting global talent',
  },
  indicatorMethods: { computed: 'Computed from records', manual: 'Entered by hand (activity records)' },
  computedRules: {
    outbound_students_semester: 'Outbound students (≥ 1 semester, for credit)',
    outbound_students_short: 'Outbound students (< 1 semester)',
    outbound_students_all: 'Outbound students (all)',
    international_students_on_date: 'International degree students on the reference date',
    non_degree_students: 'Inbound non-degree students',
    exchange_students_in: 'Incoming exchange students',
    teep_interns: 'TEEP / IIPP interns',
    staff_abroad: 'Staff going abroad',
    scholars_in: 'Visiting scholars',
    active_agreements: 'Agreements in force',
    new_agreements: 'New agreements',
  },
  periodKinds: {
    college_quarterly: 'College quarterly report',
    moe_march: "Ministry's March window",
    moe_october: "Ministry's October window",
    semester_july: 'Semester-end collection (July)',
    semester_january: 'Semester-end collection (January)',
  },
  periodStates: { upcoming: 'Not open yet', open: 'Open', closed: 'Closed' },
  submissionStatuses: { draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' },
  notifications: {
    submission: {
      opened: {
        title: 'Indicator reporting is open: {{period}}',
        body: '"{{period}}" is open for {{college}}. Please check the figures, add explanations and submit by {{closesOn}}.',
      },
      reminder_7: {
        title: 'Indicator reporting closes in 7 days: {{period}}',
        body: '{{college}} has not submitted "{{period}}" yet. It closes on {{closesOn}} ({{days}} days left).',
      },
      reminder_2: {
        title: 'Indicator reporting closes in 2 days: {{period}}',
        body: '{{college}} has not submitted "{{period}}" yet. It closes on {{closesOn}} ({{days}} days left); please submit soon.',
      },
      submitted: {
        title: 'Indicator report submitted: {{college}}',
        body: '{{college}} has submitted "{{period}}". Please review it.',
      },
      returned: {
        title: 'Indicator report returned: {{period}}',
        body: '"{{period}}" of {{college}} was returned for changes. Reviewer\'s comment: {{comment}}',
      },
      approved: {
        title: 'Indicator report approved: {{period}}',
        body: '"{{period}}" of {{college}} was approved; its figures are locked in a snapshot.',
      },
    },
  },
  errors: {
    submission_locked: 'This report has been approved and is locked; it can no longer change.',
    submission_under_review: 'This report has been submitted for review; OIA must return it before it can change.',
    submission_not_submitted: 'This report has not been submitted, so it cannot be reviewed.',
  },
  validation: {
    rule_required: 'A computed indicator needs a counting rule.',
    activity_kind_required: 'An indicator entered by hand needs an activity kind.',
    indicator_code: 'Use only letters, digits, underscores, dots and hyphens.',
    target_unit: 'Targets are set for the whole university or a college only.',
    covers_to_before_from: 'The last day counted cannot be before the first.',
    closes_before_opens: 'The closing date cannot be before the opening date.',
    quarter_required: 'A college quarterly report needs its quarter.',
    quarter_only_quarterly: 'Only college quarterly reports have a quarter.',
    reference_date_required: "The Ministry's windows need a reference date (3/15 or 10/15).",
  },
};
