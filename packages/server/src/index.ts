/**
 * The server package's public face: build the app over a storage, read the config, and the
 * error type routes and services throw. Starting a process is main.ts's job, not an import's.
 */
export { type BuildAppOptions, buildApp } from './app';
export { type Config, ConfigError, isLoopbackHost, loadConfig } from './config';
// Storage, backup, export and import for the CLI: the same services the routes call.
export { backupSqlite } from './db/backup';
export { openStorage } from './db/connection';
export { isStorageError, StorageError } from './db/errors';
export { migrate } from './db/migrate';
export type { DialectName, Storage } from './db/storage';
export {
  ApiError,
  type ErrorBody,
  type ErrorDetail,
  errorBody,
  errorResponseSchema,
  isApiError,
} from './http/errors';
export type { RouteDeps, RoutePlugin } from './http/route';
export { ServiceError } from './services/errors';
export {
  type ExportOptions,
  exportDocument,
  exportJson,
  type Progress,
  writeJsonExport,
} from './services/export';
export { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportDocument } from './services/export-schema';
export {
  ImportError,
  type ImportMode,
  type ImportOptions,
  type ImportReport,
  importDocument,
  type RecordError,
} from './services/import';
export { ExportTargetError, MARKDOWN_DATA_FILE, writeMarkdownExport } from './services/markdown-export';
export { readMarkdownExport } from './services/markdown-import';
