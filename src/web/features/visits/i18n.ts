import { engagementsEn } from '#shared/i18n/engagements.en';
import { engagementsZhTW } from '#shared/i18n/engagements.zh-TW';
import { uiEngagementsEn } from '#shared/i18n/ui.engagements.en';
import { uiEngagementsZhTW } from '#shared/i18n/ui.engagements.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

// Events, visits and calendar feeds share their labels (kinds, roles, checklist items) and page strings.
addCatalogs({ 'zh-TW': engagementsZhTW, en: engagementsEn });
addCatalogs({ 'zh-TW': uiEngagementsZhTW, en: uiEngagementsEn });
