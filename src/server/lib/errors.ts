import type { ErrorCode } from '#shared/errors.js';

/**
 * The one error type the services throw, and the one code → HTTP status table (the codes and the error
 * body's shape are in shared/errors.ts). Low in the tree on purpose: lib, modules and http all throw it;
 * http/errors.ts turns it into the response.
 */
/** The one code → HTTP status table. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  TOO_MANY_ATTEMPTS: 429,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  INVALID_TRANSITION: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** Field error before translation: the path and a catalog key (with its parameters). */
export type FieldProblem = { path: string; key: string; params?: Record<string, unknown> };

/** The one error type the services throw. Messages are catalog keys, translated per request. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extra: {
      fields?: FieldProblem[];
      current?: unknown;
      retryAfterSeconds?: number;
      messageKey?: string;
    } = {},
  ) {
    super(code);
  }
  static notFound() {
    return new AppError('NOT_FOUND');
  }
  static forbidden() {
    return new AppError('FORBIDDEN');
  }
  static field(path: string, key: string, params?: Record<string, unknown>) {
    return new AppError('VALIDATION_FAILED', { fields: [{ path, key, params }] });
  }
}
