import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { Loading } from '#web/components/ui/Loading';
import { parseActivitySearch } from '#web/features/activities/search';
import { parseAgreementNewSearch, parseAgreementSearch } from '#web/features/agreements/search';
import { parseAuditSearch } from '#web/features/audit/search';
import { parseCallSearch } from '#web/features/calls/search';
import { parseChecklistSearch } from '#web/features/checklist/search';
import { dashboardSummaryQuery } from '#web/features/dashboard/api/dashboard';
import { executiveDashboardQuery } from '#web/features/executive/api/executive-queries';
import { homeTodosQuery } from '#web/features/home/api/home';
import { parseMobilityNewSearch, parseMobilitySearch } from '#web/features/mobility/search';
import { partnerStatsQuery, partnersListQuery } from '#web/features/partners/api/partner-queries';
import { parsePartnerSearch } from '#web/features/partners/search';
import { parsePeopleSearch } from '#web/features/people/search';
import { parseResourceSearch } from '#web/features/resources/search';
import { parseUserSearch } from '#web/features/users/search';
import { isApiError } from '#web/lib/api';
import { paths } from '#web/lib/paths';
import { can, meQuery } from '#web/lib/session';
import { AppLayout } from './AppLayout';
import { NotFoundPage, RouteErrorPage } from './ErrorPages';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

/**
 * The signed-out pages, each a chunk of its own (the server lists it in that page's HTML, so it loads beside
 * the app's code: scripts/vite-route-preloads.ts reads `path` and `component: signedOut.x` below).
 */
const signedOut = {
  forgotPassword: lazyRouteComponent(
    () => import('#web/features/auth/components/ForgotPasswordPage'),
    'ForgotPasswordPage',
  ),
  setPassword: lazyRouteComponent(() => import('#web/features/auth/components/SetPasswordPage'), 'SetPasswordPage'),
  ask: lazyRouteComponent(() => import('#web/features/enquiries/components/AskPage'), 'AskPage'),
  rate: lazyRouteComponent(() => import('#web/features/enquiries/components/RatePage'), 'RatePage'),
  cohortApply: lazyRouteComponent(
    () => import('#web/features/cohorts/components/public/CohortApplyPage'),
    'CohortApplyPage',
  ),
  certificateVerify: lazyRouteComponent(
    () => import('#web/features/cohorts/components/public/CertificateVerifyPage'),
    'CertificateVerifyPage',
  ),
  eventRegister: lazyRouteComponent(
    () => import('#web/features/events/components/public/EventRegisterPage'),
    'EventRegisterPage',
  ),
  nominate: lazyRouteComponent(
    () => import('#web/features/nominations/components/public/CoordinatorPage'),
    'CoordinatorPage',
  ),
  admissionPortal: lazyRouteComponent(
    () => import('#web/features/admission-portal/components/PortalPage'),
    'PortalPage',
  ),
  admissionPortalApplication: lazyRouteComponent(
    () => import('#web/features/admission-portal/components/PortalApplicationPage'),
    'PortalApplicationPage',
  ),
};

/**
 * The sign-in page is the server's own HTML (src/server/modules/auth/sign-in, docs/decisions/0045): reaching it from
 * inside the app (signing out, a session that ran out) loads it from the server, with the same address.
 */
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  beforeLoad: ({ location }) => {
    window.location.replace(location.href);
    return new Promise<never>(() => undefined);
  },
});

/** The signed-out account pages: ask for a reset link, and set a password from a mailed link. */
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: signedOut.forgotPassword,
});
const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'set-password',
  validateSearch: (raw: Record<string, unknown>) => ({
    token: typeof raw.token === 'string' ? raw.token : undefined,
  }),
  component: signedOut.setPassword,
});

/** The enquiry desk's public pages (issue 20): ask a question, rate an answer from the reply mail's link. */
const askRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'ask',
  component: signedOut.ask,
});
const rateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'ask/rate',
  validateSearch: (raw: Record<string, unknown>) => ({
    token: typeof raw.token === 'string' ? raw.token : undefined,
  }),
  component: signedOut.rate,
});

