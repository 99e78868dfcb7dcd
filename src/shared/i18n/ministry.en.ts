import type { DeepStrings } from './merge.js';
import type { ministryZhTW } from './ministry.zh-TW.js';

export const ministryEn: DeepStrings<typeof ministryZhTW> = {
  ministry: { title: "Ministry's tables" },
};
