import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '#shared/return-path.js';

/** The way back after signing in (the server's sign-in page and the web app share it): only a path of this site. */
describe('safeReturnPath', () => {
  it('never leaves the site, whatever it is given', () => {
    const pieces = fc.constantFrom('/', '//', '\\', '/\\', 'http:', 'login', '?', 'evil.example', 'a', '%2F', ' ');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
          fc.anything(),
        ),
        (value) => {
          const path = safeReturnPath(value);
          expect(path.startsWith('/')).toBe(true);
          expect(path.startsWith('//') || path.startsWith('/\\')).toBe(false);
          expect(path === '/login' || path.startsWith('/login?')).toBe(false);
        },
      ),
    );
  });

  it('keeps a path of this site as it is', () => {
    fc.assert(
      fc.property(
        fc.webPath().filter((p) => p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/login')),
        (p) => {
          expect(safeReturnPath(p)).toBe(p);
        },
      ),
    );
    expect(safeReturnPath('/partners?q=%E5%8F%B0')).toBe('/partners?q=%E5%8F%B0');
  });
});
