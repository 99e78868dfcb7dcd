import type { cohortsZhTW } from './cohorts.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const cohortsEn: DeepStrings<typeof cohortsZhTW> = {
  validation: {
    cohort_duplicate_application:
      'This e-mail address has already applied to this program; one application per person.',
    cohort_duplicate_in_file: 'This e-mail address appears twice in the file (first on row {{row}}).',
    cohort_reason_required: 'Give a reason when turning an application down.',
    cohort_interview_date: 'Enter the interview date.',
    cohort_interview_stage: 'Move the application to the interview stage before scheduling an interview.',
    cohort_interview_after_start: 'The interview must be on or before the program starts ({{date}}).',
    cohort_interview_not_held: 'The interview has not been held yet: record this after the interview date.',
    cohort_session_outside: 'The session must fall within the program’s dates.',
    cohort_mentor: 'Choose a valid mentor.',
    cohort_not_participant: 'This person is not a participant of the program.',
    cohort_note_future: 'The date cannot be after today.',
    cohort_completion_missing: 'Attendance {{pct}}% (needs {{min}}%), required sessions missed: {{missed}}.',
    cohort_certificate_exists: 'A certificate has already been issued to this participant.',
    cohort_import_empty: 'The file holds no applications.',
    cohort_import_headers: 'The first row must name the “Name” and “E-mail” columns.',
  },
  cohortApplicationFields: {
    program: 'Program',
    programUnit: 'Organising unit',
    programStart: 'Program starts',
    stage: 'Stage',
    source: 'Source',
    nationality: 'Nationality',
    score: 'Screening score',
    participant: 'Became a participant',
    attendedHours: 'Hours attended',
    certified: 'Certificate issued',
    appliedOn: 'Applied on',
  },
  reportBuilder: { entities: { cohort_applications: 'Cohort program applications (funnel and outcome)' } },
  notifications: {
    cohorts: {
      stage_interview: {
        title: 'Interview: {{program}}',
        body: 'Thank you for applying to the {{program}}. You are invited to an interview on {{date}}; we will write with the time and place.',
      },
      stage_offered: {
        title: 'Offer of a place: {{program}}',
        body: 'We are pleased to offer you a place in the {{program}}. Please reply to accept or decline.',
      },
      stage_accepted: {
        title: 'Welcome to the {{program}}',
        body: 'Your place in the {{program}} is confirmed. We will send the schedule and arrival information soon.',
      },
      stage_rejected: {
        title: 'Your application: {{program}}',
        body: 'Thank you for applying to the {{program}}. We regret that we cannot offer you a place this time.',
      },
      stage_withdrawn: {
        title: 'Application withdrawn: {{program}}',
        body: 'Your application to the {{program}} has been withdrawn. Write to us if this is a mistake.',
      },
    },
  },
  errors: {
    cohort_stage_not_allowed: 'The application cannot move to that stage from where it is.',
    cohort_not_completed: 'This participant has not completed the program: no certificate can be issued.',
    cohort_certificate_not_issued: 'No certificate has been issued to this participant yet.',
    cohort_code_unknown: 'No certificate has this verification code.',
    cohort_not_open: 'This program is not taking applications.',
  },
  cohorts: {
    stages: {
      submitted: 'Submitted',
      screening: 'Screening',
      interview: 'Interview',
      offered: 'Offered',
      accepted: 'Accepted',
      rejected: 'Not selected',
      withdrawn: 'Withdrawn',
    },
    orgRoles: { government: 'Foreign government', research: 'Research institute', sponsor: 'Sponsor', other: 'Other' },
    sessionKinds: {
      course: 'Course',
      chinese: 'Chinese language',
      cultural: 'Cultural activity',
      company_visit: 'Company visit',
      ceremony: 'Ceremony',
    },
    sources: { form: 'Online form', import: 'Imported', staff: 'Entered by staff' },
    certificate: {
      title: 'Certificate of Completion',
      body: 'This is to certify that {{name}} took part in the {{programEn}} from {{fromEn}} to {{toEn}}, completed the required curriculum and fulfilled the requirements of the program.',
      code: 'Verification code',
      verifyAt: 'Verify online',
    },
  },
};
