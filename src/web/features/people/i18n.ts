import { uiPeopleEn } from '../../../shared/i18n/ui.people.en';
import { uiPeopleZhTW } from '../../../shared/i18n/ui.people.zh-TW';
import { addCatalogs } from '../../lib/i18n';

addCatalogs({ 'zh-TW': uiPeopleZhTW, en: uiPeopleEn });
