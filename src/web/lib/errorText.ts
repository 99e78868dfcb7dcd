import { isApiError } from './api';
import { i18n } from './i18n';

/**
 * What to tell the user about a failed action that has no form field to show errors on: the server's field
 * messages (e.g. "needed before it can take effect: start date"), else its general message. `shown` are the
 * paths already displayed beside their fields.
 */
export function errorText(err: unknown, shown: string[] = []): string {
  if (isApiError(err)) {
    const messages = [...new Set(err.fields.filter((f) => !shown.includes(f.path)).map((f) => f.message))];
    if (messages.length) return messages.join(' ');
  }
  return err instanceof Error && err.message ? err.message : i18n.t('errors.INTERNAL');
}
