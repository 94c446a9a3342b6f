/**
 * The API bench's baseline: a bare Fastify server (the same `fastify` the Onsite server resolves)
 * with one GET route returning a fixed JSON object. No plugins, no hooks, no schemas, no logger —
 * the ceiling any Fastify route can reach on this machine. Plain ESM run by plain node, like the
 * Onsite server's esbuild bundle, so neither side pays a TypeScript loader.
 *
 * Given a file, it also serves that file's bytes, read once at start, at GET /bare-page: the bench
 * passes the story list page Onsite sent, so that route is the most any route sending those
 * bytes can reach here (no query, no validation, no serialising; only the bytes on the wire).
 *
 * Usage: node bench/api/bare-server.mjs <port> [page-file]. Prints "listening <port>" once ready;
 * SIGTERM closes it and exits 0.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const port = Number(process.argv[2] ?? 0);
const pageFile = process.argv[3];
const body = { status: 'ok', service: 'bare', items: [1, 2, 3], ready: true };

const app = Fastify();
app.get('/bare', async () => body);
if (pageFile !== undefined) {
  // The bytes as a Buffer, encoded once: the cheapest way Fastify can send them (a string with
  // non-ASCII text is measured and encoded again on every response), and how Onsite's response
  // cache sends a kept answer.
  const page = readFileSync(pageFile);
  app.get('/bare-page', async (_request, reply) => reply.type('application/json; charset=utf-8').send(page));
}
await app.listen({ host: '127.0.0.1', port });

const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address !== null ? address.port : port}\n`);

process.once('SIGTERM', async () => {
  await app.close();
  process.exit(0);
});
