/**
 * The security headers every response carries, computed once. helmet knows which headers a
 * policy means; @fastify/helmet re-runs helmet(options) on every request (~9% of a small
 * request here), though our policy never varies (no per-route options, no CSP nonces). So helmet
 * runs once at start-up against a recording response, and each response gets the recorded list.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

const POLICY: Readonly<HelmetOptions> = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  // Plain HTTP on loopback: HSTS means nothing here; a TLS proxy in front sets its own.
  strictTransportSecurity: false,
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
};

/** [name, value] pairs helmet sets for POLICY, in the order it sets them. */
export function securityHeaders(policy: Readonly<HelmetOptions> = POLICY): [string, string][] {
  const recorded = new Map<string, string>();
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      recorded.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
    },
    removeHeader(name: string) {
      recorded.delete(name.toLowerCase());
    },
  };
  let failure: unknown;
  helmet(policy)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  if (recorded.size === 0) throw new Error('helmet set no headers: the recording response no longer fits it');
  return [...recorded];
}
