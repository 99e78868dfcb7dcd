import { deskEn } from '#shared/i18n/desk.en';
import { deskZhTW } from '#shared/i18n/desk.zh-TW';
import { uiTrainingEn } from '#shared/i18n/ui.training.en';
import { uiTrainingZhTW } from '#shared/i18n/ui.training.zh-TW';
import { addCatalogs } from '#web/lib/i18n';

addCatalogs({ 'zh-TW': deskZhTW, en: deskEn });
addCatalogs({ 'zh-TW': uiTrainingZhTW, en: uiTrainingEn });
