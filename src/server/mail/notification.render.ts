import { localName, translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';

/**
 * A notification stores its parameters, not its text, so each reader sees it in their language.
 * A parameter is a plain value, or a bilingual pair `{ zh, en }` shown in the reader's language.
 */
export type Bilingual = { zh: string | null; en: string | null };
export type NotificationParams = Record<string, string | number | Bilingual | null>;

const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && ('zh' in v || 'en' in v);

/** The parameters with bilingual values resolved for one language (missing values become '—'). */
export function localParams(locale: Locale, params: NotificationParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const v = isBilingual(value) ? localName(locale, value.zh, value.en) : value;
    out[key] = v === null || v === '' ? '—' : v;
  }
  return out;
}

export function parseParams(json: string): NotificationParams {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? (value as NotificationParams) : {};
  } catch {
    return {};
  }
}

/** Title and body of a notification kind ('agreement.expiry_90' → notifications.agreement.expiry_90.*). */
export function renderNotification(
  locale: Locale,
  kind: string,
  params: NotificationParams,
): { title: string; body: string } {
  const vars = localParams(locale, params);
  const part = (name: 'title' | 'body') => translate(locale, `notifications.${kind}.${name}`, vars);
  return { title: part('title'), body: part('body') };
}
