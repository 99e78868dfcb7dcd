import { i18n } from './i18n';

type Options = { color: string; title?: string; message: string; autoClose: number };

/** Notifications load on demand (they are never part of the first paint). */
function show(options: Options) {
  const closeButtonProps = { 'aria-label': i18n.t('common.close') };
  void import('@mantine/notifications').then(({ notifications }) =>
    notifications.show({ ...options, closeButtonProps }),
  );
}

/** Shows an API error's message (already in the user's language) as a notification. */
export function notifyError(err: unknown) {
  const message = err instanceof Error && err.message ? err.message : i18n.t('errors.INTERNAL');
  show({ color: 'red', title: i18n.t('common.errorTitle'), message, autoClose: 8000 });
}

export function notifySuccess(message: string) {
  show({ color: 'teal', message, autoClose: 4000 });
}
