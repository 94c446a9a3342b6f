/**
 * The Fastify instance: security first, then the one error handler, OpenAPI, and the route
 * modules listed in routes/index.ts. No listening and no storage opening here (main.ts does
 * that), so tests drive the same app through `app.inject` on a real database.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Storage } from './db/storage';
import { useAsciiJson } from './http/ascii-json';
import { errorHandler, frameworkErrorHandler, loggableError, notFoundHandler } from './http/error-handler';
import { registerResponseCache } from './http/response-cache';
import { registerSecurity } from './http/security';
import { securityHeaders } from './http/security-headers';
import { routes } from './routes/index';

export interface BuildAppOptions {
  config: Config;
  storage: Storage;
  /** Where log lines go (default stdout); tests pass a stream to read what was logged. */
  logStream?: { write(line: string): void };
}

/** What a request looks like in the log: method and path only (queries can hold search text). */
function requestForLog(request: { method?: string; url?: string; id?: string }) {
  return { id: request.id, method: request.method, path: (request.url ?? '').split('?')[0] };
}

function loggerOptions(options: BuildAppOptions): FastifyServerOptions['logger'] {
  return {
    level: options.config.logLevel,
    ...(options.logStream ? { stream: options.logStream } : {}),
    serializers: { req: requestForLog, err: loggableError },
    // Belt and braces: nothing logs these today, and nothing ever should (story text, secrets).
    redact: {
      paths: ['req.headers', 'req.body', 'body', 'err.detail', 'err.parameters', 'err.params'],
      censor: '[redacted]',
    },
  };
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, storage } = options;
  const app = Fastify({
    logger: loggerOptions(options),
    bodyLimit: config.bodyLimit,
    // Fastify's defaults already, stated because the tests rely on them: a body with __proto__ or
    // constructor.prototype is refused (400 invalid_json), not silently stripped.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Errors Fastify raises before routing (a malformed URL such as /api/%zz) get our shape too.
    frameworkErrors: frameworkErrorHandler,
  });

  // The port is known once listening (ONSITE_PORT=0 picks one); asking the socket is a syscall,
  // so it is asked until it answers and then remembered.
  let listeningPort: number | undefined;
  await registerSecurity(app, {
    config,
    port: () => {
      if (listeningPort !== undefined) return listeningPort;
      const address = app.server.address();
      if (typeof address === 'object' && address !== null) listeningPort = address.port;
      return listeningPort ?? config.port;
    },
  });

  // After security, so a kept answer is only ever handed to a request that passed its checks.
  registerResponseCache(app, {
    changeToken: () => storage.changeToken(),
    everyResponseHeaders: [...securityHeaders().map(([name]) => name), 'cache-control', 'content-type'],
  });

  app.setValidatorCompiler(validatorCompiler);
  useAsciiJson(app);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Onsite API',
        description: 'Local JSON API of Onsite. Errors are {"error": {"code", "message", "details?"}}.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  for (const route of routes) await app.register(route, { config, storage });
  return app;
}
