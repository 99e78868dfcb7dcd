import { z } from 'zod';
import { type ApiError, ERROR_CODES } from '../errors.js';

/** The one error body (shared/errors.ts) as a schema: the OpenAPI document's `ApiError` component. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
    current: z.unknown().optional(),
    retryAfterSeconds: z.number().int().optional(),
  }),
});
// The schema and the type every error response is built as must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const apiErrorMatches: Same<z.infer<typeof ApiErrorBody>, ApiError> = true;
