import type { activitiesZhTW } from './activities.zh-TW.js';
import type { DeepStrings } from './merge.js';

export const activitiesEn: DeepStrings<typeof activitiesZhTW> = {
  activities: { title: 'College exchange activities' },
};
