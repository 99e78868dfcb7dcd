import type { DeepStrings } from './merge.js';
import type { mobilityZhTW } from './mobility.zh-TW.js';

export const mobilityEn: DeepStrings<typeof mobilityZhTW> = {};
