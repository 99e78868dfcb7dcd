import type { indicatorsZhTW } from './indicators.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const indicatorsEn: DeepStrings<typeof indicatorsZhTW> = {
  indicators: { title: 'Internationalization indicators' },
};
