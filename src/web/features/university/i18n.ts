import { uiUniversityEn } from '#shared/i18n/ui.university.en';
import { uiUniversityZhTW } from '#shared/i18n/ui.university.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': uiUniversityZhTW, en: uiUniversityEn });
