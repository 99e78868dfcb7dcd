/**
 * The one error vocabulary of the API. Every error response has the shape of `ApiError`;
 * the HTTP status for each code lives in the server's table (src/server/http/errors.ts).
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'CSRF_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'DUPLICATE',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: string; code: string; message: string };

export type ApiError = {
  error: {
    code: ErrorCode;
    message: string;
    fields?: FieldError[];
    /** For VERSION_CONFLICT: the record as it is now, so the client can show and merge. */
    current?: unknown;
    retryAfterSeconds?: number;
  };
};
