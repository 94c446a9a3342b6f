/**
 * Storage failures carry a stable code (Actual Budget style): the HTTP and CLI edges turn the
 * code into words, and tests assert the code, not the prose.
 */
export type StorageErrorCode =
  /** The operation exists for SQLite only (PostgreSQL backups are a pg_dump / export matter). */
  | 'STORAGE_UNSUPPORTED_DIALECT'
  /** A migration left rows that break a foreign key; it was rolled back. */
  | 'MIGRATION_FOREIGN_KEY_VIOLATION'
  /** A migration threw; it was rolled back and nothing after it ran. */
  | 'MIGRATION_FAILED'
  /** The database records a migration this build does not know: it was written by a newer Onsite. */
  | 'DATABASE_NEWER_THAN_APP'
  /** The backup target already exists: backups never overwrite a file. */
  | 'BACKUP_TARGET_EXISTS'
  /** The storage handle was used after close(). */
  | 'STORAGE_CLOSED'
  /** Configuration the storage layer cannot use (bad schema name, unknown URL scheme). */
  | 'STORAGE_CONFIG_INVALID';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: StorageErrorCode,
    message: string,
    options?: { details?: Record<string, unknown>; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StorageError';
    this.code = code;
    this.details = options?.details;
  }
}

export function isStorageError(error: unknown, code?: StorageErrorCode): error is StorageError {
  return error instanceof StorageError && (code === undefined || error.code === code);
}
