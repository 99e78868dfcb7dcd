import type { FieldError } from '#shared/errors.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';

/** The parts of a zod issue we read; kept loose so both request and in-service validation can use it. */
export type IssueLike = {
  code: string;
  path?: PropertyKey[];
  input?: unknown;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  keys?: string[];
  params?: { i18n?: string };
};

/** Turns zod issues into field errors with messages from the catalog, in the request's language. */
export function fieldErrorsFromIssues(locale: Locale, issues: IssueLike[]): FieldError[] {
  return issues.map((issue) => {
    const { key, params } = messageKeyFor(issue);
    const path = (issue.path ?? []).map(String).join('.');
    return { path, code: key, message: translate(locale, `validation.${key}`, params) };
  });
}

function messageKeyFor(issue: IssueLike): { key: string; params?: Record<string, unknown> } {
  switch (issue.code) {
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === null ? 'required' : 'invalid_type' };
    case 'too_small': {
      const kind = sizeKind(issue.origin);
      if (kind === 'string' && Number(issue.minimum) === 1) return { key: 'required' };
      return { key: TOO_SMALL[kind], params: { minimum: Number(issue.minimum) } };
    }
    case 'too_big':
      return { key: TOO_BIG[sizeKind(issue.origin)], params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'invalid_email' };
      if (issue.format === 'url') return { key: 'invalid_url' };
      if (issue.format === 'date' || issue.format === 'datetime') return { key: 'invalid_date' };
      return { key: 'invalid_format' };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'invalid_value' };
    case 'unrecognized_keys':
      return { key: 'unrecognized_keys', params: { keys: (issue.keys ?? []).join(', ') } };
    case 'custom':
      return { key: issue.params?.i18n ?? 'invalid_format' };
    default:
      return { key: 'invalid_format' };
  }
}

// Spelled out (not built from the kind) so the catalog check can see each key is used.
const TOO_SMALL = { string: 'too_small_string', number: 'too_small_number', array: 'too_small_array' } as const;
const TOO_BIG = { string: 'too_big_string', number: 'too_big_number', array: 'too_big_array' } as const;

function sizeKind(origin: string | undefined): 'string' | 'number' | 'array' {
  if (origin === 'array' || origin === 'set') return 'array';
  if (origin === 'number' || origin === 'int' || origin === 'bigint' || origin === 'date') return 'number';
  return 'string';
}
