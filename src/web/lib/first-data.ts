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

let answers: Map<string, unknown> | undefined;
let answersLocale: string | undefined;

/**
 * The server's answer to one of the page's first requests (#shared/first-requests), handed out once and only
 * in the language it was asked in; anything else goes to the server.
 */
export function takeFirstAnswer(url: string, locale: string): unknown {
  if (answers === undefined) {
    const given = takeFirstData('answers');
    answers = new Map(Object.entries(given?.byUrl ?? {}));
    answersLocale = given?.locale;
  }
  if (answersLocale !== locale || !answers.has(url)) return undefined;
  const value = answers.get(url);
  answers.delete(url);
  return value;
}

/** Drops the answers the first page did not use: later asks (another user after a sign-out) go to the server. */
export function dropFirstAnswers() {
  answers = new Map();
}
