import { uiAcademicCalendarEn } from '#shared/i18n/ui.academic-calendar.en';
import { uiAcademicCalendarZhTW } from '#shared/i18n/ui.academic-calendar.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiAcademicCalendarZhTW, en: uiAcademicCalendarEn });
