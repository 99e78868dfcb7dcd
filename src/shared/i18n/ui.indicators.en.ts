import type { DeepStrings } from './merge.js';
import type { uiIndicatorsZhTW } from './ui.indicators.zh-TW.js';

export const uiIndicatorsEn: DeepStrings<typeof uiIndicatorsZhTW> = {
  indicatorsUi: { reportingTitle: 'Indicator reporting' },
};
