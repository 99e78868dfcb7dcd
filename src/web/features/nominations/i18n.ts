import { recruitmentEn } from '#shared/i18n/recruitment.en';
import { recruitmentZhTW } from '#shared/i18n/recruitment.zh-TW';
import { uiNominationsEn } from '#shared/i18n/ui.nominations.en';
import { uiNominationsZhTW } from '#shared/i18n/ui.nominations.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The term names and error texts are the server's recruitment catalog; the page strings are the UI's.
addCatalogs({ 'zh-TW': recruitmentZhTW, en: recruitmentEn });
addCatalogs({ 'zh-TW': uiNominationsZhTW, en: uiNominationsEn });
