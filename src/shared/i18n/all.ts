import { catalogs } from './index.js';
import { mergeCatalogs } from './merge.js';
import { uiAcademicCalendarEn } from './ui.academic-calendar.en.js';
import { uiAcademicCalendarZhTW } from './ui.academic-calendar.zh-TW.js';
import { uiAccountsEn } from './ui.accounts.en.js';
import { uiAccountsZhTW } from './ui.accounts.zh-TW.js';
import { uiActivitiesEn } from './ui.activities.en.js';
import { uiActivitiesZhTW } from './ui.activities.zh-TW.js';
import { uiAdmissionsEn } from './ui.admissions.en.js';
import { uiAdmissionsZhTW } from './ui.admissions.zh-TW.js';
import { uiAgreementsEn } from './ui.agreements.en.js';
import { uiAgreementsZhTW } from './ui.agreements.zh-TW.js';
import { uiAssistantsEn } from './ui.assistants.en.js';
import { uiAssistantsZhTW } from './ui.assistants.zh-TW.js';
import { uiBuddyEn } from './ui.buddy.en.js';
import { uiBuddyZhTW } from './ui.buddy.zh-TW.js';
import { uiCallsEn } from './ui.calls.en.js';
import { uiCallsZhTW } from './ui.calls.zh-TW.js';
import { uiChecklistEn } from './ui.checklist.en.js';
import { uiChecklistZhTW } from './ui.checklist.zh-TW.js';
import { uiCohortsEn } from './ui.cohorts.en.js';
import { uiCohortsZhTW } from './ui.cohorts.zh-TW.js';
import { uiDashboardEn } from './ui.dashboard.en.js';
import { uiDashboardZhTW } from './ui.dashboard.zh-TW.js';
import { uiEngagementsEn } from './ui.engagements.en.js';
import { uiEngagementsZhTW } from './ui.engagements.zh-TW.js';
import { uiEnquiriesEn } from './ui.enquiries.en.js';
import { uiEnquiriesZhTW } from './ui.enquiries.zh-TW.js';
import { uiEwpEn } from './ui.ewp.en.js';
import { uiEwpZhTW } from './ui.ewp.zh-TW.js';
import { uiExecutiveEn } from './ui.executive.en.js';
import { uiExecutiveZhTW } from './ui.executive.zh-TW.js';
import { uiFundingEn } from './ui.funding.en.js';
import { uiFundingZhTW } from './ui.funding.zh-TW.js';
import { uiHomeEn } from './ui.home.en.js';
import { uiHomeZhTW } from './ui.home.zh-TW.js';
import { uiIdentityProvidersEn } from './ui.identity-providers.en.js';
import { uiIdentityProvidersZhTW } from './ui.identity-providers.zh-TW.js';
import { uiImportsEn } from './ui.imports.en.js';
import { uiImportsZhTW } from './ui.imports.zh-TW.js';
import { uiIndicatorsEn } from './ui.indicators.en.js';
import { uiIndicatorsZhTW } from './ui.indicators.zh-TW.js';
import { uiIntegrationsEn } from './ui.integrations.en.js';
import { uiIntegrationsZhTW } from './ui.integrations.zh-TW.js';
import { uiMinistryEn } from './ui.ministry.en.js';
import { uiMinistryZhTW } from './ui.ministry.zh-TW.js';
import { uiMobilityEn } from './ui.mobility.en.js';
import { uiMobilityZhTW } from './ui.mobility.zh-TW.js';
import { uiNominationsEn } from './ui.nominations.en.js';
import { uiNominationsZhTW } from './ui.nominations.zh-TW.js';
import { uiNotificationsEn } from './ui.notifications.en.js';
import { uiNotificationsZhTW } from './ui.notifications.zh-TW.js';
import { uiPeopleEn } from './ui.people.en.js';
import { uiPeopleZhTW } from './ui.people.zh-TW.js';
import { uiPortalAdminEn } from './ui.portal-admin.en.js';
import { uiPortalAdminZhTW } from './ui.portal-admin.zh-TW.js';
import { uiPrivacyEn } from './ui.privacy.en.js';
import { uiPrivacyZhTW } from './ui.privacy.zh-TW.js';
import { uiRecruitmentEn } from './ui.recruitment.en.js';
import { uiRecruitmentZhTW } from './ui.recruitment.zh-TW.js';
import { uiResourcesEn } from './ui.resources.en.js';
import { uiResourcesZhTW } from './ui.resources.zh-TW.js';
import { uiSsoEn } from './ui.sso.en.js';
import { uiSsoZhTW } from './ui.sso.zh-TW.js';
import { uiTrainingEn } from './ui.training.en.js';
import { uiTrainingZhTW } from './ui.training.zh-TW.js';
import { uiUnitsEn } from './ui.units.en.js';
import { uiUnitsZhTW } from './ui.units.zh-TW.js';
import { uiUniversityEn } from './ui.university.en.js';
import { uiUniversityZhTW } from './ui.university.zh-TW.js';

