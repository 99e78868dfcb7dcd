import type { DeepStrings } from './merge.js';
import type { uiMobilityZhTW } from './ui.mobility.zh-TW.js';

export const uiMobilityEn: DeepStrings<typeof uiMobilityZhTW> = {};
