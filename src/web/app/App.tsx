import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { setUnauthenticatedHandler } from '#web/lib/api';
import { i18n } from '#web/lib/i18n';
import { paths } from '#web/lib/paths';
import { queryClient, refetchWordsOnLanguageChange } from '#web/lib/query';
import { meQuery } from '#web/lib/session';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';
import { warmStart } from './warm-start';

/** Exported for main.tsx, which loads the first page's route before it mounts the app. */
export const router = createAppRouter(queryClient);
refetchWordsOnLanguageChange(i18n);

/** Notifications are never needed for the first paint; shown ones wait in the store until this loads. */
const Notifications = lazy(async () => {
  const [m] = await Promise.all([
    import('@mantine/notifications'),
    import('@mantine/core/styles/Notification.css'),
    import('@mantine/notifications/styles.css'),
  ]);
  return { default: m.Notifications };
});

// A session that ends while the app is open (expired, signed out elsewhere): back to login, then back here.
setUnauthenticatedHandler(() => {
  queryClient.removeQueries({ queryKey: meQuery.queryKey });
  const location = router.state.location;
  if (location.pathname === paths.login()) return;
  void router.navigate({ to: paths.login(), search: { redirect: location.href } });
});
warmStart(router, queryClient);

export function App() {
  // main.tsx mounts the app once the first page's route has loaded, so the first commit is that page: the
  // loading frame of index.html goes before the browser paints.
  useLayoutEffect(() => document.getElementById('boot')?.remove(), []);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <NotificationsAfterFirstPage />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}

/**
 * The notifications load once the first page is shown, not beside it. Their own state, so that showing them
 * re-renders only this: kept in App it re-rendered the whole app once more, synchronously (281 ms of a cold
 * load of /partners in a CPU profile).
 */
function NotificationsAfterFirstPage() {
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  return shown ? (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  ) : null;
}
