import type { DeepStrings } from './merge.js';
import type { uiMinistryZhTW } from './ui.ministry.zh-TW.js';

export const uiMinistryEn: DeepStrings<typeof uiMinistryZhTW> = {
  ministryUi: { settingsTitle: 'Counting settings' },
};
