/**
 * Where a service's or core's stable error codes become HTTP statuses. Services stay free of
 * HTTP (the CLI calls them too); routes wrap their one service call in `withApiErrors`.
 */
import { AnalyzeError } from '@onsite/core';
import { ServiceError, type ServiceErrorCode } from '../services/errors';
import { ApiError } from './errors';

const STATUS_OF: Record<ServiceErrorCode, number> = {
  not_found: 404,
  version_conflict: 409,
  read_only: 403,
  invalid_reference: 422,
  invalid_company: 422,
  company_exists: 409,
};

export function toApiError(error: unknown): unknown {
  if (error instanceof ServiceError) {
    return new ApiError(STATUS_OF[error.code], error.code, error.message, error.details);
  }
  // The text was well-formed JSON but core cannot judge it (empty, unknown level…): 422.
  if (error instanceof AnalyzeError) return new ApiError(422, error.code, error.message, error.details);
  return error;
}

export async function withApiErrors<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toApiError(error);
  }
}
