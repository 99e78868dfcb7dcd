import { uiChecklistEn } from '../../../shared/i18n/ui.checklist.en';
import { uiChecklistZhTW } from '../../../shared/i18n/ui.checklist.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiChecklistZhTW, en: uiChecklistEn });
