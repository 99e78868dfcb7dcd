import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { DbHandle } from './db/client.js';
import type { Env } from './env.js';
import type { AppDeps } from './http/context.js';
import { registerErrorHandling } from './http/errors.js';
import { openApiTransformObject } from './http/openapi.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { compiledSerializerCompiler } from './http/serializer.js';
import { zodValidatorCompiler } from './http/validator.js';
import { registerCompression, registerWebFiles, spaPage, webBuild } from './http/web-app.js';
import { setAuditListener } from './lib/audit.js';
import { type Clock, systemClock } from './lib/clock.js';
import { BODY_LIMIT, FILE_LIMIT } from './lib/limits.js';
import { academicCalendarRoutes } from './modules/academic-calendar/academic-term.routes.js';
import { accountRoutes } from './modules/accounts/account.routes.js';
import { activityRoutes } from './modules/activities/activity.routes.js';
import { admissionRoutes } from './modules/admissions/admission.routes.js';
import { admissionPortalRoutes } from './modules/admissions/portal.routes.js';
import { agreementRoutes } from './modules/agreements/agreement.routes.js';
import { assistantRoutes } from './modules/assistants/assistant.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { CSRF_HEADER, registerAuth, SESSION_COOKIE } from './modules/auth/session.hook.js';
import { signInRoutes } from './modules/auth/sign-in/sign-in.routes.js';
import { buddyRoutes } from './modules/buddy/buddy.routes.js';
import { calendarFeedRoutes } from './modules/calendar-feed/calendar-feed.routes.js';
import { callRoutes } from './modules/calls/call.routes.js';
import { checklistRoutes } from './modules/checklist/checklist.routes.js';
import { cohortRoutes } from './modules/cohorts/cohort.routes.js';
import { cohortPublicRoutes } from './modules/cohorts/public.routes.js';
import { countryRoutes } from './modules/countries/country.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { enquiryRoutes } from './modules/enquiries/enquiry.routes.js';
import { publicDeskRoutes } from './modules/enquiries/public-desk.routes.js';
import { eventRoutes } from './modules/events/event.routes.js';
import { ewpRoutes } from './modules/ewp/ewp.routes.js';
import { fundingRoutes } from './modules/funding/funding.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { importRoutes } from './modules/imports/import.routes.js';
import { indicatorRoutes } from './modules/indicators/indicator.routes.js';
import { integrationRoutes } from './modules/integrations/integration.routes.js';
import { enqueueWebhookEvents } from './modules/integrations/webhook-events.js';
import { mobilityRoutes } from './modules/mobility/mobility.routes.js';
import { nominationRoutes } from './modules/nominations/nomination.routes.js';
import { nominationPublicRoutes } from './modules/nominations/public.routes.js';
import { notificationRoutes } from './modules/notifications/notification.routes.js';
import { partnerRoutes } from './modules/partners/partner.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { portalRoutes, registerPortalRobots } from './modules/portal/portal.routes.js';
import { portalAdminRoutes } from './modules/portal/portal-admin.routes.js';
import { privacyRoutes } from './modules/privacy/privacy.routes.js';
import { recruitmentRoutes } from './modules/recruitment/recruitment.routes.js';
import { submissionRoutes } from './modules/reporting/submission.routes.js';
import { resourceRoutes } from './modules/resources/resource.routes.js';
import { identityProviderRoutes } from './modules/sso/identity-provider.routes.js';
import { ssoRoutes } from './modules/sso/sso.routes.js';
import { trainingRoutes } from './modules/training/training.routes.js';
import { referenceRoutes, unitRoutes } from './modules/units/unit.routes.js';
import { registerUnitTree } from './modules/units/unit-tree.loader.js';
import { universityRoutes } from './modules/university/university.routes.js';
import { userRoutes } from './modules/users/user.routes.js';
import { visitRoutes } from './modules/visits/visit.routes.js';
import { statusReportRoutes } from './reports/executive/status-report.routes.js';
import { homeRoutes } from './reports/home/home.routes.js';
import { ministryRoutes } from './reports/ministry/ministry.routes.js';
import { reportBuilderRoutes } from './reports/report-builder/builder.routes.js';

