import { uiPortalAdminEn } from '#shared/i18n/ui.portal-admin.en';
import { uiPortalAdminZhTW } from '#shared/i18n/ui.portal-admin.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiPortalAdminZhTW, en: uiPortalAdminEn });
