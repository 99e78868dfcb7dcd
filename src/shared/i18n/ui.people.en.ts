import type { DeepStrings } from './merge.js';
import type { uiPeopleZhTW } from './ui.people.zh-TW.js';

export const uiPeopleEn: DeepStrings<typeof uiPeopleZhTW> = {};
