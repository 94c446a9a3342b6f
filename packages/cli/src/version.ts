// Imported, not read from disk next to this file: `onsite` runs from a bundle in
// node_modules/.cache, where a path relative to the source file no longer leads to package.json.
import manifest from '../package.json' with { type: 'json' };

/** The CLI's version, from its package.json. */
export function version(): string {
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