/** Everything below needs a session; without one the user goes to the login page and comes back after. */
/** A cohort program's public application form and the certificate check: open to anyone, signed in or not. */
const cohortApplyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/$id',
  component: signedOut.cohortApply,
});
const certificateVerifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verify/$code',
  component: signedOut.certificateVerify,
});

/** A public event's registration form (issue 19): open to anyone, signed in or not. */
const eventRegisterRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'public-events/$id',
  component: signedOut.eventRegister,
});

/** A partner coordinator's nomination page (issue 21): opened from the personal link in their mail. */
const nominateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'nominate/$token',
  component: signedOut.nominate,
});

/** The admissions portal (issue 21): applicants sign in with a mailed code, not a staff account. */
const admissionPortalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'admission-portal',
  validateSearch: (raw: Record<string, unknown>) => ({
    email: typeof raw.email === 'string' ? raw.email : undefined,
  }),
  component: signedOut.admissionPortal,
});
const admissionPortalApplicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'admission-portal/$id',
  component: signedOut.admissionPortalApplication,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      return { me: await context.queryClient.ensureQueryData(meQuery) };
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        throw redirect({ to: paths.login(), search: { redirect: location.href } });
      }
      throw err;
    }
  },
  component: AppLayout,
});

/**
 * A page's first data, started by the router beside the page's code instead of after it has loaded and
 * rendered (not awaited: the page shows its own loading state). Only for the pages people land on.
 */
const prefetch = (...queries: ((queryClient: QueryClient) => Promise<void>)[]) => ({
  loader: ({ context }: { context: RouterContext }) => {
    for (const start of queries) void start(context.queryClient);
  },
});

const page = (path: string, component: ReturnType<typeof lazyRouteComponent>, extra: object = {}) =>
  createRoute({ getParentRoute: () => appRoute, path, component, ...extra });

/** Pages only some roles have: without the capability the link is hidden and the URL leads home. */
const requires = (resource: string, action: string, ...orElse: [resource: string, action: string][]) => ({
  beforeLoad: ({ context }: { context: { me: Parameters<typeof can>[0] } }) => {
    const allowed = [[resource, action], ...orElse].some(([r, a]) => can(context.me, r as string, a as string));
    if (!allowed) throw redirect({ to: paths.home() });
  },
});

