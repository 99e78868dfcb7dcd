import { admissionsEn } from '#shared/i18n/admissions.en';
import { admissionsZhTW } from '#shared/i18n/admissions.zh-TW';
import { uiAdmissionsEn } from '#shared/i18n/ui.admissions.en';
import { uiAdmissionsZhTW } from '#shared/i18n/ui.admissions.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': admissionsZhTW, en: admissionsEn });
addCatalogs({ 'zh-TW': uiAdmissionsZhTW, en: uiAdmissionsEn });
