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
  people: () => '/people',
  personNew: () => '/people/new',
  person: (id: number | string) => `/people/${id}`,
  personEdit: (id: number | string) => `/people/${id}/edit`,
  mobilities: () => '/mobility',
  mobilityNew: () => '/mobility/new',
  mobility: (id: number | string) => `/mobility/${id}`,
  mobilityEdit: (id: number | string) => `/mobility/${id}/edit`,
  calls: () => '/calls',
  callNew: () => '/calls/new',
  call: (id: number | string) => `/calls/${id}`,
  callEdit: (id: number | string) => `/calls/${id}/edit`,
  callApply: (id: number | string) => `/calls/${id}/apply`,
  myApplications: () => '/applications',
  application: (id: number | string) => `/applications/${id}`,
  checklist: () => '/checklist',
  funding: () => '/funding',
  fundingProgram: (id: number | string) => `/funding/${id}`,
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