const lazy = {
  home: lazyRouteComponent(() => import('./pages/HomePage'), 'HomePage'),
  partners: lazyRouteComponent(() => import('#web/features/partners/components/PartnersListPage'), 'PartnersListPage'),
  partnerNew: lazyRouteComponent(
    () => import('#web/features/partners/components/PartnerCreatePage'),
    'PartnerCreatePage',
  ),
  partner: lazyRouteComponent(() => import('./pages/PartnerPage'), 'PartnerPage'),
  partnerEdit: lazyRouteComponent(() => import('#web/features/partners/components/PartnerEditPage'), 'PartnerEditPage'),
  agreements: lazyRouteComponent(
    () => import('#web/features/agreements/components/AgreementsListPage'),
    'AgreementsListPage',
  ),
  agreementNew: lazyRouteComponent(
    () => import('#web/features/agreements/components/AgreementCreatePage'),
    'AgreementCreatePage',
  ),
  agreement: lazyRouteComponent(
    () => import('#web/features/agreements/components/AgreementDetailPage'),
    'AgreementDetailPage',
  ),
  agreementEdit: lazyRouteComponent(
    () => import('#web/features/agreements/components/AgreementEditPage'),
    'AgreementEditPage',
  ),
  ewpFactsheet: lazyRouteComponent(
    () => import('#web/features/agreements/components/ewp/OwnFactsheetPage'),
    'OwnFactsheetPage',
  ),
  people: lazyRouteComponent(() => import('#web/features/people/components/PeopleListPage'), 'PeopleListPage'),
  personNew: lazyRouteComponent(() => import('#web/features/people/components/PersonCreatePage'), 'PersonCreatePage'),
  person: lazyRouteComponent(() => import('./pages/PersonPage'), 'PersonPage'),
  personEdit: lazyRouteComponent(() => import('#web/features/people/components/PersonEditPage'), 'PersonEditPage'),
  mobilities: lazyRouteComponent(
    () => import('#web/features/mobility/components/MobilityListPage'),
    'MobilityListPage',
  ),
  mobilityNew: lazyRouteComponent(
    () => import('#web/features/mobility/components/MobilityCreatePage'),
    'MobilityCreatePage',
  ),
  mobility: lazyRouteComponent(() => import('./pages/MobilityPage'), 'MobilityPage'),
  mobilityEdit: lazyRouteComponent(
    () => import('#web/features/mobility/components/MobilityEditPage'),
    'MobilityEditPage',
  ),
  calls: lazyRouteComponent(() => import('#web/features/calls/components/CallsListPage'), 'CallsListPage'),
  callNew: lazyRouteComponent(() => import('#web/features/calls/components/CallCreatePage'), 'CallCreatePage'),
  call: lazyRouteComponent(() => import('#web/features/calls/components/CallDetailPage'), 'CallDetailPage'),
  callEdit: lazyRouteComponent(() => import('#web/features/calls/components/CallEditPage'), 'CallEditPage'),
  callApply: lazyRouteComponent(() => import('#web/features/calls/components/ApplyPage'), 'ApplyPage'),
  myApplications: lazyRouteComponent(
    () => import('#web/features/calls/components/MyApplicationsPage'),
    'MyApplicationsPage',
  ),
  application: lazyRouteComponent(() => import('#web/features/calls/components/ApplicationPage'), 'ApplicationPage'),
  checklist: lazyRouteComponent(
    () => import('#web/features/checklist/components/ChecklistOverviewPage'),
    'ChecklistOverviewPage',
  ),
  funding: lazyRouteComponent(
    () => import('#web/features/funding/components/FundingProgramsPage'),
    'FundingProgramsPage',
  ),
  fundingProgram: lazyRouteComponent(
    () => import('#web/features/funding/components/FundingProgramPage'),
    'FundingProgramPage',
  ),
  imports: lazyRouteComponent(() => import('#web/features/imports/components/ImportPage'), 'ImportPage'),
  worldMap: lazyRouteComponent(() => import('#web/features/dashboard/components/WorldMapPage'), 'WorldMapPage'),
  notifications: lazyRouteComponent(
    () => import('#web/features/notifications/components/NotificationsPage'),
    'NotificationsPage',
  ),
  outbox: lazyRouteComponent(() => import('#web/features/notifications/components/OutboxPage'), 'OutboxPage'),
  users: lazyRouteComponent(() => import('#web/features/users/components/UsersListPage'), 'UsersListPage'),
  userNew: lazyRouteComponent(() => import('#web/features/users/components/UserCreatePage'), 'UserCreatePage'),
  user: lazyRouteComponent(() => import('#web/features/users/components/UserEditPage'), 'UserEditPage'),
  units: lazyRouteComponent(() => import('#web/features/units/components/UnitsPage'), 'UnitsPage'),
  unitNew: lazyRouteComponent(() => import('#web/features/units/components/UnitCreatePage'), 'UnitCreatePage'),
  unit: lazyRouteComponent(() => import('#web/features/units/components/UnitEditPage'), 'UnitEditPage'),
  academicCalendar: lazyRouteComponent(
    () => import('#web/features/academic-calendar/components/AcademicCalendarPage'),
    'AcademicCalendarPage',
  ),
  reporting: lazyRouteComponent(() => import('#web/features/reporting/components/ReportingPage'), 'ReportingPage'),
  reportingPeriod: lazyRouteComponent(() => import('#web/features/reporting/components/PeriodPage'), 'PeriodPage'),
  submission: lazyRouteComponent(() => import('#web/features/reporting/components/SubmissionPage'), 'SubmissionPage'),
  indicators: lazyRouteComponent(() => import('#web/features/indicators/components/IndicatorsPage'), 'IndicatorsPage'),
  indicator: lazyRouteComponent(() => import('#web/features/indicators/components/IndicatorPage'), 'IndicatorPage'),
  activities: lazyRouteComponent(() => import('#web/features/activities/components/ActivitiesPage'), 'ActivitiesPage'),
  activity: lazyRouteComponent(() => import('#web/features/activities/components/ActivityPage'), 'ActivityPage'),
  events: lazyRouteComponent(() => import('#web/features/events/components/EventsPage'), 'EventsPage'),
  event: lazyRouteComponent(() => import('#web/features/events/components/EventPage'), 'EventPage'),
  visits: lazyRouteComponent(() => import('#web/features/visits/components/VisitsPage'), 'VisitsPage'),
  visit: lazyRouteComponent(() => import('#web/features/visits/components/VisitPage'), 'VisitPage'),
  calendarFeed: lazyRouteComponent(
    () => import('#web/features/calendar-feed/components/CalendarFeedPage'),
    'CalendarFeedPage',
  ),
  cohorts: lazyRouteComponent(() => import('#web/features/cohorts/components/CohortsPage'), 'CohortsPage'),
  cohort: lazyRouteComponent(() => import('#web/features/cohorts/components/CohortPage'), 'CohortPage'),
  myMentees: lazyRouteComponent(() => import('#web/features/cohorts/components/MyMenteesPage'), 'MyMenteesPage'),
  admissions: lazyRouteComponent(() => import('#web/features/admissions/components/AdmissionsPage'), 'AdmissionsPage'),
  recruitmentFunnel: lazyRouteComponent(() => import('#web/features/recruitment/components/FunnelPage'), 'FunnelPage'),
  recruitmentTrips: lazyRouteComponent(() => import('#web/features/recruitment/components/TripsPage'), 'TripsPage'),
  recruitmentTrip: lazyRouteComponent(() => import('#web/features/recruitment/components/TripPage'), 'TripPage'),
  recruitmentTripEdit: lazyRouteComponent(
    () => import('#web/features/recruitment/components/TripEditPage'),
    'TripEditPage',
  ),
  recruitmentLead: lazyRouteComponent(() => import('#web/features/recruitment/components/LeadPage'), 'LeadPage'),
  recruitmentTemplates: lazyRouteComponent(
    () => import('#web/features/recruitment/components/TemplatesPage'),
    'TemplatesPage',
  ),
  recruitmentTemplate: lazyRouteComponent(
    () => import('#web/features/recruitment/components/TemplateEditPage'),
    'TemplateEditPage',
  ),
  nominations: lazyRouteComponent(
    () => import('#web/features/nominations/components/NominationsPage'),
    'NominationsPage',
  ),
  admissionRound: lazyRouteComponent(() => import('#web/features/admissions/components/RoundPage'), 'RoundPage'),
  admissionApplication: lazyRouteComponent(
    () => import('#web/features/admissions/components/ApplicationPage'),
    'ApplicationPage',
  ),
  reports: lazyRouteComponent(() => import('#web/features/executive/components/ReportsPage'), 'ReportsPage'),
  executiveDashboard: lazyRouteComponent(() => import('./pages/ExecutiveDashboardPage'), 'ExecutiveDashboardPage'),
  statusReport: lazyRouteComponent(
    () => import('#web/features/executive/components/StatusReportPage'),
    'StatusReportPage',
  ),
  ministryTables: lazyRouteComponent(
    () => import('#web/features/ministry/components/MinistryTablesPage'),
    'MinistryTablesPage',
  ),
  countingSettings: lazyRouteComponent(
    () => import('#web/features/ministry/components/CountingSettingsPage'),
    'CountingSettingsPage',
  ),
  ministryCountries: lazyRouteComponent(
    () => import('#web/features/ministry/components/CountriesPage'),
    'CountriesPage',
  ),
  reportBuilder: lazyRouteComponent(
    () => import('#web/features/report-builder/components/ReportBuilderPage'),
    'ReportBuilderPage',
  ),
  audit: lazyRouteComponent(() => import('#web/features/audit/components/AuditLogPage'), 'AuditLogPage'),
  account: lazyRouteComponent(() => import('#web/features/account/components/AccountPage'), 'AccountPage'),
  university: lazyRouteComponent(() => import('#web/features/university/components/UniversityPage'), 'UniversityPage'),
  assistants: lazyRouteComponent(() => import('#web/features/assistants/components/AssistantsPage'), 'AssistantsPage'),
  assistant: lazyRouteComponent(() => import('#web/features/assistants/components/AssistantPage'), 'AssistantPage'),
  assistantRound: lazyRouteComponent(() => import('#web/features/assistants/components/RoundPage'), 'RoundPage'),
  myService: lazyRouteComponent(() => import('#web/features/assistants/components/MyServicePage'), 'MyServicePage'),
  buddy: lazyRouteComponent(() => import('#web/features/buddy/components/BuddyPage'), 'BuddyPage'),
  buddyRound: lazyRouteComponent(() => import('#web/features/buddy/components/BuddyRoundPage'), 'BuddyRoundPage'),
  myBuddy: lazyRouteComponent(() => import('#web/features/buddy/components/MyBuddyPage'), 'MyBuddyPage'),
  privacy: lazyRouteComponent(() => import('#web/features/privacy/components/PrivacyAdminPage'), 'PrivacyAdminPage'),
  privacyReports: lazyRouteComponent(
    () => import('#web/features/privacy/components/AccessReportPage'),
    'AccessReportPage',
  ),
  integrations: lazyRouteComponent(
    () => import('#web/features/integrations/components/IntegrationsPage'),
    'IntegrationsPage',
  ),
  identityProviders: lazyRouteComponent(
    () => import('#web/features/identity-providers/components/IdentityProvidersPage'),
    'IdentityProvidersPage',
  ),
  enquiries: lazyRouteComponent(() => import('#web/features/enquiries/components/DeskPage'), 'DeskPage'),
  enquiry: lazyRouteComponent(() => import('#web/features/enquiries/components/EnquiryPage'), 'EnquiryPage'),
  training: lazyRouteComponent(() => import('#web/features/training/components/TrainingPage'), 'TrainingPage'),
  resources: lazyRouteComponent(() => import('#web/features/resources/components/ResourcesPage'), 'ResourcesPage'),
  resource: lazyRouteComponent(() => import('#web/features/resources/components/ResourcePage'), 'ResourcePage'),
  portalAdmin: lazyRouteComponent(
    () => import('#web/features/portal-admin/components/PortalAdminPage'),
    'PortalAdminPage',
  ),
};

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotPasswordRoute,
  setPasswordRoute,
  askRoute,
  rateRoute,
  cohortApplyRoute,
  certificateVerifyRoute,
  eventRegisterRoute,
  nominateRoute,
  admissionPortalRoute,
  admissionPortalApplicationRoute,
  appRoute.addChildren([
    page(
      '/',
      lazy.home,
      prefetch(
        (qc) => qc.prefetchQuery(homeTodosQuery),
        (qc) => qc.prefetchQuery(partnerStatsQuery),
        (qc) => qc.prefetchQuery(dashboardSummaryQuery),
      ),
    ),
    page('partners', lazy.partners, {
      validateSearch: parsePartnerSearch,
      loaderDeps: ({ search }: { search: ReturnType<typeof parsePartnerSearch> }) => search,
      loader: ({ context, deps }: { context: RouterContext; deps: ReturnType<typeof parsePartnerSearch> }) => {
        void context.queryClient.prefetchQuery(partnersListQuery(deps));
      },
    }),
    page('partners/new', lazy.partnerNew, requires('partners', 'create')),
    page('partners/$id', lazy.partner),
    page('partners/$id/edit', lazy.partnerEdit),
    page('agreements', lazy.agreements, { validateSearch: parseAgreementSearch, ...requires('agreements', 'read') }),
    page('agreements/new', lazy.agreementNew, {
      validateSearch: parseAgreementNewSearch,
      ...requires('agreements', 'create'),
    }),
    page('agreements/ewp-factsheet', lazy.ewpFactsheet),
    page('agreements/$id', lazy.agreement, requires('agreements', 'read')),
    page('agreements/$id/edit', lazy.agreementEdit, requires('agreements', 'update')),
    page('people', lazy.people, { validateSearch: parsePeopleSearch, ...requires('people', 'read') }),
    page('people/new', lazy.personNew, requires('people', 'create')),
    page('people/$id', lazy.person, requires('people', 'read')),
    page('people/$id/edit', lazy.personEdit, requires('people', 'update')),
    page('mobility', lazy.mobilities, { validateSearch: parseMobilitySearch, ...requires('mobility', 'read') }),
    page('mobility/new', lazy.mobilityNew, {
      validateSearch: parseMobilityNewSearch,
      ...requires('mobility', 'create'),
    }),
    page('mobility/$id', lazy.mobility, requires('mobility', 'read')),
    page('mobility/$id/edit', lazy.mobilityEdit, requires('mobility', 'update')),
    page('calls', lazy.calls, { validateSearch: parseCallSearch, ...requires('calls', 'read') }),
    page('calls/new', lazy.callNew, requires('calls', 'manage')),
    page('calls/$id', lazy.call, requires('calls', 'read')),
    page('calls/$id/edit', lazy.callEdit, requires('calls', 'manage')),
    page('calls/$id/apply', lazy.callApply, requires('calls', 'apply')),
    page('applications', lazy.myApplications, requires('calls', 'readApplications')),
    page('applications/$id', lazy.application, requires('calls', 'readApplications')),
    page('checklist', lazy.checklist, { validateSearch: parseChecklistSearch, ...requires('checklist', 'review') }),
    page('funding', lazy.funding, requires('funding', 'read')),
    page('funding/$id', lazy.fundingProgram, requires('funding', 'read')),
    page('reporting', lazy.reporting, requires('reporting', 'readSubmissions')),
    page('reporting/periods/$id', lazy.reportingPeriod, requires('reporting', 'readSubmissions')),
    page('reporting/submissions/$id', lazy.submission, requires('reporting', 'readSubmissions')),
    page('indicators', lazy.indicators, requires('reporting', 'readIndicators')),
    page('indicators/$id', lazy.indicator, requires('reporting', 'readIndicators')),
    page('activities', lazy.activities, { validateSearch: parseActivitySearch, ...requires('activities', 'read') }),
    page('activities/$id', lazy.activity, requires('activities', 'read')),
    page('events', lazy.events, requires('events', 'read')),
    page('events/$id', lazy.event, requires('events', 'read')),
    page('visits', lazy.visits, requires('visits', 'read')),
    page('visits/$id', lazy.visit, requires('visits', 'read')),
    page('calendar-feed', lazy.calendarFeed),
    page('cohorts', lazy.cohorts, requires('cohorts', 'read')),
    page('cohorts/mentees', lazy.myMentees, requires('cohorts', 'mentor')),
    page('cohorts/$id', lazy.cohort, requires('cohorts', 'read')),
    page('admissions', lazy.admissions, requires('admissions', 'read')),
    page('nominations', lazy.nominations, requires('nominations', 'manage')),
    page('recruitment/funnel', lazy.recruitmentFunnel, requires('recruitment', 'read')),
    page('recruitment/trips', lazy.recruitmentTrips, requires('recruitment', 'read')),
    page('recruitment/trips/$id', lazy.recruitmentTrip, requires('recruitment', 'read')),
    page('recruitment/trips/$id/edit', lazy.recruitmentTripEdit, requires('recruitment', 'write')),
    page('recruitment/leads/$id', lazy.recruitmentLead, requires('recruitment', 'readLeads')),
    page('recruitment/templates', lazy.recruitmentTemplates, requires('recruitment', 'writeLeads')),
    page('recruitment/templates/$id', lazy.recruitmentTemplate, requires('recruitment', 'writeLeads')),
    page('admissions/rounds/$id', lazy.admissionRound, requires('admissions', 'read')),
    page('admissions/applications/$id', lazy.admissionApplication, requires('admissions', 'read')),
    page('reports', lazy.reports, requires('reporting', 'readMinistry', ['reporting', 'readDashboard'])),
    page('reports/dashboard', lazy.executiveDashboard, {
      ...requires('reporting', 'readDashboard'),
      ...prefetch(
        (qc) => qc.prefetchQuery(executiveDashboardQuery(null)),
        (qc) => qc.prefetchQuery(dashboardSummaryQuery),
      ),
    }),
    page('reports/status', lazy.statusReport, requires('reporting', 'buildReports')),
    page('reports/ministry', lazy.ministryTables, requires('reporting', 'readMinistry')),
    page('reports/settings', lazy.countingSettings, requires('reporting', 'readMinistry')),
    page('reports/countries', lazy.ministryCountries, requires('reporting', 'readMinistry')),
    page('reports/builder', lazy.reportBuilder, requires('reporting', 'buildReports')),
    page('imports', lazy.imports, requires('agreements', 'import', ['mobility', 'import'], ['units', 'import'])),
    page('map', lazy.worldMap, requires('partners', 'read')),
    page('notifications', lazy.notifications),
    page('outbox', lazy.outbox, requires('mail', 'outbox')),
    page('users', lazy.users, { validateSearch: parseUserSearch, ...requires('users', 'read') }),
    page('users/new', lazy.userNew, requires('users', 'create')),
    page('users/$id', lazy.user, requires('users', 'read')),
    page('units', lazy.units, requires('units', 'update')),
    page('units/new', lazy.unitNew, requires('units', 'create')),
    page('units/$id', lazy.unit, requires('units', 'update')),
    page('academic-calendar', lazy.academicCalendar, requires('academicCalendar', 'update')),
    page('audit', lazy.audit, { validateSearch: parseAuditSearch, ...requires('audit', 'search') }),
    page('account', lazy.account),
    page('university', lazy.university, requires('university', 'update')),
    page('assistants', lazy.assistants, requires('assistants', 'manage')),
    page('assistants/mine', lazy.myService, requires('assistants', 'apply')),
    page('assistants/rounds/$id', lazy.assistantRound, requires('assistants', 'manage')),
    page('assistants/$id', lazy.assistant, requires('assistants', 'manage')),
    page('buddy', lazy.buddy, requires('buddy', 'read')),
    page('buddy/mine', lazy.myBuddy, requires('buddy', 'participate')),
    page('buddy/rounds/$id', lazy.buddyRound, requires('buddy', 'read')),
    page('privacy', lazy.privacy, requires('privacy', 'readRetention', ['privacy', 'publishNotice'])),
    page('privacy/reports', lazy.privacyReports, requires('privacy', 'accessReport')),
    page('identity-providers', lazy.identityProviders, requires('identityProviders', 'update')),
    page('integrations', lazy.integrations, requires('integrations', 'manage')),
    page('enquiries', lazy.enquiries, requires('enquiries', 'handle', ['enquiries', 'figures'])),
    page('enquiries/$id', lazy.enquiry, requires('enquiries', 'handle')),
    page('training', lazy.training, requires('training', 'read')),
    page('resources', lazy.resources, { validateSearch: parseResourceSearch, ...requires('resources', 'read') }),
    page('resources/$id', lazy.resource, requires('resources', 'read')),
    page('portal-admin', lazy.portalAdmin, requires('portal', 'manage')),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPendingComponent: Loading,
    defaultErrorComponent: RouteErrorPage,
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}
export type AppRouter = ReturnType<typeof createAppRouter>;
