/** Web strings of the notifications feature (bell, outbox page). */
export const uiNotificationsZhTW = { notificationsUi: { title: '通知' } };
