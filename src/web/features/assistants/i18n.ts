import { assistantsEn } from '#shared/i18n/assistants.en';
import { assistantsZhTW } from '#shared/i18n/assistants.zh-TW';
import { uiAssistantsEn } from '#shared/i18n/ui.assistants.en';
import { uiAssistantsZhTW } from '#shared/i18n/ui.assistants.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': assistantsZhTW, en: assistantsEn });
addCatalogs({ 'zh-TW': uiAssistantsZhTW, en: uiAssistantsEn });
