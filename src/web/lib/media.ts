import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint (48em): lists become cards, forms one column. */
export const PHONE_QUERY = '(max-width: 48em)';

/**
 * Whether the screen is a phone's, known at the first render. Mantine's default reads the media query only in
 * an effect, so on a phone every list first rendered as a table and then, once mounted, again as cards: on
 * /partners a second render of the whole list, synchronous, of 200+ ms in a warm-load profile (unthrottled).
 * The app renders only in the browser, so the query can be read at once.
 */
export function usePhone(): boolean {
  return useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false });
}