export type BuildOptions = {
  env: Env;
  database: DbHandle;
  clock?: Clock;
  logger?: boolean;
  /** Called for every route as it is added (the route × role matrix test reads the route table this way). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
};

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: opts.env.LOG_LEVEL },
    bodyLimit: BODY_LIMIT,
    trustProxy: opts.env.TRUST_PROXY,
  });
  const deps: AppDeps = {
    db: opts.database.db,
    dialect: opts.database.dialect,
    env: opts.env,
    clock: opts.clock ?? systemClock,
  };
  app.decorate('deps', deps);
  // Webhook events are derived from audit entries, in the change's transaction (docs/decisions/0034).
  setAuditListener(enqueueWebhookEvents);
  const { onRoute } = opts;
  if (onRoute) app.addHook('onRoute', (route) => onRoute(route));
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler({ checkWithZod: opts.env.NODE_ENV !== 'production' }));
  // Only JSON (and later multipart) bodies: a cross-site HTML form cannot send either without a CORS preflight.
  app.removeContentTypeParser('text/plain');

  const web = webBuild(opts.env.WEB_DIST);
  registerErrorHandling(app, web && spaPage(web));
  registerSecurityHeaders(app);
  await registerCompression(app);
  await app.register(cookie);
  // Multipart is the one other body type: like JSON, a cross-site form can send it, so the CSRF
  // header check in registerAuth applies to it as to every other write.
  await app.register(multipart, { limits: { fileSize: FILE_LIMIT, files: 1, fields: 10 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Meridian API', version: '1', description: 'Office of International Affairs platform' },
    },
    transform: jsonSchemaTransform,
    transformObject: openApiTransformObject({ sessionCookie: SESSION_COOKIE, csrfHeader: CSRF_HEADER }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app);
  registerUnitTree(app);
  registerPortalRobots(app);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(signInRoutes);
  await app.register(accountRoutes);
  await app.register(ssoRoutes);
  await app.register(identityProviderRoutes);
  await app.register(referenceRoutes);
  await app.register(countryRoutes);
  await app.register(unitRoutes);
  await app.register(academicCalendarRoutes);
  await app.register(partnerRoutes);
  await app.register(agreementRoutes);
  await app.register(ewpRoutes);
  await app.register(importRoutes);
  await app.register(notificationRoutes);
  await app.register(dashboardRoutes);
  await app.register(peopleRoutes);
  await app.register(privacyRoutes);
  await app.register(assistantRoutes);
  await app.register(buddyRoutes);
  await app.register(mobilityRoutes);
  await app.register(callRoutes);
  await app.register(checklistRoutes);
  await app.register(fundingRoutes);
  await app.register(indicatorRoutes);
  await app.register(submissionRoutes);
  await app.register(ministryRoutes);
  await app.register(activityRoutes);
  await app.register(publicDeskRoutes);
  await app.register(enquiryRoutes);
  await app.register(trainingRoutes);
  await app.register(eventRoutes);
  await app.register(visitRoutes);
  await app.register(calendarFeedRoutes);
  await app.register(cohortRoutes);
  await app.register(cohortPublicRoutes);
  await app.register(reportBuilderRoutes);
  await app.register(statusReportRoutes);
  await app.register(homeRoutes);
  await app.register(userRoutes);
  await app.register(universityRoutes);
  await app.register(auditRoutes);
  await app.register(portalAdminRoutes);
  await app.register(resourceRoutes);
  await app.register(integrationRoutes);
  await app.register(recruitmentRoutes);
  await app.register(nominationRoutes);
  await app.register(nominationPublicRoutes);
  await app.register(portalRoutes);
  await app.register(admissionRoutes);
  await app.register(admissionPortalRoutes);
  if (web) await registerWebFiles(app, web);
  return app;
}
