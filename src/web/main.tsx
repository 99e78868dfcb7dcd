import './app/mantine.css';
import './app/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { dropFirstAnswers } from '#web/lib/first-data';
import { queriesSettled, queryClient } from '#web/lib/query';
import { App, router } from './app/App';

/*
 * The first page's route (its guard, code and data) loads before React mounts, and the mount is a transition.
 * Mounted first, the router's state changes (pending → loaded) re-rendered the whole tree synchronously
 * (router and query stores are read through useSyncExternalStore, which React never time-slices): /partners
 * spent 697 ms in sync renders, in tasks up to 589 ms. Mounted after the load, in a transition, React renders
 * the page once in 5 ms slices: sync render 65 ms, all rendering 770 → 302 ms (CPU profile of one warm load,
 * unthrottled; docs/decisions/0046). A failed load mounts too: the router shows its error page.
 */
const root = document.getElementById('root');
if (root) {
  const mount = () =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    );
  // The loaders start their page's data without waiting for it; the first page waits (at most 2 s, then its own
  // loading state shows).
  const settle = () => queriesSettled(queryClient, 2_000);
  // What came with the page and the first page did not ask for is not kept for later (another user, stale).
  const start = () => {
    dropFirstAnswers();
    mount();
  };
  router.load().then(settle, settle).then(start, start);
}
