import { FIRST_DATA_ELEMENT, type FirstData } from '#shared/first-data';

let data: Partial<FirstData> | undefined;

/**
 * What the server put in the page for a signed-in user (server/http/first-data.ts), each part handed out
 * once: after a sign-out the cache is cleared and the next ask must go to the server, not to the page.
 */
export function takeFirstData<K extends keyof FirstData>(key: K): FirstData[K] | undefined {
  if (data === undefined) {
    const element = typeof document === 'undefined' ? null : document.getElementById(FIRST_DATA_ELEMENT);
    try {
      data = element?.textContent ? (JSON.parse(element.textContent) as Partial<FirstData>) : {};
    } catch {
      data = {};
    }
    element?.remove();
  }
  const value = data[key];
  delete data[key];
  return value;
}
