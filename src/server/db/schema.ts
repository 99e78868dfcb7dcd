import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AssistantApplicationStage,
  AssistantTaskKind,
  FeedbackAuthor,
  HoursStatus,
  TaskStatus,
} from '#shared/assistants.js';
import type { BuddyRoundStatus, BuddySide, GenderPreference, PairOrigin } from '#shared/buddy.js';
import type { PARTNER_DECISIONS } from '#shared/calls.js';
import type { COHORT_ORG_ROLES, COHORT_SESSION_KINDS, COHORT_SOURCES, CohortStage } from '#shared/cohorts.js';
import type { EventKind, PersonRole, VisitDirection, VisitStatus } from '#shared/engagements.js';
import type {
  EnquiryMessageKind,
  EnquirySource,
  EnquiryStatus,
  EnrolmentStatus,
  TrainingMode,
} from '#shared/enquiries.js';
import type {
  AgreementKind,
  AuditAction,
  Direction,
  DURATION_UNITS,
  ImportKind,
  ImportStatus,
  PartnerStatus,
  PartnerType,
  MOBILITY_KINDS as PLACE_MOBILITY_KINDS,
  StoredAgreementStatus,
  StudyLevel,
} from '#shared/enums.js';
import type {
  ApplicationStatus,
  CALL_TERMS,
  CallStatus,
  CHECKLIST_STATUSES,
  ChecklistKind,
  DegreeLevel,
  FundingKind,
  Gender,
  InboundCategory,
  LEARNING_AGREEMENT_STATUSES,
  MobilityKind,
  PersonKind,
  ProgramType,
  STUDY_TIMES,
} from '#shared/mobility.js';
import type { ConsentMethod, RetentionKind } from '#shared/privacy.js';
import type { LeadChannel, LeadLevel, NominationStatus, NominationTerm, TripKind } from '#shared/recruitment.js';
import type {
  ActivityKind,
  COMMISSIONING,
  ComputedRule,
  IndicatorMethod,
  IndicatorUnit,
  PeriodKind,
  REPORT_BUILD_STATUSES,
  REPORT_FORMATS,
  ReportEntity,
  SproutChapter,
  SubmissionStatus,
} from '#shared/reporting.js';
import type { ResourceAudience, ResourceKind, ResourceLanguages } from '#shared/resources.js';
import type { Locale, Role, UnitKind } from '#shared/roles.js';
import type { PII_ACTIONS } from '#shared/schemas/people.js';
import type { SsoProtocol } from '#shared/sso.js';

/** A column holding one value of a shared vocabulary (the `as const` lists in src/shared). */
type OneOf<T extends readonly unknown[]> = T[number];

/**
 * The database as Kysely sees it. Timestamps are ISO-8601 UTC text and flags are 0/1 integers in
 * both dialects, so rows read the same on SQLite and PostgreSQL (docs/decisions/0003-portable-schema.md).
 */
export interface Database {
  units: UnitsTable;
  academic_terms: AcademicTermsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  account_tokens: AccountTokensTable;
  reset_requests: ResetRequestsTable;
  audit_log: AuditLogTable;
  country_regions: CountryRegionsTable;
  enrolment_events: EnrolmentEventsTable;
  ministry_filings: MinistryFilingsTable;
  partners: PartnersTable;
  partner_contacts: PartnerContactsTable;
  agreements: AgreementsTable;
  agreement_partners: AgreementPartnersTable;
  agreement_people: AgreementPeopleTable;
  stored_files: StoredFilesTable;
  university_profile: UniversityProfileTable;
  identity_providers: IdentityProvidersTable;
  user_identities: UserIdentitiesTable;
  sso_logins: SsoLoginsTable;
  sso_sessions: SsoSessionsTable;
  sign_in_settings: SignInSettingsTable;
  agreement_files: AgreementFilesTable;
  engagement_photos: EngagementPhotosTable;
  exchange_places: ExchangePlacesTable;
  place_usages: PlaceUsagesTable;
  partner_factsheets: PartnerFactsheetsTable;
  notifications: NotificationsTable;
  mail_outbox: MailOutboxTable;
  notification_preferences: NotificationPreferencesTable;
  reminder_log: ReminderLogTable;
  job_runs: JobRunsTable;
  import_batches: ImportBatchesTable;
  people: PeopleTable;
  pii_access_log: PiiAccessLogTable;
  mobilities: MobilitiesTable;
  learning_agreement_courses: LearningAgreementCoursesTable;
  calls: CallsTable;
  call_offers: CallOffersTable;
  applications: ApplicationsTable;
  application_preferences: ApplicationPreferencesTable;
  application_documents: ApplicationDocumentsTable;
  application_scores: ApplicationScoresTable;
  mobility_documents: MobilityDocumentsTable;
  funding_programs: FundingProgramsTable;
  funding_years: FundingYearsTable;
  mobility_funding: MobilityFundingTable;
  report_settings: ReportSettingsTable;
  indicators: IndicatorsTable;
  indicator_versions: IndicatorVersionsTable;
  indicator_targets: IndicatorTargetsTable;
  reporting_periods: ReportingPeriodsTable;
  submissions: SubmissionsTable;
  submission_notes: SubmissionNotesTable;
  activities: ActivitiesTable;
  saved_reports: SavedReportsTable;
  report_builds: ReportBuildsTable;
  privacy_notices: PrivacyNoticesTable;
  consents: ConsentsTable;
  retention_policies: RetentionPoliciesTable;
  retention_runs: RetentionRunsTable;
  enquiry_categories: EnquiryCategoriesTable;
  enquiries: EnquiriesTable;
  enquiry_messages: EnquiryMessagesTable;
  enquiry_saved_replies: EnquirySavedRepliesTable;
  faq_entries: FaqEntriesTable;
  training_courses: TrainingCoursesTable;
  training_sessions: TrainingSessionsTable;
  training_enrolments: TrainingEnrolmentsTable;
  events: EventsTable;
  event_registrations: EventRegistrationsTable;
  visits: VisitsTable;
  visit_partners: VisitPartnersTable;
  engagement_people: EngagementPeopleTable;
  visit_gifts: VisitGiftsTable;
  followups: FollowupsTable;
  calendar_feeds: CalendarFeedsTable;
  cohort_programs: CohortProgramsTable;
  cohort_organisations: CohortOrganisationsTable;
  cohort_sessions: CohortSessionsTable;
  cohort_applications: CohortApplicationsTable;
  cohort_participants: CohortParticipantsTable;
  cohort_attendance: CohortAttendanceTable;
  cohort_counselling: CohortCounsellingTable;
  cohort_certificates: CohortCertificatesTable;
  assistant_rounds: AssistantRoundsTable;
  assistant_applications: AssistantApplicationsTable;
  assistants: AssistantsTable;
  assistant_tasks: AssistantTasksTable;
  assistant_hours: AssistantHoursTable;
  assistant_feedback: AssistantFeedbackTable;
  buddy_rounds: BuddyRoundsTable;
  buddy_profiles: BuddyProfilesTable;
  buddy_pairs: BuddyPairsTable;
  buddy_meetings: BuddyMeetingsTable;
  buddy_feedback: BuddyFeedbackTable;
  portal_news: PortalNewsTable;
  portal_partner_profiles: PortalPartnerProfilesTable;
  portal_testimonials: PortalTestimonialsTable;
  resource_categories: ResourceCategoriesTable;
  resource_items: ResourceItemsTable;
  resource_versions: ResourceVersionsTable;
  ewp_partner_copies: EwpPartnerCopiesTable;
  ewp_kept_differences: EwpKeptDifferencesTable;
  ewp_approvals: EwpApprovalsTable;
  own_factsheet: OwnFactsheetTable;
  api_tokens: ApiTokensTable;
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  admission_rounds: AdmissionRoundsTable;
  admission_programs: AdmissionProgramsTable;
  admission_reviewers: AdmissionReviewersTable;
  applicant_accounts: ApplicantAccountsTable;
  applicant_sessions: ApplicantSessionsTable;
  admission_applications: AdmissionApplicationsTable;
  admission_documents: AdmissionDocumentsTable;
  admission_scores: AdmissionScoresTable;
  mobility_facts: MobilityFactsTable;
  recruitment_trips: RecruitmentTripsTable;
  recruitment_leads: RecruitmentLeadsTable;
  recruitment_templates: RecruitmentTemplatesTable;
  recruitment_followups: RecruitmentFollowupsTable;
  nomination_windows: NominationWindowsTable;
  nomination_links: NominationLinksTable;
  nominations: NominationsTable;
}

