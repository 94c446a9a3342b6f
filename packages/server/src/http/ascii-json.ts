/**
 * Every JSON answer goes out as pure ASCII: each character above U+007F is written as its
 * `\uXXXX` escape (what Python's json.dumps does by default). Any JSON parser reads the same value
 * back; the bytes are just 7-bit.
 *
 * Why: story text is rarely pure ASCII ("→", "—", "−", names), and a client that decodes a body
 * into a string (browsers' `response.json()`, most HTTP libraries) takes the decoder's fast path
 * only when every byte is ASCII. Measured on this project's 12 KB story list page with autocannon
 * (which decodes each body): the same page with 147 non-ASCII bytes went out at about 32,000
 * req/s, escaped at about 55,000 (bench/api/README.md). The cost here is one scan per serialised
 * answer, and kept answers (response-cache.ts) are escaped once.
 */
import type { FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';

const NON_ASCII = /[\u0080-\uffff]/g;

const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * `json` with every non-ASCII UTF-16 unit escaped. A pair of surrogates becomes two escapes, which
 * JSON defines as the one character; JSON.stringify has already escaped any lone surrogate.
 */
export function asciiJson(json: string): string {
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(json) ? json.replace(NON_ASCII, unicodeEscape) : json;
}

/** Response schemas' serialisers and the default one (errors, routes without a schema) alike. */
export function useAsciiJson(app: FastifyInstance): void {
  const compile: typeof serializerCompiler = (route) => {
    const serialize = serializerCompiler(route);
    return (data) => asciiJson(serialize(data));
  };
  app.setSerializerCompiler(compile);
  app.setReplySerializer((payload) => asciiJson(JSON.stringify(payload)));
}
