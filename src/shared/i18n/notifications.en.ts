import type { DeepStrings } from './merge.js';
import type { notificationsZhTW } from './notifications.zh-TW.js';

export const notificationsEn: DeepStrings<typeof notificationsZhTW> = { notifications: { title: 'Notifications' } };
