/** Notifications and e-mail templates (server and web): reminders for agreements and, later, mobility. */
export const notificationsZhTW = { notifications: { title: '通知' } };
