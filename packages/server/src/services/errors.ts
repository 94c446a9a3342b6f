/**
 * Expected failures of a service, with a stable code and no HTTP in sight: the routes (and the
 * CLI) decide what a code means at their edge. Invalid input is reported as the ZodError the
 * shared schemas raise.
 */
export type ServiceErrorCode =
  /** No record with that id. */
  | 'not_found'
  /** The write named a version that is no longer the stored one; `details.current` is the record now. */
  | 'version_conflict'
  /** The record is built in (a company's principle set, a bank question) and cannot be changed. */
  | 'read_only'
  /** The input names a record that does not exist (a practice answer's storyId, say). */
  | 'invalid_reference'
  /** Core refused a custom company set; `details.errors` carry its stable codes and paths. */
  | 'invalid_company'
  /** Another custom company set already has this id. */
  | 'company_exists';

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

/** "No <noun> with id <id>": 404 at the HTTP edge. */
export function notFound(noun: string, id: string): ServiceError {
  return new ServiceError('not_found', `No ${noun} with id ${id}`, { id });
}

/** The write named a stale version: 409 at the edge, with the record as it is now. */
export function versionConflict(noun: string, current: { version: number }): ServiceError {
  return new ServiceError(
    'version_conflict',
    `The ${noun} is at version ${current.version}; reload it and apply your change again`,
    { current },
  );
}
