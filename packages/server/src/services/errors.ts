/**
 * Expected failures of a service, with a stable code and no HTTP in sight: the routes (and the
 * CLI) decide what a code means at their edge. Invalid input is reported as the ZodError the
 * shared schemas raise.
 */
export type ServiceErrorCode =
  /** No record with that id. */
  | 'not_found'
  /** The write named a version that is no longer the stored one; `details.current` is the record now. */
  | 'version_conflict';

export class ServiceError extends Error {
  override name = 'ServiceError';

  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
