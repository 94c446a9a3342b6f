import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The CLI's version, from its package.json (read once, only when asked). */
export function version(): string {
  if (cached === undefined) {
    const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const value = (manifest as { version?: unknown }).version;
    cached = typeof value === 'string' ? value : '0.0.0';
  }
  return cached;
}
