/**
 * Reuses the bytes of a GET answer while the data behind it has not changed. A local server is
 * read far more than written (the web app lists stories, reopens one, lists again), and a list
 * answer is a query, a Zod check of every item and a JSON.stringify each time. Here the first
 * 200 for a URL is kept as the exact bytes sent, and the next GET for the same URL gets those
 * bytes while the storage's change token is the same; the security hooks, which run before
 * this one, still check every request and set every header.
 *
 * Kept as bytes, not as the string: Node then sends them as they are, with no measuring or
 * encoding per response (measured with wrk on a bare Fastify route sending a 12 KB list page: the
 * Buffer went out markedly faster than the same text as a string). The text is already 7-bit
 * (ascii-json.ts escapes everything else), so the bytes are the string's characters.
 *
 * Why it is safe:
 * - Only routes that opt in (`config: { responseCache: true }`) take part: answers that depend on
 *   nothing but the URL and the stored data. Anything that reads the clock (dashboard, plan,
 *   calendar feed) or builds a file (export) stays out.
 * - The token is read when the request arrives and again when its answer is ready; the answer is
 *   kept only if both readings agree, so a write that lands while a read is being served never
 *   leaves a stale answer behind.
 * - Any change, by this server or another process on the same file, moves the token and drops
 *   every kept answer at the next request.
 * - PostgreSQL has no cheap token (other servers may write the same database): nothing is kept.
 * - Bounded by count and bytes (LRU), and only in this process's memory: nothing is written
 *   anywhere, nothing is logged.
 */
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestHookHandler,
  onSendHookHandler,
} from 'fastify';
import { LRUCache } from 'lru-cache';

/** Route option: `app.get(path, { config: { responseCache: true } }, handler)`. */
declare module 'fastify' {
  interface FastifyContextConfig {
    responseCache?: boolean;
  }
}

export interface ResponseCacheOptions {
  /** The storage's change token (`Storage.changeToken`); undefined turns the cache off. */
  changeToken: () => string | undefined;
  /**
   * Headers every response carries anyway (the security set, cache-control, content-type). An
   * answer with any other header (a download's content-disposition, say) is not kept: a hit
   * restores the body and its content type only, so such a header would be lost.
   */
  everyResponseHeaders: readonly string[];
  /** Most answers kept (default 500). */
  maxEntries?: number;
  /** Most bytes kept over all answers (default 16 MiB). */
  maxBytes?: number;
}

interface Kept {
  payload: Buffer;
  contentType: string;
}

/** What a request carries from arrival to its answer: the token then, and whether it was served from memory. */
const arrivalToken = Symbol('responseCache.token');
type Tracked = FastifyRequest & { [arrivalToken]?: string };

/** What the cache has done since the app started (for tests; nothing else reads it). */
export interface ResponseCacheStats {
  /** Answers sent from memory. */
  hits: number;
  /** Cacheable GETs that had to be built. */
  misses: number;
  /** Answers put in memory. */
  kept: number;
}

/** A route option that may hold one hook or a list of them. */
function asList<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}

const statsByApp = new WeakMap<FastifyInstance, ResponseCacheStats>();

export function responseCacheStats(app: FastifyInstance): ResponseCacheStats | undefined {
  return statsByApp.get(app);
}

export function registerResponseCache(
  app: FastifyInstance,
  options: ResponseCacheOptions,
): ResponseCacheStats {
  const kept = new LRUCache<string, Kept>({
    max: options.maxEntries ?? 500,
    maxSize: options.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (entry) => entry.payload.length + entry.contentType.length + 1,
  });
  const stats: ResponseCacheStats = { hits: 0, misses: 0, kept: 0 };
  statsByApp.set(app, stats);
  let keptFor: string | undefined;
  const common = new Set(options.everyResponseHeaders.map((name) => name.toLowerCase()));
  const onlyCommonHeaders = (reply: FastifyReply): boolean =>
    Object.keys(reply.getHeaders()).every((name) => common.has(name));

  const answerFromMemory: onRequestHookHandler = (request: Tracked, reply, done) => {
    if (request.method !== 'GET') return done(); // HEAD shares the route: Fastify sends no body
    const token = options.changeToken();
    if (token === undefined) return done();
    if (token !== keptFor) {
      kept.clear();
      keptFor = token;
    }
    const hit = kept.get(request.url);
    if (hit === undefined) {
      stats.misses++;
      request[arrivalToken] = token;
      return done();
    }
    stats.hits++;
    reply.header('content-type', hit.contentType).send(hit.payload);
  };

  const keepAnswer: onSendHookHandler = (request: Tracked, reply, payload, done) => {
    const token = request[arrivalToken];
    if (token !== undefined && reply.statusCode === 200 && typeof payload === 'string') {
      const contentType = reply.getHeader('content-type');
      // Kept only if nothing changed while this answer was being built.
      if (
        typeof contentType === 'string' &&
        options.changeToken() === token &&
        keptFor === token &&
        onlyCommonHeaders(reply)
      ) {
        const bytes = Buffer.from(payload);
        kept.set(request.url, { payload: bytes, contentType });
        stats.kept++;
        return done(null, bytes); // encoded once: the same bytes go out now
      }
    }
    done(null, payload);
  };

  // Hooks on the opted-in routes only, added as each route is declared: every other request pays
  // nothing (reading `request.routeOptions` per request builds a fresh object), and route hooks
  // run after the app's, so the security checks always come first.
  app.addHook('onRoute', (route) => {
    if (route.config?.responseCache !== true) return;
    route.onRequest = [...asList(route.onRequest), answerFromMemory];
    route.onSend = [...asList(route.onSend), keepAnswer];
  });

  return stats;
}

/**
 * The route config of a GET whose answer depends only on its URL and the stored data (no clock,
 * no headers): its 200s may be reused until the data changes.
 */
export const SAME_DATA_SAME_ANSWER = { responseCache: true } as const;
