import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDisposition } from '#server/lib/http-files.js';
import { FREE_FAILURES, lockSeconds } from '#server/modules/auth/auth.service.js';
import { sessionExpiry } from '#server/modules/auth/session.hook.js';
import { translate } from '#shared/i18n/index.js';
import { pickLocale } from '#shared/roles.js';

describe('login slow-down', () => {
  it('is free for the first failures, then grows without ever exceeding 15 minutes', () => {
    for (let f = 0; f <= FREE_FAILURES; f++) expect(lockSeconds(f)).toBe(0);
    expect(lockSeconds(FREE_FAILURES + 1)).toBe(30);
    fc.assert(
      fc.property(fc.integer({ min: FREE_FAILURES + 1, max: 1000 }), (f) => {
        expect(lockSeconds(f + 1)).toBeGreaterThanOrEqual(lockSeconds(f));
        expect(lockSeconds(f)).toBeLessThanOrEqual(900);
      }),
    );
  });
});

describe('session expiry', () => {
  it('slides with activity but never passes the absolute limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 86_400_000 }), (elapsed) => {
        const created = new Date('2026-01-01T00:00:00Z');
        const now = new Date(created.getTime() + elapsed);
        const exp = sessionExpiry(created, now, 12, 7).getTime();
        expect(exp).toBeLessThanOrEqual(created.getTime() + 7 * 86_400_000);
        expect(exp).toBeLessThanOrEqual(now.getTime() + 12 * 3_600_000);
      }),
    );
  });
});

describe('locale and messages', () => {
  it('picks zh-TW by default and English only when asked', () => {
    expect(pickLocale(undefined)).toBe('zh-TW');
    expect(pickLocale('fr-FR,de;q=0.8')).toBe('zh-TW');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('zh-Hant-TW,en;q=0.5')).toBe('zh-TW');
  });

  it('fills parameters and falls back to the key when unknown', () => {
    expect(translate('en', 'validation.too_big_string', { maximum: 200 })).toBe('Use at most 200 characters.');
    expect(translate('zh-TW', 'validation.too_big_string', { maximum: 200 })).toBe('最多 200 個字元。');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });
});

describe('download file names', () => {
  it('round-trips any Unicode name through filename*', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), (name) => {
        const header = contentDisposition(name);
        const encoded = header.match(/filename\*=UTF-8''(.*)$/)?.[1] as string;
        expect(decodeURIComponent(encoded)).toBe(name);
        expect(header.match(/filename="([^"]*)"/)?.[1]).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });
});
