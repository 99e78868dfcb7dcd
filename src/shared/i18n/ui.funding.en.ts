import type { DeepStrings } from './merge.js';
import type { uiFundingZhTW } from './ui.funding.zh-TW.js';

export const uiFundingEn: DeepStrings<typeof uiFundingZhTW> = {};
