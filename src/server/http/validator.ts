import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
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
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues as IssueLike[]) };
  };