/** A semester's dates for one academic year, overriding the defaults (migration 014). */
export interface AcademicTermsTable {
  id: Generated<number>;
  academic_year: number;
  semester: number;
  first_day: string;
  last_day: string;
  teaching_start: string | null;
  teaching_end: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  kind: UnitKind;
  parent_id: number | null;
  /** The Ministry's department code (系所代碼). */
  moe_code: string | null;
  /** JSON array of PROGRAM_TYPES (學制班別) the unit offers. */
  program_types: Generated<string>;
  active: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string;
  name_zh: string | null;
  name_en: string | null;
  locale: Locale;
  active: number;
  version: Generated<number>;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  id: Generated<number>;
  user_id: number;
  role: Role;
  unit_id: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a leaked table does not hand out live sessions. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginThrottleTable {
  /** Lower-cased e-mail, whether or not a user has it, so the answer is the same for both. */
  email: string;
  failures: number;
  locked_until: string | null;
  updated_at: string;
}

/** A one-time link that sets a password: an invitation or a reset (011). */
export interface AccountTokensTable {
  id: Generated<number>;
  user_id: number;
  purpose: 'invite' | 'reset';
  /** sha256 of the token the link carries. */
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_by: number | null;
  created_at: string;
}

/** One "forgot password" request, whether or not the e-mail has an account (rate limits). */
export interface ResetRequestsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  action: AuditAction;
  entity_type: string;
  entity_id: number | null;
  summary: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
  /** The record a part belongs to (an exchange place → its agreement), so the record's history shows it. */
  parent_type: string | null;
  parent_id: number | null;
  /** A structured summary (ADR 0030): a catalog key under `auditSummaries`, rendered in the reader's language. */
  summary_key: string | null;
  /** Its parameters as JSON: plain values, `{ "t": "<catalog key>" }` for an enum value, `{ "ay": 2027 }` for a year. */
  summary_params: string | null;
}

export interface CountryRegionsTable {
  country: string;
  region: string;
  source: string | null;
  /** The Ministry's name of the country or area (香港, 澳門, 中國大陸), its code and their source (migration 018). */
  name_zh: Generated<string | null>;
  name_en: Generated<string | null>;
  moe_code: Generated<string | null>;
  name_source: Generated<string | null>;
  version: Generated<number>;
  updated_at: string;
}

/** An enrolled student's dated enrolment history (migration 018, docs/decisions/0021). */
export interface EnrolmentEventsTable {
  id: Generated<number>;
  mobility_id: number;
  event: string;
  /** the status the event leads to */
  status: string;
  effective_on: string;
  note: string | null;
  created_by: number | null;
  created_at: string;
}

/** A period filed with its pre-filing check's list acknowledged (migration 018). */
export interface MinistryFilingsTable {
  id: Generated<number>;
  period_id: number;
  /** JSON: the acknowledged problems */
  problems: string;
  problem_count: number;
  fingerprint: string;
  note: string | null;
  filed_by: number;
  filed_at: string;
}

