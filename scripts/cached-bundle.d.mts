/** Types for cached-bundle.mjs (plain JavaScript, so node runs it before any TypeScript loader). */
export interface BundledEntryOptions {
  /** The TypeScript entry file: absolute, or relative to `root`. */
  entry: string;
  /** Cache directory name under `<root>/node_modules/.cache/`. */
  cacheName: string;
  /** The directory inputs are recorded relative to; default the repository root. */
  root?: string;
  /** Where bundles are kept; default `<root>/node_modules/.cache/<cacheName>`. */
  cacheDir?: string;
}

/** Path of an up-to-date bundle of `entry`, or undefined when esbuild is missing or the build fails. */
export function bundledEntry(options: BundledEntryOptions): Promise<string | undefined>;
