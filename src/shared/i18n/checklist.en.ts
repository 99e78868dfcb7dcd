import type { checklistZhTW } from './checklist.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const checklistEn: DeepStrings<typeof checklistZhTW> = {};
