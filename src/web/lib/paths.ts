/** Every page's path, built in one place (links, redirects, tests of the router all use these). */
export const paths = {
  home: () => '/',
  login: () => '/login',
  partners: () => '/partners',
  partnerNew: () => '/partners/new',
  partner: (id: number | string) => `/partners/${id}`,
  partnerEdit: (id: number | string) => `/partners/${id}/edit`,
  agreements: () => '/agreements',
  agreementNew: () => '/agreements/new',
  agreement: (id: number | string) => `/agreements/${id}`,
  agreementEdit: (id: number | string) => `/agreements/${id}/edit`,
  imports: () => '/imports',
  worldMap: () => '/map',
  notifications: () => '/notifications',
  outbox: () => '/outbox',
  users: () => '/users',
  userNew: () => '/users/new',
  user: (id: number | string) => `/users/${id}`,
  audit: () => '/audit',
  account: () => '/account',
} as const;

/** A return path after login is only ever a path on this site. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return paths.home();
  if (value.startsWith(paths.login())) return paths.home();
  return value;
}
