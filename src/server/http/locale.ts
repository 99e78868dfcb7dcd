import type { FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../../shared/roles.js';

/**
 * The language of the answer: an explicit `x-locale` header (the web app sends its current
 * language), else the signed-in user's preference, else Accept-Language, else zh-TW.
 */
export function requestLocale(req: FastifyRequest): Locale {
  const explicit = req.headers['x-locale'];
  if (typeof explicit === 'string' && explicit) return pickLocale(explicit);
  const userLocale = req.user?.locale;
  if (userLocale === 'en' || userLocale === 'zh-TW') return userLocale;
  return pickLocale(req.headers['accept-language']);
}
