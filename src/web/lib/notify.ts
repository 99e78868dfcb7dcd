import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/** Shows an API error's message (already in the user's language) as a notification. */
export function notifyError(err: unknown) {
  const message = err instanceof Error && err.message ? err.message : i18n.t('errors.INTERNAL');
  notifications.show({ color: 'red', title: i18n.t('common.errorTitle'), message, autoClose: 8000 });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
