import { uiFundingEn } from '../../../shared/i18n/ui.funding.en';
import { uiFundingZhTW } from '../../../shared/i18n/ui.funding.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiFundingZhTW, en: uiFundingEn });
