import type { FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '#shared/roles.js';

/**
 * The language of the answer: an explicit `x-locale` header (the web app sends its current
 * language) or `?locale=` (for downloads, where a link cannot set headers), else the signed-in user's
 * preference, else Accept-Language, else zh-TW.
 */
export function requestLocale(req: FastifyRequest): Locale {
  // Read from the raw URL: validated query objects drop keys their schema does not name.
  const query = req.url.includes('locale=') ? new URL(req.url, 'http://local').searchParams.get('locale') : null;
  const explicit = req.headers['x-locale'] ?? query ?? undefined;
  if (typeof explicit === 'string' && explicit) return pickLocale(explicit);
  const userLocale = req.user?.locale;
  if (userLocale === 'en' || userLocale === 'zh-TW') return userLocale;
  return pickLocale(req.headers['accept-language']);
}
