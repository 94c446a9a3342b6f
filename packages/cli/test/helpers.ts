/** Test helpers: an in-memory `Io`, temp files, and the real binary. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/io';

export const CLI_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const REPO_ROOT = resolve(CLI_DIR, '..', '..');
export const BIN = join(CLI_DIR, 'bin', 'onsite.mjs');

export interface Captured {
  io: Io;
  stdout(): string;
  stderr(): string;
  /** stderr split into its non-empty lines. */
  errorLines(): string[];
}

export interface FakeIoOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  tty?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
}

export function fakeIo(argv: readonly string[], options: FakeIoOptions = {}): Captured {
  let out = '';
  let err = '';
  const input = options.stdin;
  const io: Io = {
    argv,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdin: (async function* () {
      if (input !== undefined) yield typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
    })(),
    stdout: {
      isTTY: options.tty ?? false,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
      write: (chunk: string) => {
        out += chunk;
        return true;
      },
    },
    stderr: {
      write: (chunk: string) => {
        err += chunk;
        return true;
      },
    },
  };
  return {
    io,
    stdout: () => out,
    stderr: () => err,
    errorLines: () => err.split('\n').filter((line) => line !== ''),
  };
}

/** A fresh directory under os.tmpdir(); `write` puts files in it; `cleanup` removes it. */
export function tempDir(): {
  dir: string;
  write(name: string, content: string | Uint8Array): string;
  cleanup(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'onsite-cli-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      return path;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real binary with node, as a user would. */
export function runBin(
  args: readonly string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  for (const key of ['NO_COLOR', 'FORCE_COLOR']) if (!options.env || !(key in options.env)) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
