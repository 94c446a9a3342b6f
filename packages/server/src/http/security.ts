/**
 * Local-mode defences (DESIGN.md, "Data safety and security defaults"). Registered before
 * anything else so every response, errors included, passes through it.
 *
 * - DNS rebinding: a hostile page can make its own domain resolve to 127.0.0.1 and then read our
 *   API as "same-origin". The browser still sends the hostile name in `Host`, so only loopback
 *   names with our port are accepted (plus, in shared-server mode, the configured host and
 *   ONSITE_ALLOWED_HOSTS). A missing or empty Host is refused too.
 * - CSRF: every method but GET and HEAD needs `Sec-Fetch-Site: same-origin` or an `Origin` equal to
 *   our own origin; each of those headers, when present, must pass. A request with neither is
 *   allowed only if it carries no Cookie: browsers send Origin on every non-GET request and
 *   Sec-Fetch-Site on every request to a loopback origin, so "neither" means a non-browser client
 *   (curl, the CLI, scripts); a Cookie without either is a browser we cannot vouch for. As a second
 *   wall, bodies must be application/json, which no cross-site form can send without a CORS
 *   preflight that we never approve.
 * - GET and HEAD never change state: that is a rule for every route, not something checked here.
 *   It is what lets them skip the origin check (and links and prefetches stay harmless).
 * - No CORS: no Access-Control-* header is ever sent, even if a future plugin tries.
 * - Headers: a CSP with no inline scripts and no external hosts, no framing, nosniff,
 *   no referrer, and `Cache-Control: no-store` on the API (story text must not sit in caches).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Config, isLoopbackHost } from '../config';
import { ApiError } from './errors';
import { securityHeaders } from './security-headers';

export interface SecurityOptions {
  config: Config;
  /** The port we are reachable on; with ONSITE_PORT=0 it is only known after listen. */
  port: () => number;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

/** Every `Host` header value we answer to, lower-case, for the given port. */
export function allowedHosts(config: Config, port: number): Set<string> {
  const names = [...LOOPBACK_NAMES];
  const configured = config.host.toLowerCase();
  if (!isLoopbackHost(configured) && !WILDCARD_HOSTS.has(configured)) {
    names.push(configured.includes(':') && !configured.startsWith('[') ? `[${configured}]` : configured);
  }
  const hosts = new Set(names.map((name) => `${name}:${port}`));
  // Browsers leave the default port out of Host.
  if (port === 80) for (const name of names) hosts.add(name);
  for (const extra of config.allowedHosts) hosts.add(extra);
  return hosts;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** True when `origin` is exactly http(s)://<the Host this request came to>. */
function isOwnOrigin(origin: string, host: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the literal "null" sent by sandboxed frames and file: pages
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return origin === url.origin && url.host === host;
}

function checkOrigin(request: FastifyRequest, host: string): void {
  const site = header(request, 'sec-fetch-site');
  const origin = header(request, 'origin');
  if (site === undefined && origin === undefined) {
    if (header(request, 'cookie') === undefined) return;
    throw new ApiError(403, 'forbidden_origin', 'A request with cookies must come from the Onsite page');
  }
  // 'same-site' is refused on purpose: another port on localhost is the same site.
  if (site !== undefined && site !== 'same-origin') {
    throw new ApiError(403, 'forbidden_origin', 'Changes are only accepted from the Onsite page itself');
  }
  if (origin !== undefined && !isOwnOrigin(origin, host)) {
    throw new ApiError(403, 'forbidden_origin', 'Changes are only accepted from the Onsite page itself');
  }
}

/** /api and everything under it, with or without a query. */
function isApiPath(url: string): boolean {
  if (!url.startsWith('/api')) return false;
  const next = url.charCodeAt(4);
  return Number.isNaN(next) || next === 47 /* / */ || next === 63 /* ? */;
}

export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  const headers = Object.fromEntries(securityHeaders());

  // Only JSON bodies: Fastify also parses text/plain by default, which a cross-site form can send.
  app.removeContentTypeParser('text/plain');

  let cachedPort = -1;
  let cachedHosts = new Set<string>();
  const hostsFor = (port: number): Set<string> => {
    if (port !== cachedPort) {
      cachedHosts = allowedHosts(options.config, port);
      cachedPort = port;
    }
    return cachedHosts;
  };

  // Callback-style hooks: they run on every request, and an async hook costs a promise each.
  app.addHook('onRequest', (request, reply, done) => {
    // First, so refusals and errors carry them too.
    reply.headers(headers);
    const host = (header(request, 'host') ?? '').toLowerCase();
    if (!hostsFor(options.port()).has(host)) {
      return done(
        new ApiError(403, 'forbidden_host', 'This server only answers to its own address, e.g. 127.0.0.1'),
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      try {
        checkOrigin(request, host);
      } catch (error) {
        return done(error as Error);
      }
    }
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    for (const name of Object.keys(reply.getHeaders())) {
      if (name.startsWith('access-control-')) reply.removeHeader(name);
    }
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
