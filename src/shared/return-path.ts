/**
 * Where to go after signing in: only ever a path on this site (not `//host`, not `/\host`, which browsers
 * read as another host), never the sign-in page itself. Used by the server's sign-in page and the web app.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return '/';
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  return value;
}
