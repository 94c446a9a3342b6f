/**
 * The one place errors become HTTP responses. Bad input always ends as a 4xx with a stable code;
 * only our own bugs and outages reach 500, and those are logged here without the request body
 * (a story's text must never land in a log) and answered without a stack trace.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { ApiError, codeForStatus, type ErrorDetail, errorBody, issuesToDetails } from './errors';

/** Fastify's own errors that mean "your request is wrong", with the code we answer. */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is larger than the server accepts',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the body as application/json',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    // Also what prototype-poisoning keys (__proto__, constructor.prototype) produce.
    message: 'The body is not valid JSON, or uses a forbidden key such as __proto__',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The body is empty but the content type says JSON',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'invalid_request',
    message: 'The body length does not match Content-Length',
  },
};

const VALIDATION_PART: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

/** Request-validation failures (Zod through the type provider) as `{path, message}` details. */
function validationDetails(error: FastifyError): ErrorDetail[] {
  const part = VALIDATION_PART[error.validationContext ?? ''] ?? error.validationContext;
  if (!hasZodFastifySchemaValidationErrors(error)) {
    return [{ path: part ?? '', message: error.message }];
  }
  return error.validation.map((v) => ({
    path: [part, ...v.instancePath.split('/')].filter((p) => p !== undefined && p !== '').join('.'),
    message: v.message ?? 'is invalid',
  }));
}

/**
 * What we log for a 500: name, code, message and stack only. Driver errors carry extra fields
 * (pg's `detail`, `parameters`) that can echo the values being written, i.e. the user's text.
 */
export function loggableError(error: unknown): {
  type: string;
  message: string;
  stack: string;
  code?: string;
  cause?: unknown;
} {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a non-Error was thrown', stack: '' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message.slice(0, 500),
    stack: error.stack ?? '',
    ...(typeof code === 'string' ? { code } : {}),
    // One level is enough to see why (e.g. the driver error behind a 503).
    ...(error.cause instanceof Error ? { cause: { ...loggableError(error.cause), cause: undefined } } : {}),
  };
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiError) {
    if (error.status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(error.status).send(errorBody(error.code, error.message, error.details));
  }
  // A service that validates with Zod itself (import, say) is reporting bad input.
  if (error instanceof ZodError) {
    return reply
      .code(400)
      .send(errorBody('invalid_request', 'The request is invalid', issuesToDetails(error.issues)));
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    return reply
      .code(400)
      .send(errorBody('invalid_request', 'The request is invalid', validationDetails(error as FastifyError)));
  }
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return reply.code(known.status).send(errorBody(known.code, known.message));

  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's and its plugins' client errors: their messages are fixed strings, safe to show.
    return reply.code(status).send(errorBody(codeForStatus(status), fastifyError.message ?? 'Bad request'));
  }

  request.log.error({ err: error }, 'request failed');
  return reply
    .code(500)
    .send(errorBody('internal', 'Something went wrong on the server; the details are in its log'));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  return reply.code(404).send(errorBody('not_found', `Nothing at ${request.method} ${path}`));
}

/**
 * Errors Fastify raises before routing (a malformed URL such as /api/%zz). No hooks run for
 * these, so helmet's headers and the Host check are absent: answer with fixed text (never echo
 * the URL) and the few headers that matter for a JSON error.
 */
export function frameworkErrorHandler(
  error: unknown,
  _request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = (error as Partial<FastifyError>).statusCode;
  const code = typeof status === 'number' && status >= 400 && status < 500 ? status : 400;
  return reply
    .code(code)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .header('cache-control', 'no-store')
    .send(errorBody(codeForStatus(code), 'The request URL is malformed'));
}
