import { recruitmentEn } from '#shared/i18n/recruitment.en';
import { recruitmentZhTW } from '#shared/i18n/recruitment.zh-TW';
import { uiRecruitmentEn } from '#shared/i18n/ui.recruitment.en';
import { uiRecruitmentZhTW } from '#shared/i18n/ui.recruitment.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// The funnel's column and channel names are the server's (the xlsx uses them too); the page strings are the UI's.
addCatalogs({ 'zh-TW': recruitmentZhTW, en: recruitmentEn });
addCatalogs({ 'zh-TW': uiRecruitmentZhTW, en: uiRecruitmentEn });
