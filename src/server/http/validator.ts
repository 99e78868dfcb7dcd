import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { INT_MAX } from '#shared/schemas/common.js';
import type { IssueLike } from './validation-messages.js';

/** Thrown by request validation; the error handler turns the zod issues into localized field errors. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: IssueLike[]) {
    super('request validation failed');
  }
}

/**
 * Validates requests with the route's zod schema. Unlike the type provider's default compiler it keeps
 * each issue's input, so "missing" and "wrong" get different messages.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success) return { error: new RequestValidationError(result.error.issues as IssueLike[]) };
    const unstorable = unstorableValues(result.data, []);
    if (unstorable.length) return { error: new RequestValidationError(unstorable) };
    return { value: result.data };
  };

/**
 * Values no column can keep, refused for every route at once (issue 16): an integer beyond PostgreSQL's
 * `integer` (ids, counts, amounts — all int4) and a NUL character, which PostgreSQL text refuses and
 * SQLite would store, cutting the text short for C string readers. Both dialects answer 400 alike.
 */
function unstorableValues(value: unknown, path: PropertyKey[]): IssueLike[] {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) > INT_MAX)
      return [{ code: 'too_big', origin: 'number', maximum: INT_MAX, path }];
    return [];
  }
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ code: 'custom', params: { i18n: 'nul_character' }, path }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableValues(v, [...path, i]));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.entries(value).flatMap(([k, v]) => unstorableValues(v, [...path, k]));
  return [];
}
