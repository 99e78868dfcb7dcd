import type { ApiError, ErrorCode, FieldError } from '#shared/errors';
import { takeFirstAnswer } from './first-data';
import { currentLocale, i18n } from './i18n';

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | null | undefined>;

/** An error answer of the API (or a network failure), with the server's localized message. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly fields: FieldError[];
  readonly current: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    body: Omit<Partial<ApiError['error']>, 'code'> & { code: ErrorCode | 'NETWORK'; message: string },
  ) {
    super(body.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? [];
    this.current = body.current;
    this.retryAfterSeconds = body.retryAfterSeconds;
  }
}

export const isApiError = (e: unknown, code?: ApiRequestError['code']): e is ApiRequestError =>
  e instanceof ApiRequestError && (code === undefined || e.code === code);

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

let onUnauthenticated: (() => void) | null = null;
/** Called when a request answers 401 while signed in (session expired): the app sends the user to the login page. */
export const setUnauthenticatedHandler = (fn: () => void) => {
  onUnauthenticated = fn;
};

/** `?a=1&b=x` from the non-empty values, in a stable order. */
export function queryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const NO_REDIRECT = [`${API_BASE}/auth/login`, `${API_BASE}/auth/me`];

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  extra: Record<string, string> = {},
): Promise<T> {
  const url = `${API_BASE}${path}${queryString(query)}`;
  // The first page's own data may have come with the page (#shared/first-requests): no round trip for it.
  if (method === 'GET' && Object.keys(extra).length === 0) {
    const given = takeFirstAnswer(url, currentLocale());
    if (given !== undefined) return given as T;
  }
  const headers: Record<string, string> = { accept: 'application/json', 'x-locale': currentLocale(), ...extra };
  // A FormData body (file upload) sets its own multipart content type and boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('common.networkError') });
  }
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return data as T;
  const error = (data as ApiError | null)?.error;
  const err = new ApiRequestError(res.status, error ?? { code: 'INTERNAL', message: i18n.t('errors.INTERNAL') });
  if (res.status === 401 && err.code === 'UNAUTHENTICATED' && !NO_REDIRECT.some((p) => url.startsWith(p))) {
    onUnauthenticated?.();
  }
  throw err;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  /** multipart/form-data (the fields in the order appended, files last). */
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form),
};

/** The same calls with headers of their own (the admissions portal's applicant token instead of a session). */
export const apiWithHeaders = (headers: Record<string, string>) => ({
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query, headers),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body, undefined, headers),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body, undefined, headers),
  upload: <T>(path: string, form: FormData) => request<T>('POST', path, form, undefined, headers),
});

/** Field errors by path (`nameEn`, `contacts.0.email`), the first message of each. */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(err)) return out;
  for (const f of err.fields) out[f.path] ??= f.message;
  return out;
}

/** A write's error handler: on a version conflict the record is read again (shown as it is now); the error goes on. */
export const refetchOnConflict =
  (refetch: () => unknown) =>
  (e: unknown): never => {
    if (isApiError(e, 'VERSION_CONFLICT')) void refetch();
    throw e;
  };

/** A page of records as every list endpoint answers. */
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Keyset-paged lists (ADR 0035): false means "more than `total`". */
  totalExact?: boolean;
  /** Where the next page starts; null on the last page. */
  nextCursor?: string | null;
};

/**
 * Fetches a file the server builds (an export, a letter, a report) and saves it under the server's file
 * name. Unlike a plain link, the page knows while it is being built (the button shows progress) and
 * shows the server's error in the user's language instead of a browser error page.
 */
export async function downloadFile(url: string, extra: Record<string, string> = {}): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { 'x-locale': currentLocale(), ...extra }, credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, { code: 'NETWORK', message: i18n.t('common.networkError') });
  }
  if (!res.ok) {
    const error = ((await res.json().catch(() => null)) as ApiError | null)?.error;
    throw new ApiRequestError(res.status, error ?? { code: 'INTERNAL', message: i18n.t('errors.INTERNAL') });
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameOf(res.headers.get('content-disposition')) ?? url.split('?')[0]?.split('/').pop() ?? 'download';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the browser's download; free it once that has started.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The file name of a Content-Disposition header (RFC 6266: filename* in UTF-8 first, then filename). */
export function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
}
