import { uiMobilityEn } from '../../../shared/i18n/ui.mobility.en';
import { uiMobilityZhTW } from '../../../shared/i18n/ui.mobility.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiMobilityZhTW, en: uiMobilityEn });
