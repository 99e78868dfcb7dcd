import type { DeepStrings } from './merge.js';
import type { peopleZhTW } from './people.zh-TW.js';

export const peopleEn: DeepStrings<typeof peopleZhTW> = {};
