import { uiImportsEn } from '../../../shared/i18n/ui.imports.en';
import { uiImportsZhTW } from '../../../shared/i18n/ui.imports.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiImportsZhTW, en: uiImportsEn });
