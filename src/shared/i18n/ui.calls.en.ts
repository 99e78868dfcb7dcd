import type { DeepStrings } from './merge.js';
import type { uiCallsZhTW } from './ui.calls.zh-TW.js';

export const uiCallsEn: DeepStrings<typeof uiCallsZhTW> = {};
