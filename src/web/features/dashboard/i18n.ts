import { uiDashboardEn } from '#shared/i18n/ui.dashboard.en';
import { uiDashboardZhTW } from '#shared/i18n/ui.dashboard.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiDashboardZhTW, en: uiDashboardEn });
