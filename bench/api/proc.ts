/**
 * Child processes for the API bench: start a server, wait until it answers, find the real node
 * process behind `npm start`, read its memory from /proc, and stop it with one SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

export interface Launched {
  label: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the launched process ends. */
  exited: Promise<number | string>;
  /** The last lines the process wrote, for error messages. */
  tail: () => string;
}

/**
 * Starts `command args` in its own process group (so a Ctrl-C at the terminal does not reach it
 * twice: the bench forwards one SIGTERM itself).
 */
export function launch(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Launched {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lines: string[] = [];
  const keep = (chunk: Buffer): void => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
    child.once('error', (error) => {
      keep(Buffer.from(String(error)));
      resolve('spawn error');
    });
  });
  return { label, child, exited, tail: () => lines.join('\n') };
}

/** A port nobody listens on right now (the OS picks it; closed again before the server binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Reply {
  status: number;
  body: string;
}

/**
 * One HTTP request to 127.0.0.1:<port> with an explicit `Host: 127.0.0.1:<port>` (the server
 * refuses other hosts). `agent: false` unless one is given: a fresh connection, no pooled socket
 * to a server that has since stopped.
 */
export function request(
  port: number,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string>; agent?: http.Agent; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, ...options.headers };
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(options.body));
    }
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 2000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end(options.body);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `path` every 10 ms until it answers 200; returns the ms from `since` (a performance.now()
 * taken just before the spawn) to that answer. Fails if the process exits or `deadlineMs` passes.
 */
export async function waitHealthy(
  launched: Launched,
  port: number,
  path: string,
  since: number,
  deadlineMs = 20_000,
): Promise<number> {
  let ended: number | string | undefined;
  void launched.exited.then((code) => {
    ended = code;
  });
  while (performance.now() - since < deadlineMs) {
    if (ended !== undefined) {
      throw new Error(`${launched.label} exited (${ended}) before ${path} answered:\n${launched.tail()}`);
    }
    try {
      const reply = await request(port, 'GET', path, { timeoutMs: 1000 });
      if (reply.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await sleep(10);
  }
  throw new Error(`${launched.label}: ${path} not healthy after ${deadlineMs} ms:\n${launched.tail()}`);
}

export const hasProc = existsSync('/proc/self/status');

/** Direct children of `pid` (Linux /proc; empty elsewhere). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function argv(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * The node process under `root` (itself included) with `script` among its arguments, searched
 * breadth-first: `npm start` → `sh -c "exec node …"` (which becomes node) → the server.
 */
export function findNodeProcess(root: number, script: string): number | undefined {
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    const args = argv(pid);
    const program = (args[0] ?? '').split('/').at(-1) ?? '';
    if (program.startsWith('node') && args.slice(1).some((arg) => arg.endsWith(script))) return pid;
    queue.push(...childrenOf(pid));
  }
  return undefined;
}

/** A `Vm*` line of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: the peak). */
export function procMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (pid === undefined) return Number.NaN;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface Stopped {
  label: string;
  /** The launched process's exit code: 0 is a clean shutdown (npm passes the server's code on). */
  exit: number | string;
  ms: number;
  /** True when the SIGTERM was not enough and the bench had to SIGKILL. */
  killed: boolean;
}

/**
 * One SIGTERM to the server process (`serverPid`, or the launched process itself), then waits
 * for the launched process to exit; SIGKILLs both after `deadlineMs` (the server gives itself 10 s).
 */
export async function stop(launched: Launched, serverPid?: number, deadlineMs = 12_000): Promise<Stopped> {
  const started = performance.now();
  const target = serverPid ?? launched.child.pid;
  if (launched.child.exitCode !== null || launched.child.signalCode !== null) {
    return { label: launched.label, exit: await launched.exited, ms: 0, killed: false };
  }
  if (target !== undefined) {
    try {
      process.kill(target, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  const outcome = await Promise.race([launched.exited, deadline]);
  clearTimeout(timer);
  if (outcome !== 'deadline') {
    return { label: launched.label, exit: outcome, ms: performance.now() - started, killed: false };
  }
  for (const pid of [target, launched.child.pid]) {
    try {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return {
    label: launched.label,
    exit: await launched.exited,
    ms: performance.now() - started,
    killed: true,
  };
}
