import { useId as useReactId } from 'react';

/**
 * Stands in for @mantine/hooks' `useId` in the built app (scripts/vite-mantine-use-id.ts). Mantine's starts
 * from React's id and then, in a layout effect on mount, sets a random one, even when the component was given
 * its own id: every input, select, tooltip and menu re-rendered once, synchronously, inside the commit that
 * mounted it. On /partners that second render was 205 ms of a warm load's profile (25 rows' tooltips, the
 * filters), at 4× CPU a long task of its own. React's own id is stable from the first render: kept as it is.
 */
export function useId(staticId?: string): string {
  const reactId = useReactId();
  // React 19 writes ids as «r1» or _r_1_: only word characters and '-' are kept, so that the id is also a
  // valid CSS selector (Mantine looks some up with querySelector).
  return typeof staticId === 'string' ? staticId : `mantine-${reactId.replace(/[^\w-]/g, '')}`;
}