/**
 * Every string of the product: the always-loaded catalogs plus each web feature's page strings,
 * which the browser loads with the feature's lazy chunk. The catalog check (tests/i18n.test.ts)
 * reads this, so a feature's strings are checked like the rest.
 */
export const FEATURE_CATALOGS = {
  agreements: { 'zh-TW': uiAgreementsZhTW, en: uiAgreementsEn },
  assistants: { 'zh-TW': uiAssistantsZhTW, en: uiAssistantsEn },
  buddy: { 'zh-TW': uiBuddyZhTW, en: uiBuddyEn },
  dashboard: { 'zh-TW': uiDashboardZhTW, en: uiDashboardEn },
  home: { 'zh-TW': uiHomeZhTW, en: uiHomeEn },
  imports: { 'zh-TW': uiImportsZhTW, en: uiImportsEn },
  notifications: { 'zh-TW': uiNotificationsZhTW, en: uiNotificationsEn },
  people: { 'zh-TW': uiPeopleZhTW, en: uiPeopleEn },
  mobility: { 'zh-TW': uiMobilityZhTW, en: uiMobilityEn },
  calls: { 'zh-TW': uiCallsZhTW, en: uiCallsEn },
  checklist: { 'zh-TW': uiChecklistZhTW, en: uiChecklistEn },
  funding: { 'zh-TW': uiFundingZhTW, en: uiFundingEn },
  ministry: { 'zh-TW': uiMinistryZhTW, en: uiMinistryEn },
  indicators: { 'zh-TW': uiIndicatorsZhTW, en: uiIndicatorsEn },
  activities: { 'zh-TW': uiActivitiesZhTW, en: uiActivitiesEn },
  executive: { 'zh-TW': uiExecutiveZhTW, en: uiExecutiveEn },
  accounts: { 'zh-TW': uiAccountsZhTW, en: uiAccountsEn },
  units: { 'zh-TW': uiUnitsZhTW, en: uiUnitsEn },
  university: { 'zh-TW': uiUniversityZhTW, en: uiUniversityEn },
  academicCalendar: { 'zh-TW': uiAcademicCalendarZhTW, en: uiAcademicCalendarEn },
  privacy: { 'zh-TW': uiPrivacyZhTW, en: uiPrivacyEn },
  sso: { 'zh-TW': uiSsoZhTW, en: uiSsoEn },
  identityProviders: { 'zh-TW': uiIdentityProvidersZhTW, en: uiIdentityProvidersEn },
  integrations: { 'zh-TW': uiIntegrationsZhTW, en: uiIntegrationsEn },
  enquiries: { 'zh-TW': uiEnquiriesZhTW, en: uiEnquiriesEn },
  training: { 'zh-TW': uiTrainingZhTW, en: uiTrainingEn },
  engagements: { 'zh-TW': uiEngagementsZhTW, en: uiEngagementsEn },
  cohorts: { 'zh-TW': uiCohortsZhTW, en: uiCohortsEn },
  ewp: { 'zh-TW': uiEwpZhTW, en: uiEwpEn },
  admissions: { 'zh-TW': uiAdmissionsZhTW, en: uiAdmissionsEn },
  resources: { 'zh-TW': uiResourcesZhTW, en: uiResourcesEn },
  portalAdmin: { 'zh-TW': uiPortalAdminZhTW, en: uiPortalAdminEn },
  nominations: { 'zh-TW': uiNominationsZhTW, en: uiNominationsEn },
  recruitment: { 'zh-TW': uiRecruitmentZhTW, en: uiRecruitmentEn },
};

export const allCatalogs = {
  'zh-TW': mergeCatalogs(catalogs['zh-TW'], ...Object.values(FEATURE_CATALOGS).map((f) => f['zh-TW'])),
  en: mergeCatalogs(catalogs.en, ...Object.values(FEATURE_CATALOGS).map((f) => f.en)),
};
