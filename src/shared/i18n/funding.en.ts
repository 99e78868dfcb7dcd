import type { fundingZhTW } from './funding.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const fundingEn: DeepStrings<typeof fundingZhTW> = {};
