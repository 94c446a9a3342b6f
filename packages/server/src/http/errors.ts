/**
 * The one error shape of the API: `{"error": {"code", "message", "details?"}}`. Codes are stable
 * identifiers clients branch on; messages are for people and may change.
 */
import { z } from 'zod';

/** Where in the request a problem is (`body.title`, `query.limit`) and what is wrong there. */
export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: unknown;
  };
}

/**
 * Thrown by routes and services for an expected failure; the error handler turns it into the
 * response as is. Examples:
 *   throw new ApiError(404, 'not_found', 'No story with that id');
 *   throw new ApiError(409, 'version_conflict', 'The story changed since you loaded it', { current });
 */
export class ApiError extends Error {
  override name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** `cause` is logged with a 5xx (never sent to the client). */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** For route schemas, so the OpenAPI document shows the error responses too. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** Turns Zod issues into details, prefixed with the part of the request they are about. */
export function issuesToDetails(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix?: string,
): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.'),
    message: issue.message,
  }));
}

/** Generic codes for statuses nobody gave a more specific code. */
export function codeForStatus(status: number): string {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 405:
      return 'method_not_allowed';
    case 406:
      return 'not_acceptable';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 414:
      return 'uri_too_long';
    case 415:
      return 'unsupported_media_type';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'bad_request';
  }
}
