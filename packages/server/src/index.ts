/**
 * The server package's public face: build the app over a storage, read the config, and the
 * error type routes and services throw. Starting a process is main.ts's job, not an import's.
 */
export { type BuildAppOptions, buildApp } from './app';
export { type Config, ConfigError, isLoopbackHost, loadConfig } from './config';
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
