/**
 * npm run bench:api [-- --json]: the real server (`npm start`, SQLite in a temp data dir) against
 * a bare Fastify route. Cold start to a healthy /api/health, 200 realistic stories seeded through
 * the API, then autocannon (10 connections, 10 s after a 3 s warm-up) on the story list, one
 * story, /api/health and the bare route; the server's RSS idle and after the load. Reports
 * figures and PASS/MISS per goal; exits 0 whatever the goals say (1 only if the bench could not
 * run, e.g. the server did not start). Both servers always get one SIGTERM at the end.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type LoadResult, load } from './api/load';
import {
  findNodeProcess,
  freePort,
  hasProc,
  type Launched,
  launch,
  procMb,
  request,
  type Stopped,
  stop,
  waitHealthy,
} from './api/proc';
import { storyBody } from './api/stories';
import { median } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_SCRIPT = 'packages/server/bin/start.mjs';
const BARE_SCRIPT = fileURLToPath(new URL('./api/bare-server.mjs', import.meta.url));
const CONFIG = { stories: 200, listLimit: 20, connections: 10, durationS: 10, warmupS: 3, coldRuns: 3 };
const GOAL = { listToBare: 0.6, listP99Ms: 10, rssAfterLoadMb: 200, coldStartMs: 2000 };

const progress = (msg: string): void => void process.stderr.write(`… ${msg}\n`);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Running {
  launched: Launched;
  /** The node process that serves (behind `npm start`, npm's child); undefined off Linux. */
  pid: number | undefined;
  port: number;
}

/** Everything started and not yet stopped, so an error or a Ctrl-C still stops it. */
const live = new Set<Running>();
const stops: Stopped[] = [];
/** Temp data dirs to remove at the end, on error or on Ctrl-C alike. */
const tempDirs = new Set<string>();

async function shutdown(server: Running): Promise<Stopped> {
  live.delete(server);
  const stopped = await stop(server.launched, server.pid);
  stops.push(stopped);
  return stopped;
}

async function shutdownAll(): Promise<void> {
  await Promise.all([...live].map(shutdown));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function serverEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ONSITE_DATA_DIR: dataDir, ONSITE_PORT: String(port) };
  // SQLite, loopback, default log level and limits: whatever the caller's shell says.
  for (const name of Object.keys(env)) {
    if (name.startsWith('ONSITE_') && name !== 'ONSITE_DATA_DIR' && name !== 'ONSITE_PORT') delete env[name];
  }
  return env;
}

/** `npm start` the way a user types it; under `npm run` the same npm binary runs it. */
function npmCommand(): [string, string[]] {
  const cli = process.env.npm_execpath;
  return cli?.endsWith('.js') ? [process.execPath, [cli, 'start']] : ['npm', ['start']];
}

/** Starts the Onsite server; returns it once /api/health says 200, with the ms that took. */
async function startOnsite(how: 'npm' | 'node', dataDir: string): Promise<{ server: Running; ms: number }> {
  const port = await freePort();
  const [command, args] = how === 'npm' ? npmCommand() : [process.execPath, [SERVER_SCRIPT]];
  const since = performance.now();
  const launched = launch(how === 'npm' ? 'npm start' : `node ${SERVER_SCRIPT}`, command, args, {
    cwd: ROOT,
    env: serverEnv(dataDir, port),
  });
  const server: Running = { launched, pid: undefined, port };
  live.add(server);
  const ms = await waitHealthy(launched, port, '/api/health', since);
  server.pid =
    launched.child.pid === undefined ? undefined : findNodeProcess(launched.child.pid, SERVER_SCRIPT);
  return { server, ms };
}

/** The bare server; `pageFile` holds the list page it serves pre-built at /bare-page. */
async function startBare(pageFile: string): Promise<Running> {
  const port = await freePort();
  const launched = launch('bare fastify', process.execPath, [BARE_SCRIPT, String(port), pageFile], {
    cwd: ROOT,
    env: process.env,
  });
  const server: Running = { launched, pid: launched.child.pid, port };
  live.add(server);
  await waitHealthy(launched, port, '/bare', performance.now());
  return server;
}

