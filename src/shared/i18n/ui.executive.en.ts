import type { DeepStrings } from './merge.js';
import type { uiExecutiveZhTW } from './ui.executive.zh-TW.js';

export const uiExecutiveEn: DeepStrings<typeof uiExecutiveZhTW> = {
  executiveUi: { reportsTitle: 'Reports', statusTitle: 'Internationalization status report' },
};
