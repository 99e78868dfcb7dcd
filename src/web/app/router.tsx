import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { Loading } from '../components/ui/Loading';
import { parseAgreementNewSearch, parseAgreementSearch } from '../features/agreements/search';
import { parseAuditSearch } from '../features/audit/search';
import { LoginPage } from '../features/auth/components/LoginPage';
import { parsePartnerSearch } from '../features/partners/search';
import { parseUserSearch } from '../features/users/search';
import { isApiError } from '../lib/api';
import { paths } from '../lib/paths';
import { can, meQuery } from '../lib/session';
import { AppLayout } from './AppLayout';
import { NotFoundPage, RouteErrorPage } from './ErrorPages';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (raw: Record<string, unknown>) => ({
    redirect: typeof raw.redirect === 'string' ? raw.redirect : undefined,
  }),
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    if (me) throw redirect({ to: paths.home() });
  },
  component: LoginPage,
});

/** Everything below needs a session; without one the user goes to the login page and comes back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    try {
      return { me: await context.queryClient.ensureQueryData(meQuery) };
    } catch (err) {
      if (isApiError(err) && err.status === 401) {
        throw redirect({ to: paths.login(), search: { redirect: location.href } });
      }
      throw err;
    }
  },
  component: AppLayout,
});

const page = (path: string, component: ReturnType<typeof lazyRouteComponent>, extra: object = {}) =>
  createRoute({ getParentRoute: () => appRoute, path, component, ...extra });

/** Pages only some roles have: without the capability the link is hidden and the URL leads home. */
const requires = (resource: string, action: string) => ({
  beforeLoad: ({ context }: { context: { me: Parameters<typeof can>[0] } }) => {
    if (!can(context.me, resource, action)) throw redirect({ to: paths.home() });
  },
});

const lazy = {
  home: lazyRouteComponent(() => import('./pages/HomePage'), 'HomePage'),
  partners: lazyRouteComponent(() => import('../features/partners/components/PartnersListPage'), 'PartnersListPage'),
  partnerNew: lazyRouteComponent(
    () => import('../features/partners/components/PartnerCreatePage'),
    'PartnerCreatePage',
  ),
  partner: lazyRouteComponent(() => import('./pages/PartnerPage'), 'PartnerPage'),
  partnerEdit: lazyRouteComponent(() => import('../features/partners/components/PartnerEditPage'), 'PartnerEditPage'),
  agreements: lazyRouteComponent(
    () => import('../features/agreements/components/AgreementsListPage'),
    'AgreementsListPage',
  ),
  agreementNew: lazyRouteComponent(
    () => import('../features/agreements/components/AgreementCreatePage'),
    'AgreementCreatePage',
  ),
  agreement: lazyRouteComponent(
    () => import('../features/agreements/components/AgreementDetailPage'),
    'AgreementDetailPage',
  ),
  agreementEdit: lazyRouteComponent(
    () => import('../features/agreements/components/AgreementEditPage'),
    'AgreementEditPage',
  ),
  imports: lazyRouteComponent(() => import('../features/imports/components/ImportPage'), 'ImportPage'),
  worldMap: lazyRouteComponent(() => import('../features/dashboard/components/WorldMapPage'), 'WorldMapPage'),
  notifications: lazyRouteComponent(
    () => import('../features/notifications/components/NotificationsPage'),
    'NotificationsPage',
  ),
  outbox: lazyRouteComponent(() => import('../features/notifications/components/OutboxPage'), 'OutboxPage'),
  users: lazyRouteComponent(() => import('../features/users/components/UsersListPage'), 'UsersListPage'),
  userNew: lazyRouteComponent(() => import('../features/users/components/UserCreatePage'), 'UserCreatePage'),
  user: lazyRouteComponent(() => import('../features/users/components/UserEditPage'), 'UserEditPage'),
  audit: lazyRouteComponent(() => import('../features/audit/components/AuditLogPage'), 'AuditLogPage'),
  account: lazyRouteComponent(() => import('../features/account/components/AccountPage'), 'AccountPage'),
};

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    page('/', lazy.home),
    page('partners', lazy.partners, { validateSearch: parsePartnerSearch }),
    page('partners/new', lazy.partnerNew, requires('partners', 'create')),
    page('partners/$id', lazy.partner),
    page('partners/$id/edit', lazy.partnerEdit),
    page('agreements', lazy.agreements, { validateSearch: parseAgreementSearch, ...requires('agreements', 'read') }),
    page('agreements/new', lazy.agreementNew, {
      validateSearch: parseAgreementNewSearch,
      ...requires('agreements', 'create'),
    }),
    page('agreements/$id', lazy.agreement, requires('agreements', 'read')),
    page('agreements/$id/edit', lazy.agreementEdit, requires('agreements', 'update')),
    page('imports', lazy.imports, requires('agreements', 'import')),
    page('map', lazy.worldMap, requires('partners', 'read')),
    page('notifications', lazy.notifications),
    page('outbox', lazy.outbox, requires('mail', 'outbox')),
    page('users', lazy.users, { validateSearch: parseUserSearch, ...requires('users', 'read') }),
    page('users/new', lazy.userNew, requires('users', 'create')),
    page('users/$id', lazy.user, requires('users', 'read')),
    page('audit', lazy.audit, { validateSearch: parseAuditSearch, ...requires('audit', 'search') }),
    page('account', lazy.account),
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPendingComponent: Loading,
    defaultErrorComponent: RouteErrorPage,
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}
export type AppRouter = ReturnType<typeof createAppRouter>;