interface ColdStarts {
  first: number;
  npm: number[];
  node: number[];
}

/**
 * Cold starts on one data dir: a first `npm start` (creates and migrates the database, rebuilds
 * the bundle if its sources changed; shown, not judged), three `node bin/start.mjs` for context,
 * then three `npm start`; the last of those stays up as the server under test.
 */
async function coldStarts(dataDir: string): Promise<{ cold: ColdStarts; server: Running }> {
  const first = await startOnsite('npm', dataDir);
  progress(`first npm start: ${first.ms.toFixed(0)} ms (database created)`);
  await shutdown(first.server);
  const node: number[] = [];
  for (let i = 0; i < CONFIG.coldRuns; i++) {
    const run = await startOnsite('node', dataDir);
    node.push(run.ms);
    await shutdown(run.server);
  }
  const npm: number[] = [];
  let server: Running | undefined;
  for (let i = 0; i < CONFIG.coldRuns; i++) {
    const run = await startOnsite('npm', dataDir);
    npm.push(run.ms);
    if (i < CONFIG.coldRuns - 1) await shutdown(run.server);
    else server = run.server;
  }
  progress(
    `npm start: ${npm.map((ms) => ms.toFixed(0)).join(', ')} ms; node: ${node.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  return { cold: { first: first.ms, npm, node }, server: server as Running };
}

interface Seeded {
  ids: string[];
  seconds: number;
  words: number;
  /** The first list page as sent, for the bare server's /bare-page. */
  listBody: string;
  listBytes: number;
  storyBytes: number;
}

/** 200 stories through POST /api/stories, as the web page sends them (same-origin headers). */
async function seed(server: Running): Promise<Seeded> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { 'sec-fetch-site': 'same-origin', origin: `http://127.0.0.1:${server.port}` };
  const ids: string[] = [];
  let words = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < CONFIG.stories; i++) {
      const body = storyBody(i);
      for (const value of Object.values(body))
        if (typeof value === 'string') words += value.split(/\s+/).length;
      const reply = await request(server.port, 'POST', '/api/stories', {
        body: JSON.stringify(body),
        headers,
        agent,
        timeoutMs: 10_000,
      });
      if (reply.status !== 201)
        throw new Error(`POST /api/stories → ${reply.status}: ${reply.body.slice(0, 300)}`);
      ids.push((JSON.parse(reply.body) as { id: string }).id);
    }
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const list = await request(server.port, 'GET', `/api/stories?limit=${CONFIG.listLimit}`);
  const page = JSON.parse(list.body) as { items: unknown[] };
  if (list.status !== 200 || page.items.length !== CONFIG.listLimit) {
    throw new Error(`GET /api/stories → ${list.status} with ${page.items.length} items`);
  }
  const one = await request(server.port, 'GET', `/api/stories/${ids[0]}`);
  return {
    ids,
    seconds,
    words,
    listBody: list.body,
    listBytes: Buffer.byteLength(list.body),
    storyBytes: Buffer.byteLength(one.body),
  };
}

const f = (n: number | undefined, digits = 2): string =>
  n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a ' : ok ? 'PASS' : 'MISS');

