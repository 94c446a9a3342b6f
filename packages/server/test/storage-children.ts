/** Starting the TypeScript child scripts of the storage tests as real, separate processes. */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, where `tsx` resolves from. */
const root = join(here, '..', '..', '..');

export function spawnChild(script: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
}

/** Calls `onLine` for each complete line of the child's stdout (a half-written last line never counts). */
export function onLines(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void): void {
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      onLine(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
    }
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Resolves when the child has exited and its streams are drained. */
export function exited(child: ChildProcessWithoutNullStreams): Promise<Exit> {
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}
