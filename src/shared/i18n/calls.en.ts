import type { callsZhTW } from './calls.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const callsEn: DeepStrings<typeof callsZhTW> = {};
