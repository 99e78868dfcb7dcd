import type { DeepStrings } from './merge.js';
import type { uiActivitiesZhTW } from './ui.activities.zh-TW.js';

export const uiActivitiesEn: DeepStrings<typeof uiActivitiesZhTW> = {
  activitiesUi: { builderTitle: 'Report builder' },
};
