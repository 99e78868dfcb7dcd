import { uiIntegrationsEn } from '#shared/i18n/ui.integrations.en';
import { uiIntegrationsZhTW } from '#shared/i18n/ui.integrations.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiIntegrationsZhTW, en: uiIntegrationsEn });
