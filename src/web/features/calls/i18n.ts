import { uiCallsEn } from '../../../shared/i18n/ui.calls.en';
import { uiCallsZhTW } from '../../../shared/i18n/ui.calls.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiCallsZhTW, en: uiCallsEn });
