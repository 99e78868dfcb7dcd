import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, HTTP_STATUS } from '#server/lib/errors.js';
import type { ApiError, ErrorCode, FieldError } from '#shared/errors.js';
import { translate } from '#shared/i18n/index.js';
import { requestLocale } from './locale.js';

import { fieldErrorsFromIssues } from './validation-messages.js';
import { RequestValidationError } from './validator.js';

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: AppError['extra'] & { fieldErrors?: FieldError[] } = {},
) {
  const locale = requestLocale(req);
  const fields =
    extra.fieldErrors ??
    extra.fields?.map((f) => ({
      path: f.path,
      code: f.key,
      message: translate(locale, `validation.${f.key}`, f.params),
    }));
  const body: ApiError = {
    error: {
      code,
      message: translate(locale, `errors.${extra.messageKey ?? code}`, { seconds: extra.retryAfterSeconds }),
      ...(fields?.length ? { fields } : {}),
      ...(extra.current !== undefined ? { current: extra.current } : {}),
      ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
    },
  };
  if (extra.retryAfterSeconds !== undefined) reply.header('retry-after', String(extra.retryAfterSeconds));
  return reply.status(HTTP_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/** Maps framework errors (parser, body limit, schema validation) onto our codes, never a bare 500. */
function codeForFrameworkError(err: FastifyError): ErrorCode {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_BAD_URL':
      return 'MALFORMED_REQUEST';
  }
  if (err.statusCode === 429) return 'RATE_LIMITED';
  if (err.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (err.statusCode === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return 'MALFORMED_REQUEST';
  if (err instanceof SyntaxError) return 'MALFORMED_REQUEST';
  return 'INTERNAL';
}

/**
 * One error handler and one not-found handler for the whole app. With `spaPage`, a GET or HEAD outside /api
 * that matches no file answers with the web app's index.html, so client-side routes survive a reload.
 */
export function registerErrorHandling(app: FastifyInstance, spaPage?: (reply: FastifyReply) => Promise<FastifyReply>) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return sendError(req, reply, err.code, err.extra);
    if (err instanceof RequestValidationError) {
      const fieldErrors = fieldErrorsFromIssues(requestLocale(req), err.issues);
      return sendError(req, reply, 'VALIDATION_FAILED', { fieldErrors });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ issues: err.cause.issues, url: req.url }, 'response did not match its schema');
      return sendError(req, reply, 'INTERNAL');
    }
    const code = codeForFrameworkError(err);
    if (code === 'INTERNAL') req.log.error(err);
    return sendError(req, reply, code);
  });
  app.setNotFoundHandler((req, reply) => {
    if (spaPage && (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api'))
      return spaPage(reply);
    return sendError(req, reply, 'NOT_FOUND');
  });
}