export interface PartnersTable {
  id: Generated<number>;
  code: string | null;
  name_en: string;
  name_zh: string | null;
  /** Search keys of the names, aliases, code and city (src/shared/search-key.ts), joined by "|". */
  search_text: string;
  /** Other names it goes by, former names included: JSON array of strings. */
  aliases: string | null;
  country: string;
  city: string | null;
  city_zh: string | null;
  website: string | null;
  /** SCHAC code (its domain), the hei-id in EWP files; unique when set (migration 026). */
  schac: string | null;
  type: PartnerType;
  status: PartnerStatus;
  owning_unit_id: number | null;
  notes: string | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PartnerContactsTable {
  id: Generated<number>;
  partner_id: number;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  sort_order: number;
}

export interface AgreementsTable {
  id: Generated<number>;
  code: string | null;
  partner_code: string | null;
  kind: AgreementKind;
  title_zh: string | null;
  title_en: string;
  /** Lower-cased titles, codes and partner names, for search in either language. */
  search_text: string;
  /** A stored status (STORED_AGREEMENT_STATUSES); expiring/expired are derived from the dates. */
  status: StoredAgreementStatus;
  owning_unit_id: number | null;
  start_date: string | null;
  end_date: string | null;
  open_ended: number;
  auto_renew: number;
  renewal_terms: string | null;
  notice_months: number | null;
  /** end_date minus the notice period (6 months when none): the first day the agreement is "expiring". */
  notice_date: string | null;
  renewal_of_id: number | null;
  generation: number;
  terminated_on: string | null;
  termination_reason: string | null;
  notes: string | null;
  status_changed_at: string | null;
  status_changed_by: number | null;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementPartnersTable {
  agreement_id: number;
  partner_id: number;
  faculty_en: string | null;
  faculty_zh: string | null;
  sort_order: number;
}

export interface AgreementPeopleTable {
  id: Generated<number>;
  agreement_id: number;
  role: 'signatory' | 'contact';
  side: 'ours' | 'partner';
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  signed_on: string | null;
  sort_order: number;
}

export interface StoredFilesTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  content_type: string;
  data: Buffer;
  created_at: string;
}

export interface AgreementFilesTable {
  id: Generated<number>;
  agreement_id: number;
  file_id: number;
  kind: 'signed' | 'draft' | 'other';
  file_name: string;
  uploaded_by: number | null;
  uploaded_at: string;
  removed_at: string | null;
}

/** A photo of an event or a visit (migration 043): its bytes in stored_files. */
export interface EngagementPhotosTable {
  id: Generated<number>;
  owner_kind: string;
  owner_id: number;
  file_id: number;
  file_name: string;
  content_type: string;
  is_news: Generated<number>;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface ExchangePlacesTable {
  id: Generated<number>;
  agreement_id: number;
  academic_year: number;
  direction: Direction;
  level: StudyLevel;
  mobility_kind: OneOf<typeof PLACE_MOBILITY_KINDS>;
  places: number;
  duration: number | null;
  duration_unit: OneOf<typeof DURATION_UNITS>;
  languages_json: string;
  isced_json: string;
  notes: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PlaceUsagesTable {
  id: Generated<number>;
  place_id: number;
  count: number;
  label: string | null;
  /** 'manual' now; 'mobility' once the mobility module records who used the place. */
  source_type: string;
  source_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface PartnerFactsheetsTable {
  partner_id: number;
  deadlines_json: string;
  instruction_languages: string | null;
  requirements_zh: string | null;
  requirements_en: string | null;
  housing_zh: string | null;
  housing_en: string | null;
  visa_zh: string | null;
  visa_en: string | null;
  insurance_zh: string | null;
  insurance_en: string | null;
  notes_zh: string | null;
  notes_en: string | null;
  links_json: string;
  version: Generated<number>;
  updated_at: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  entity_type: string | null;
  entity_id: number | null;
  params_json: string;
  dedupe_key: string;
  read_at: string | null;
  created_at: string;
  /** 'pending' while its mail waits for the daily digest, then the digest's date; null otherwise. */
  mail_digest: string | null;
}

export interface NotificationPreferencesTable {
  user_id: number;
  topic: string;
  mode: 'digest' | 'each' | 'none';
  updated_at: string;
}

export interface MailOutboxTable {
  id: Generated<number>;
  to_address: string;
  locale: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  dedupe_key: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  locked_until: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface ReminderLogTable {
  id: Generated<number>;
  entity_type: string;
  entity_id: number;
  kind: string;
  reference: string;
  created_at: string;
}

export interface JobRunsTable {
  name: string;
  last_run_on: string | null;
  locked_by: string | null;
  locked_until: string | null;
  updated_at: string;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  kind: ImportKind;
  file_name: string;
  sha256: string;
  status: ImportStatus;
  total_rows: number;
  processed_rows: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  report_json: string | null;
  created_by: number | null;
  created_at: string;
  finished_at: string | null;
}

export interface PeopleTable {
  id: Generated<number>;
  kind: PersonKind;
  user_id: number | null;
  name_zh: string | null;
  name_en: string | null;
  student_no: string | null;
  staff_no: string | null;
  unit_id: number | null;
  degree_level: DegreeLevel | null;
  program_type: ProgramType | null;
  study_time: OneOf<typeof STUDY_TIMES> | null;
  nationality: string | null;
  gender: Gender | null;
  birth_date: string | null;
  email: string | null;
  phone: string | null;
  gpa: number | null;
  passport_no_enc: string | null;
  passport_no_hint: string | null;
  passport_expiry: string | null;
  arc_no_enc: string | null;
  arc_no_hint: string | null;
  arc_expiry: string | null;
  work_permit_expiry: string | null;
  notes: string | null;
  search_text: string;
  version: Generated<number>;
  archived_at: string | null;
  /** Set when the retention job anonymised the row (migration 017). */
  anonymised_at: Generated<string | null>;
  created_at: string;
  updated_at: string;
}

export interface PiiAccessLogTable {
  id: Generated<number>;
  user_id: number;
  person_id: number | null;
  field: string;
  action: OneOf<typeof PII_ACTIONS>;
  detail: string | null;
  ip: string | null;
  created_at: string;
}

export interface MobilitiesTable {
  id: Generated<number>;
  person_id: number;
  direction: Direction;
  kind: MobilityKind;
  person_category: PersonKind;
  moe_category: InboundCategory | null;
  dual_degree: Generated<number>;
  /** One of MOBILITY_STATUSES; which ones a record may take depends on its flow (mobility-lifecycle.ts). */
  status: string;
  partner_id: number | null;
  agreement_id: number | null;
  place_id: number | null;
  application_id: number | null;
  host_name_zh: string | null;
  host_name_en: string | null;
  country: string | null;
  city: string | null;
  start_date: string | null;
  end_date: string | null;
  departed_on: string | null;
  returned_on: string | null;
  closed_on: string | null;
  credit_bearing: Generated<number>;
  credits: number | null;
  unit_id: number | null;
  degree_level: DegreeLevel | null;
  program_type: ProgramType | null;
  study_time: OneOf<typeof STUDY_TIMES> | null;
  gender: Gender | null;
  at_least_semester: Generated<number>;
  purpose: string | null;
  outputs: string | null;
  notes: string | null;
  la_status: OneOf<typeof LEARNING_AGREEMENT_STATUSES> | null;
  la_approved_by: number | null;
  la_approved_at: string | null;
  /** The comment of the last rejection of the learning agreement; cleared when it is submitted again. */
  la_rejection_reason: string | null;
  /** The date (YYYY-MM-DD) of the last status action or enrolment status change. */
  status_changed_on: string | null;
  /** Why a Ministry category that disagrees with the person's nationality stands (migration 018). */
  category_override_reason: string | null;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface LearningAgreementCoursesTable {
  id: Generated<number>;
  mobility_id: number;
  abroad_code: string | null;
  abroad_title: string;
  abroad_credits: number;
  home_code: string | null;
  home_title: string | null;
  home_credits: number | null;
  grade: string | null;
  recognized_credits: number | null;
  sort_order: Generated<number>;
}

export interface CallsTable {
  id: Generated<number>;
  title_zh: string | null;
  title_en: string;
  academic_year: number;
  term: OneOf<typeof CALL_TERMS>;
  description_zh: string | null;
  description_en: string | null;
  opens_at: string;
  deadline: string;
  max_preferences: Generated<number>;
  eligibility_json: Generated<string>;
  documents_json: Generated<string>;
  criteria_json: Generated<string>;
  status: CallStatus;
  allocated_at: string | null;
  published_at: string | null;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CallOffersTable {
  id: Generated<number>;
  call_id: number;
  place_id: number;
  partner_id: number;
  places: number;
  sort_order: Generated<number>;
}

export interface ApplicationsTable {
  id: Generated<number>;
  call_id: number;
  person_id: number;
  status: ApplicationStatus;
  form_json: Generated<string>;
  gpa: number | null;
  language_cert: string | null;
  submitted_at: string | null;
  total_score: number | null;
  rank: number | null;
  allocated_offer_id: number | null;
  waitlist_position: number | null;
  adjustment_reason: string | null;
  partner_decision: OneOf<typeof PARTNER_DECISIONS> | null;
  /** JSON array of reasons (migration 007; older rows keep them in form_json.ineligibleReasons). */
  ineligible_reasons: string | null;
  mobility_id: number | null;
  /** Set when the retention job anonymised the row (migration 017). */
  anonymised_at: Generated<string | null>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ApplicationPreferencesTable {
  application_id: number;
  rank: number;
  offer_id: number;
}

export interface ApplicationDocumentsTable {
  id: Generated<number>;
  application_id: number;
  doc_code: string;
  file_id: number;
  file_name: string;
  uploaded_by: number | null;
  uploaded_at: string;
  removed_at: string | null;
}

export interface ApplicationScoresTable {
  application_id: number;
  reviewer_id: number;
  criterion: string;
  score: number;
  comment: string | null;
  updated_at: string;
}

export interface MobilityDocumentsTable {
  id: Generated<number>;
  mobility_id: number;
  kind: ChecklistKind;
  owning_unit_id: number;
  status: OneOf<typeof CHECKLIST_STATUSES>;
  rejection_reason: string | null;
  expires_on: string | null;
  file_id: number | null;
  file_name: string | null;
  uploaded_by: number | null;
  uploaded_at: string | null;
  notes: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  /** Set when the retention job anonymised the row (migration 017). */
  anonymised_at: Generated<string | null>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface FundingProgramsTable {
  id: Generated<number>;
  code: string;
  kind: FundingKind;
  name_zh: string | null;
  name_en: string;
  sponsor_zh: string | null;
  sponsor_en: string | null;
  matching_min_pct: number | null;
  monthly_stipend: number | null;
  rules_zh: string | null;
  rules_en: string | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundingYearsTable {
  id: Generated<number>;
  program_id: number;
  year: number;
  granted_amount: Generated<number>;
  matching_amount: Generated<number>;
  notes: string | null;
  version: Generated<number>;
  updated_at: string;
}

export interface MobilityFundingTable {
  id: Generated<number>;
  mobility_id: number;
  funding_year_id: number;
  amount: number;
  spent_amount: Generated<number>;
  notes: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export type PartnerRow = Selectable<PartnersTable>;
export type NewPartnerRow = Insertable<PartnersTable>;
export type PartnerRowUpdate = Updateable<PartnersTable>;
export type UserRow = Selectable<UsersTable>;
export type UnitRow = Selectable<UnitsTable>;

export interface ReportSettingsTable {
  key: string;
  /** JSON */
  value: string;
  source_zh: string | null;
  source_en: string | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}

export interface IndicatorsTable {
  id: Generated<number>;
  code: string;
  current_version_id: number | null;
  sort_order: Generated<number>;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorVersionsTable {
  id: Generated<number>;
  indicator_id: number;
  version_no: number;
  name_zh: string;
  name_en: string;
  definition_zh: string | null;
  definition_en: string | null;
  unit: IndicatorUnit;
  strategy: number;
  chapter: SproutChapter | null;
  method: IndicatorMethod;
  rule: ComputedRule | null;
  activity_kind: ActivityKind | null;
  source_zh: string | null;
  source_en: string | null;
  created_by: number | null;
  created_at: string;
}

export interface IndicatorTargetsTable {
  id: Generated<number>;
  indicator_id: number;
  unit_id: number;
  year: number;
  /** 0 = the whole year */
  quarter: Generated<number>;
  target: number;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}

export interface ReportingPeriodsTable {
  id: Generated<number>;
  kind: PeriodKind;
  year: number;
  quarter: number | null;
  name_zh: string;
  name_en: string;
  covers_from: string;
  covers_to: string;
  reference_date: string | null;
  opens_on: string;
  closes_on: string;
  version: Generated<number>;
  created_by: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SubmissionsTable {
  id: Generated<number>;
  period_id: number;
  unit_id: number;
  status: SubmissionStatus;
  submitted_by: number | null;
  submitted_at: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
  /** JSON snapshot of an approved submission */
  snapshot: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SubmissionNotesTable {
  id: Generated<number>;
  submission_id: number;
  indicator_id: number;
  explanation: string;
  updated_by: number | null;
  updated_at: string;
}

export interface ActivitiesTable {
  id: Generated<number>;
  unit_id: number;
  kind: ActivityKind;
  title_zh: string | null;
  title_en: string | null;
  counterpart_zh: string | null;
  counterpart_en: string | null;
  person_name: string | null;
  person_id: number | null;
  partner_id: number | null;
  country: string | null;
  city: string | null;
  start_date: string;
  end_date: string | null;
  participants: number | null;
  foreign_participants: number | null;
  credits: number | null;
  amount_government: number | null;
  amount_industry: number | null;
  amount_other: number | null;
  amount_university: number | null;
  commissioning: OneOf<typeof COMMISSIONING> | null;
  notes: string | null;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SavedReportsTable {
  id: Generated<number>;
  owner_id: number;
  name: string;
  entity: ReportEntity;
  /** JSON */
  definition: string;
  shared: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ReportBuildsTable {
  id: Generated<number>;
  kind: string;
  format: OneOf<typeof REPORT_FORMATS>;
  period_id: number | null;
  locale: string;
  status: OneOf<typeof REPORT_BUILD_STATUSES>;
  progress: Generated<number>;
  step: string | null;
  file_id: number | null;
  file_name: string | null;
  error: string | null;
  requested_by: number;
  created_at: string;
  finished_at: string | null;
}

/** The university's own details: one row, id 1 (migration 013). */
export interface UniversityProfileTable {
  id: number;
  name_zh: string;
  name_en: string;
  address_zh: string;
  address_en: string;
  phone: string;
  email: string;
  website: string;
  logo_file_id: number | null;
  version: Generated<number>;
  updated_at: string;
  updated_by: number | null;
}

/** The privacy notice, one row per version (migration 017); a new version is a new row. */
export interface PrivacyNoticesTable {
  id: Generated<number>;
  version: number;
  effective_on: string;
  purpose_zh: string;
  purpose_en: string;
  text_zh: string;
  text_en: string;
  created_by: number | null;
  created_at: string;
}

/** What a person was told (the notice) and agreed to, and when they withdrew (migration 017). */
export interface ConsentsTable {
  id: Generated<number>;
  person_id: number;
  notice_id: number;
  purpose: string;
  agreed_on: string;
  method: ConsentMethod;
  recorded_by: number | null;
  withdrawn_on: string | null;
  withdrawn_by: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The retention period of one record kind (migration 017). */
export interface RetentionPoliciesTable {
  kind: RetentionKind;
  years: number;
  enabled: Generated<number>;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}

/** One run of the retention job, dry or real, with what it found or did (JSON, migration 017). */
export interface RetentionRunsTable {
  id: Generated<number>;
  dry_run: number;
  run_on: string;
  actor_id: number | null;
  result_json: string;
  created_at: string;
}

/** An identity provider an administrator keeps (migration 015); its settings are JSON, its secret encrypted. */
export interface IdentityProvidersTable {
  id: Generated<number>;
  slug: string;
  protocol: SsoProtocol;
  name_zh: string;
  name_en: string;
  active: number;
  config_json: string;
  secret_enc: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  updated_by: number | null;
}

/** An account's identity at a provider: the provider's subject (OIDC `sub`, SAML NameID). */
export interface UserIdentitiesTable {
  id: Generated<number>;
  user_id: number;
  provider_slug: string;
  subject: string;
  linked_at: string;
  last_used_at: string;
}

/** A sign-in under way: the sha256 of its state, used once, minutes long. */
export interface SsoLoginsTable {
  id: string;
  provider_slug: string;
  nonce: string | null;
  code_verifier: string | null;
  request_id: string | null;
  return_path: string;
  created_at: string;
  expires_at: string;
}

/** The provider a session came from and its ID token (the hint of an OpenID Connect logout). */
export interface SsoSessionsTable {
  session_id: string;
  provider_slug: string;
  id_token: string | null;
}

/** Whether students and staff may still sign in with a local password: one row, id 1. */
export interface SignInSettingsTable {
  id: number;
  student_passwords: number;
  staff_passwords: number;
  version: Generated<number>;
  updated_at: string;
  updated_by: number | null;
}

/** An enquiry category: the division it routes to and its service levels in working days (migration 024). */
export interface EnquiryCategoriesTable {
  code: string;
  name_zh: string;
  name_en: string;
  unit_id: number | null;
  first_response_days: number;
  resolution_days: number;
  sort_order: Generated<number>;
  active: Generated<number>;
  updated_at: string;
}

/** A question to the office; name and e-mail are the enquirer's personal data (migration 024). */
export interface EnquiriesTable {
  id: Generated<number>;
  reference: string | null;
  category_code: string;
  unit_id: number | null;
  status: EnquiryStatus;
  source: EnquirySource;
  /** The mail's Message-ID when the enquiry came in by IMAP (036): fetched twice, stored once. */
  message_id: string | null;
  locale: string;
  name: string;
  email: string;
  subject: string;
  body: string;
  assignee_id: number | null;
  received_at: string;
  first_response_due: string;
  resolution_due: string;
  first_response_at: string | null;
  resolved_at: string | null;
  rating_token_hash: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An internal note or a reply mailed to the enquirer (migration 024). */
export interface EnquiryMessagesTable {
  id: Generated<number>;
  enquiry_id: number;
  kind: EnquiryMessageKind;
  body: string;
  author_id: number | null;
  created_at: string;
}

export interface EnquirySavedRepliesTable {
  id: Generated<number>;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  category_code: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A bilingual FAQ entry, often promoted from an answered enquiry; public once published (migration 024). */
export interface FaqEntriesTable {
  id: Generated<number>;
  category_code: string;
  enquiry_id: number | null;
  question_zh: string;
  question_en: string;
  answer_zh: string;
  answer_en: string;
  published: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TrainingCoursesTable {
  id: Generated<number>;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  mode: TrainingMode;
  hours: number;
  unit_id: number | null;
  archived_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface TrainingSessionsTable {
  id: Generated<number>;
  course_id: number;
  starts_on: string;
  start_time: string | null;
  location: string;
  capacity: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** One person in one session; hours are credited when attendance is recorded (migration 024). */
export interface TrainingEnrolmentsTable {
  id: Generated<number>;
  session_id: number;
  user_id: number;
  status: EnrolmentStatus;
  hours: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** An event or conference (migration 022); programme and checklist are JSON kept with the row. */
export interface EventsTable {
  id: Generated<number>;
  kind: EventKind;
  unit_id: number;
  title_zh: string | null;
  title_en: string | null;
  start_date: string;
  end_date: string;
  venue: string | null;
  language: string | null;
  budget: number | null;
  is_public: number;
  participants: number | null;
  foreign_participants: number | null;
  programme_json: Generated<string>;
  checklist_json: Generated<string>;
  photos_url: string | null;
  news_zh: string | null;
  news_en: string | null;
  /** The college exchange record an international conference is counted as (one entry, ADR 0025). */
  activity_id: number | null;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventRegistrationsTable {
  id: Generated<number>;
  event_id: number;
  name: string;
  email: string;
  affiliation: string | null;
  source: 'internal' | 'public';
  created_at: string;
}

/** A visit received (inbound) or a delegation sent abroad (outbound). */
export interface VisitsTable {
  id: Generated<number>;
  direction: VisitDirection;
  unit_id: number;
  title_zh: string | null;
  title_en: string | null;
  purpose: string | null;
  start_date: string;
  end_date: string;
  size: number | null;
  status: VisitStatus;
  topics: string | null;
  budget: number | null;
  funding_source: string | null;
  itinerary_json: Generated<string>;
  checklist_json: Generated<string>;
  created_by: number | null;
  version: Generated<number>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface VisitPartnersTable {
  visit_id: number;
  partner_id: number;
  sort_order: Generated<number>;
}

/** A person on an event or a visit, either side (speakers, staff on duty, members, counterparts…). */
export interface EngagementPeopleTable {
  id: Generated<number>;
  owner_kind: 'event' | 'visit';
  owner_id: number;
  side: 'ours' | 'theirs';
  role: PersonRole;
  name: string;
  title: string | null;
  partner_id: number | null;
  person_id: number | null;
  user_id: number | null;
  sort_order: Generated<number>;
}

export interface VisitGiftsTable {
  id: Generated<number>;
  visit_id: number;
  partner_id: number | null;
  recipient: string;
  gift: string;
  given_on: string;
  created_by: number | null;
  created_at: string;
}

/** A follow-up of an event or a visit: a task with an assignee and a due date, linked to a partner. */
export interface FollowupsTable {
  id: Generated<number>;
  owner_kind: 'event' | 'visit';
  owner_id: number;
  partner_id: number | null;
  kind: string;
  title: string;
  assignee_id: number;
  due_on: string;
  done_at: string | null;
  created_by: number | null;
  created_at: string;
}

/** A user's private calendar feed: only the sha256 of the secret in its address is kept. */
export interface CalendarFeedsTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface CohortProgramsTable {
  id: Generated<number>;
  unit_id: number;
  name_zh: string;
  name_en: string;
  start_date: string;
  end_date: string;
  places: number;
  applications_open: Generated<number>;
  /** The completion rule's minimum attendance, in per cent. */
  min_attendance: Generated<number>;
  description_zh: string | null;
  description_en: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface CohortOrganisationsTable {
  id: Generated<number>;
  program_id: number;
  role: OneOf<typeof COHORT_ORG_ROLES>;
  partner_id: number | null;
  name_zh: string;
  name_en: string;
  funding_ntd: number | null;
}

export interface CohortSessionsTable {
  id: Generated<number>;
  program_id: number;
  kind: OneOf<typeof COHORT_SESSION_KINDS>;
  title_zh: string;
  title_en: string;
  held_on: string;
  hours: number;
  required: number;
  /** Migration 042: sessions are edited with their version. */
  version: Generated<number>;
}

export interface CohortApplicationsTable {
  id: Generated<number>;
  program_id: number;
  name: string;
  email: string;
  email_key: string;
  nationality: string | null;
  institution: string | null;
  field_of_study: string | null;
  motivation: string | null;
  source: OneOf<typeof COHORT_SOURCES>;
  stage: CohortStage;
  score: number | null;
  reason: string | null;
  interview_on: string | null;
  /** Migration 042: the interview's time (HH:MM, Taipei), place or link, panel, score and result. */
  interview_time: string | null;
  interview_place: string | null;
  interview_panel: string | null;
  interview_score: number | null;
  interview_result: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CohortParticipantsTable {
  id: Generated<number>;
  program_id: number;
  application_id: number;
  name: string;
  mentor_id: number | null;
  withdrawn_on: string | null;
  version: Generated<number>;
  created_at: string;
}

export interface CohortAttendanceTable {
  session_id: number;
  participant_id: number;
  present: number;
}

export interface CohortCounsellingTable {
  id: Generated<number>;
  participant_id: number;
  author_id: number;
  met_on: string;
  note: string;
  created_at: string;
}

export interface CohortCertificatesTable {
  id: Generated<number>;
  participant_id: number;
  code: string;
  issued_on: string;
  issued_by: number | null;
}

/** The columns every versioned record has (optimistic concurrency and timestamps). */
type Versioned = { version: Generated<number>; created_at: string; updated_at: string };

export interface AssistantRoundsTable extends Versioned {
  id: Generated<number>;
  academic_year: number;
  semester: number;
  title_zh: string;
  title_en: string;
  college_ids_json: string;
  opens_on: string;
  closes_on: string;
  places: number;
  created_by: number | null;
}

export interface AssistantApplicationsTable extends Versioned {
  id: Generated<number>;
  round_id: number;
  person_id: number;
  stage: AssistantApplicationStage;
  motivation: string | null;
  skills_json: string;
  languages_json: string;
  interview_on: string | null;
  interview_score: number | null;
  decision_reason: string | null;
  assistant_id: number | null;
}

export interface AssistantsTable extends Versioned {
  id: Generated<number>;
  person_id: number;
  unit_id: number | null;
  round_id: number | null;
  academic_year: number;
  semester: number;
  skills_json: string;
  languages_json: string;
  started_on: string;
  ended_on: string | null;
}

export interface AssistantTasksTable extends Versioned {
  id: Generated<number>;
  assistant_id: number;
  kind: AssistantTaskKind;
  title_zh: string | null;
  title_en: string | null;
  due_on: string;
  status: TaskStatus;
  notes: string | null;
  assigned_by: number | null;
}

export interface AssistantHoursTable extends Versioned {
  id: Generated<number>;
  assistant_id: number;
  task_id: number | null;
  worked_on: string;
  minutes: number;
  description: string;
  status: HoursStatus;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_note: string | null;
}

export interface AssistantFeedbackTable extends Versioned {
  id: Generated<number>;
  assistant_id: number;
  author: FeedbackAuthor;
  author_id: number | null;
  rating: number | null;
  text: string;
}

export interface BuddyRoundsTable extends Versioned {
  id: Generated<number>;
  academic_year: number;
  semester: number;
  title_zh: string;
  title_en: string;
  status: BuddyRoundStatus;
  published_at: string | null;
  /** Migration 042: the matching weights set for this round (JSON of BuddyWeights); null → the defaults. */
  weights_json: string | null;
}

export interface BuddyProfilesTable extends Versioned {
  id: Generated<number>;
  round_id: number;
  person_id: number;
  side: BuddySide;
  mobility_id: number | null;
  languages_json: string;
  interests_json: string;
  gender_preference: GenderPreference;
  unit_id: number | null;
  arrival_on: string | null;
  capacity: number;
}

export interface BuddyPairsTable extends Versioned {
  id: Generated<number>;
  round_id: number;
  international_id: number;
  local_id: number;
  score: number | null;
  origin: PairOrigin;
  notified_at: string | null;
  first_contact_on: string | null;
}

export interface BuddyMeetingsTable {
  id: Generated<number>;
  pair_id: number;
  met_on: string;
  minutes: number | null;
  note: string | null;
  logged_by: number | null;
  created_at: string;
}

export interface BuddyFeedbackTable {
  id: Generated<number>;
  pair_id: number;
  side: BuddySide;
  rating: number;
  text: string | null;
  author_id: number | null;
  created_at: string;
}

export interface PortalNewsTable {
  id: Generated<number>;
  title_zh: string | null;
  title_en: string | null;
  body_zh: string | null;
  body_en: string | null;
  photo_file_id: number | null;
  photo_alt_zh: string | null;
  photo_alt_en: string | null;
  published: number;
  published_on: string | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PortalPartnerProfilesTable {
  partner_id: number;
  published: number;
  summary_zh: string | null;
  summary_en: string | null;
  term_dates_zh: string | null;
  term_dates_en: string | null;
  catalogue_url: string | null;
  /** The partner's exchange office and its shared mailbox — never a person's. */
  contact_office: string | null;
  contact_email: string | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}

export interface PortalTestimonialsTable {
  id: Generated<number>;
  partner_id: number;
  first_name: string | null;
  program: string | null;
  academic_year: number | null;
  text_zh: string | null;
  text_en: string | null;
  consented: number;
  approved: number;
  approved_by: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ResourceCategoriesTable {
  id: Generated<number>;
  code: string;
  name_zh: string;
  name_en: string;
  sort_order: number;
  archived_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ResourceItemsTable {
  id: Generated<number>;
  category_id: number;
  kind: ResourceKind;
  title_zh: string | null;
  title_en: string | null;
  description_zh: string | null;
  description_en: string | null;
  languages: ResourceLanguages;
  url: string | null;
  audience: ResourceAudience;
  unit_id: number | null;
  /** Lower-cased, comma-separated with a comma before and after (',a,b,'), so one tag matches whole. */
  tags: string;
  search_text: string;
  agreement_kind: AgreementKind | null;
  owner_id: number | null;
  review_on: string | null;
  current_version_id: number | null;
  archived_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ResourceVersionsTable {
  id: Generated<number>;
  item_id: number;
  number: number;
  file_id: number;
  file_name: string;
  size: number;
  note: string | null;
  uploaded_by: number | null;
  uploaded_at: string;
}

/** A partner's copy of an agreement as an EWP IIA v7 file, as uploaded (migration 031, ADR 0033). */
export interface EwpPartnerCopiesTable {
  id: Generated<number>;
  agreement_id: number;
  file_name: string;
  partner_hei_id: string;
  partner_iia_id: string | null;
  /** The iia-hash written in the file, and the one its content gives. */
  stated_hash: string;
  hash: string;
  valid_for_approval: number;
  /** The copy as read (ReadIia of iia-read.ts), so it is compared without reading the file again. */
  document_json: string;
  xml: string;
  imported_by: number | null;
  imported_at: string;
}

/** A difference with a partner's copy that staff chose to keep our way (the partner is to change theirs). */
export interface EwpKeptDifferencesTable {
  copy_id: number;
  difference_id: string;
  kept_by: number | null;
  kept_at: string;
}

/** "We approve your copy as of hash H": their hash and ours at that moment, who and when. */
export interface EwpApprovalsTable {
  id: Generated<number>;
  agreement_id: number;
  copy_id: number;
  their_hash: string;
  our_hash: string;
  approved_by: number | null;
  approved_at: string;
}

/** Our own factsheet for partners (EWP Factsheet API), one row, the body as JSON (OwnFactsheet). */
export interface OwnFactsheetTable {
  id: number;
  body_json: string;
  version: Generated<number>;
  updated_at: string;
  updated_by: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  name: string;
  role: string;
  unit_id: number;
  /** sha-256 (hex) of the secret; the secret itself is shown once and never stored. */
  token_hash: string;
  /** The secret's first characters, so an administrator can tell tokens apart. */
  prefix: string;
  created_by: number;
  created_at: string;
  expires_on: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: number | null;
}

export interface WebhookSubscriptionsTable {
  id: Generated<number>;
  name: string;
  url: string;
  /** JSON array of event kinds (src/shared/webhooks.ts). */
  events: string;
  role: string;
  unit_id: number;
  /** The signing secret, encrypted with the personal-data key (it must be read back to sign). */
  secret_enc: string;
  active: number;
  created_by: number;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  subscription_id: number;
  event_id: string;
  event_kind: string;
  payload: string;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  response_status: number | null;
  response_excerpt: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

/** International admissions (migration 029, docs/decisions/0031). */
export interface AdmissionRoundsTable {
  id: Generated<number>;
  kind: 'degree' | 'exchange';
  academic_year: number;
  semester: number;
  name_zh: string;
  name_en: string;
  opens_at: string;
  closes_at: string;
  decisions_by: string | null;
  fee_ntd: number | null;
  /** JSON RoundDocument[] */
  documents: string;
  /** JSON RoundCriterion[] */
  criteria: string;
  notes_zh: string | null;
  notes_en: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AdmissionProgramsTable {
  id: Generated<number>;
  round_id: number;
  unit_id: number;
  degree_level: string;
  name_zh: string;
  name_en: string;
  places: number;
  language_framework: string;
  language_level: string;
  min_gpa: number | null;
  requirements_zh: string | null;
  requirements_en: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface AdmissionReviewersTable {
  program_id: number;
  user_id: number;
}

export interface ApplicantAccountsTable {
  id: Generated<number>;
  email: string;
  locale: string;
  code_hash: string | null;
  code_expires_at: string | null;
  code_attempts: Generated<number>;
  verified_at: string | null;
  created_at: string;
}

export interface ApplicantSessionsTable {
  id: string;
  account_id: number;
  expires_at: string;
  created_at: string;
}

export interface AdmissionApplicationsTable {
  id: Generated<number>;
  round_id: number;
  program_id: number | null;
  email: string;
  locale: string;
  given_name: string | null;
  family_name: string | null;
  name_zh: string | null;
  country_code: string | null;
  identity: string | null;
  birth_date: string | null;
  gender: string | null;
  phone: string | null;
  previous_school: string | null;
  gpa: number | null;
  language_framework: string | null;
  language_level: string | null;
  statement: string | null;
  channel: string | null;
  partner_id: number | null;
  nomination_id: number | null;
  status: string;
  fee_status: Generated<string>;
  score: number | null;
  decision_reason: string | null;
  person_id: number | null;
  mobility_id: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  responded_at: string | null;
}

export interface AdmissionDocumentsTable {
  id: Generated<number>;
  application_id: number;
  doc_code: string;
  file_id: number;
  file_name: string;
  uploaded_at: string;
  removed_at: string | null;
}

export interface AdmissionScoresTable {
  application_id: number;
  reviewer_id: number;
  scores: string;
  total: number;
  comment: string | null;
  scored_at: string;
}

/** Kept counts of mobility records per combination of the counted columns (db/mobility-facts.ts, ADR 0036). */
export interface MobilityFactsTable {
  fact_key: string;
  start_date: string | null;
  unit_id: number | null;
  direction: Direction;
  person_category: PersonKind;
  kind: MobilityKind;
  status: string;
  credit_bearing: number;
  at_least_semester: number;
  study_time: string | null;
  /** null, or 'archived' when the records are archived */
  archived_at: string | null;
  n: number;
}

/** An education fair or recruitment trip (migration 030). */
export interface RecruitmentTripsTable {
  id: Generated<number>;
  kind: TripKind;
  name_zh: string | null;
  name_en: string | null;
  country: string;
  city: string | null;
  start_date: string;
  end_date: string;
  organiser: string | null;
  /** Names of the staff going: JSON array of strings. */
  staff_json: string;
  /** Minor units (cents) of `currency`. */
  cost_minor: number | null;
  currency: string | null;
  notes: string | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A prospective student met at a fair or elsewhere: personal data, every read logged. */
export interface RecruitmentLeadsTable {
  id: Generated<number>;
  trip_id: number | null;
  channel: LeadChannel;
  name: string;
  email: string;
  /** Lower-cased, trimmed e-mail: how a lead is matched to applicants and people. */
  email_key: string;
  country: string;
  program_interest: string | null;
  level: LeadLevel | null;
  locale: Locale;
  collected_on: string;
  /** The academic year the lead was collected in (the funnel's year). */
  academic_year: number;
  /** The version of the consent text the lead agreed to, and when; null: no consent, no mail. */
  consent_version: string | null;
  consent_at: string | null;
  consent_withdrawn_at: string | null;
  notes: string | null;
  created_by: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface RecruitmentTemplatesTable {
  id: Generated<number>;
  name: string;
  subject_zh: string;
  subject_en: string;
  body_zh: string;
  body_en: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface RecruitmentFollowupsTable {
  id: Generated<number>;
  lead_id: number;
  template_id: number;
  sent_by: number | null;
  queued_at: string;
}

export interface NominationWindowsTable {
  id: Generated<number>;
  academic_year: number;
  term: NominationTerm;
  opens_on: string;
  /** The last day nominations are taken (inclusive). */
  closes_on: string;
  applications_close_on: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A partner coordinator's personal link: only the SHA-256 of its secret is kept. */
export interface NominationLinksTable {
  id: Generated<number>;
  partner_id: number;
  contact_name: string;
  contact_email: string;
  locale: Locale;
  token_hash: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  sent_at: string | null;
  created_by: number | null;
  created_at: string;
}

export interface NominationsTable {
  id: Generated<number>;
  partner_id: number;
  link_id: number;
  window_id: number;
  given_name: string;
  family_name: string;
  email: string;
  email_key: string;
  level: string;
  field_of_study: string | null;
  status: NominationStatus;
  reason: string | null;
  person_id: number | null;
  mobility_id: number | null;
  decided_by: number | null;
  decided_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