function table(head: string[], rows: string[][], leftColumns = 1): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < leftColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function versionOf(pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: os.loadavg().map((n) => Number(n.toFixed(2))),
    fastify: versionOf('fastify'),
    autocannon: versionOf('autocannon'),
  };
  console.log('Onsite API bench');
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}, ` +
      `load average ${machine.loadAverage.join(' ')}, fastify ${machine.fastify}, autocannon ${machine.autocannon}`,
  );
  console.log(
    `setup: SQLite in a temp data dir, ${CONFIG.stories} stories; autocannon ${CONFIG.connections} connections, ` +
      `${CONFIG.durationS} s after a ${CONFIG.warmupS} s warm-up, in this process (it shares the cores)`,
  );
  if (!hasProc) console.log('no /proc here: RSS figures are n/a');
  console.log('');

  const dataDir = mkdtempSync(join(os.tmpdir(), 'onsite-bench-api-'));
  tempDirs.add(dataDir);
  try {
    progress(`cold starts (data dir ${dataDir})`);
    const { cold, server } = await coldStarts(dataDir);
    await sleep(500);
    const rssStart = procMb(server.pid, 'VmRSS');

    progress(`seeding ${CONFIG.stories} stories through POST /api/stories`);
    const seeded = await seed(server);
    await sleep(1000);
    const rssIdle = procMb(server.pid, 'VmRSS');

    const pageFile = join(dataDir, 'list-page.json');
    writeFileSync(pageFile, seeded.listBody);
    const bare = await startBare(pageFile);
    const base = `http://127.0.0.1:${server.port}`;
    const someId = seeded.ids[Math.floor(seeded.ids.length / 2)] ?? '';
    const specs = [
      {
        label: `GET /api/stories?limit=${CONFIG.listLimit}`,
        url: `${base}/api/stories?limit=${CONFIG.listLimit}`,
      },
      { label: 'bare Fastify GET /bare', url: `http://127.0.0.1:${bare.port}/bare` },
      { label: 'bare GET /bare-page (list bytes)', url: `http://127.0.0.1:${bare.port}/bare-page` },
      { label: 'GET /api/stories/{id}', url: `${base}/api/stories/${someId}` },
      { label: 'GET /api/health', url: `${base}/api/health` },
    ];
    const results: LoadResult[] = [];
    const rssAfterEach: number[] = [];
    for (const spec of specs) {
      progress(`autocannon ${spec.label} (${CONFIG.warmupS} s warm-up + ${CONFIG.durationS} s)`);
      results.push(
        await load({
          ...spec,
          connections: CONFIG.connections,
          durationS: CONFIG.durationS,
          warmupS: CONFIG.warmupS,
        }),
      );
      rssAfterEach.push(procMb(server.pid, 'VmRSS'));
    }
    await sleep(1000);
    const rssAfterLoad = procMb(server.pid, 'VmRSS');
    const rssPeak = procMb(server.pid, 'VmHWM');
    const bareRss = procMb(bare.pid, 'VmRSS');
    // V8 shrinks its heap a few seconds after the allocation rate drops; shown, not judged.
    await sleep(4000);
    const rssSettled = procMb(server.pid, 'VmRSS');
    progress('stopping both servers (SIGTERM)');
    const [serverStop, bareStop] = await Promise.all([shutdown(server), shutdown(bare)]);

    const [list, bareRun, barePage] = results;
    const ratio = (list?.reqPerSec ?? Number.NaN) / (bareRun?.reqPerSec ?? Number.NaN);
    const ceiling = (barePage?.reqPerSec ?? Number.NaN) / (bareRun?.reqPerSec ?? Number.NaN);
    const coldNpm = median(cold.npm);
    const coldNode = median(cold.node);

    console.log('Cold start: spawn → first 200 from /api/health, ms (same data dir, database already there)');
    console.log(
      table(
        ['command', ...cold.npm.map((_, i) => `run ${i + 1}`), 'median'],
        [
          ['npm start', ...cold.npm.map((ms) => f(ms, 0)), f(coldNpm, 0)],
          [`node ${SERVER_SCRIPT}`, ...cold.node.map((ms) => f(ms, 0)), f(coldNode, 0)],
        ],
      ),
    );
    console.log(
      `first npm start on the empty data dir (creates and migrates the database): ${f(cold.first, 0)} ms`,
    );
    console.log(
      `\nSeeded ${CONFIG.stories} stories (${int(seeded.words)} words of text) through POST /api/stories in ` +
        `${f(seeded.seconds, 1)} s (${f(CONFIG.stories / seeded.seconds, 1)} stories/s, each analysed on write); ` +
        `the list page is ${f(seeded.listBytes / 1024, 1)} KB, one story ${f(seeded.storyBytes / 1024, 1)} KB`,
    );

    console.log(
      `\nLoad: ${CONFIG.connections} connections, ${CONFIG.durationS} s after a ${CONFIG.warmupS} s warm-up. ` +
        'req/s = mean of per-second counts; p50/p99/max from every 2xx response (fractional ms).',
    );
    console.log(
      table(
        [
          'route',
          'req/s',
          'p50 ms',
          'p99 ms',
          'max ms',
          'KB/resp',
          '2xx',
          'non-2xx',
          'errors',
          'vs bare',
          'RSS after MB',
        ],
        results.map((r, i) => [
          r.label,
          int(r.reqPerSec),
          f(r.p50Ms),
          f(r.p99Ms),
          f(r.maxMs, 1),
          f(r.bytesPerResponse / 1024, 1),
          int(r.ok),
          int(r.non2xx),
          int(r.errors + r.timeouts),
          `${f(r.reqPerSec / (bareRun?.reqPerSec ?? Number.NaN))}×`,
          i === 1 || i === 2 ? `(bare ${f(bareRss, 1)})` : f(rssAfterEach[i], 1),
        ]),
      ),
    );

    console.log('\nServer RSS (VmRSS of the node process behind npm start), MB');
    console.log(
      table(
        ['at start', 'idle after seeding', 'after load (1 s)', 'after load + 5 s idle', 'peak (VmHWM)'],
        [[f(rssStart, 1), f(rssIdle, 1), f(rssAfterLoad, 1), f(rssSettled, 1), f(rssPeak, 1)]],
        0,
      ),
    );
    const describeStop = (s: Stopped): string =>
      `${s.label} exit ${s.exit}${s.killed ? ' (SIGKILLed after 12 s)' : ''} in ${f(s.ms, 0)} ms`;
    console.log(`shutdown on SIGTERM: ${describeStop(serverStop)}; ${describeStop(bareStop)}`);

    const failedResponses = results.filter((r) => r.non2xx + r.errors + r.timeouts > 0);
    const goals = [
      {
        goal: `story list ≥ ${GOAL.listToBare}× the bare route (req/s)`,
        measured: `${f(ratio)}× (${int(list?.reqPerSec ?? Number.NaN)} vs ${int(bareRun?.reqPerSec ?? Number.NaN)})`,
        ok: ratio >= GOAL.listToBare,
      },
      {
        goal: `story list p99 ≤ ${GOAL.listP99Ms} ms`,
        measured: `${f(list?.p99Ms)} ms`,
        ok: (list?.p99Ms ?? Number.POSITIVE_INFINITY) <= GOAL.listP99Ms,
      },
      {
        goal: `server RSS after load ≤ ${GOAL.rssAfterLoadMb} MB (1 s after)`,
        measured: `${f(rssAfterLoad, 1)} MB`,
        ok: Number.isNaN(rssAfterLoad) ? null : rssAfterLoad <= GOAL.rssAfterLoadMb,
      },
      {
        goal: `npm start → healthy /api/health ≤ ${GOAL.coldStartMs / 1000} s (median of ${CONFIG.coldRuns})`,
        measured: `${f(coldNpm, 0)} ms`,
        ok: coldNpm <= GOAL.coldStartMs,
      },
    ];
    console.log('\nGoals');
    for (const g of goals) console.log(`  ${verdict(g.ok)}  ${g.goal.padEnd(52)} ${g.measured}`);
    console.log(
      `  context: a bare route sending the list page's ${f(seeded.listBytes / 1024, 1)} KB pre-built reaches ` +
        `${f(ceiling)}× the bare route here: the most any list route could, with the same bytes on the wire`,
    );
    if (failedResponses.length > 0) {
      console.log(
        `  note: non-2xx or errors on ${failedResponses.map((r) => r.label).join(', ')}; figures suspect`,
      );
    }

    if (json) {
      const dir = new URL('./out/', import.meta.url);
      mkdirSync(dir, { recursive: true });
      const file = new URL('api.json', dir);
      const out = {
        date: new Date().toISOString(),
        machine,
        config: CONFIG,
        cold,
        seeded: { ...seeded, ids: seeded.ids.length, listBody: undefined },
        ceilingToBare: ceiling,
        load: results,
        rssMb: {
          start: rssStart,
          idle: rssIdle,
          afterLoad: rssAfterLoad,
          peak: rssPeak,
          afterEach: rssAfterEach,
          bare: bareRss,
        },
        stops,
        goals,
      };
      writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
      console.log(`\nwrote ${file.pathname}`);
    }
  } finally {
    await shutdownAll();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: stopping the servers`);
    void shutdownAll().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
