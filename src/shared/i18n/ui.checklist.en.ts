import type { DeepStrings } from './merge.js';
import type { uiChecklistZhTW } from './ui.checklist.zh-TW.js';

export const uiChecklistEn: DeepStrings<typeof uiChecklistZhTW> = {};
