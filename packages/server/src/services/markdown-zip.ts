/**
 * The Markdown export as one .zip, for the HTTP API (a browser downloads and uploads one file; the
 * CLI writes and reads the folder itself). fflate does the deflating; this file decides what goes
 * in and what a received archive may hold.
 *
 * An uploaded archive is untrusted: its entry count and the sizes its headers declare are checked
 * before anything is inflated (a few KB of zip can claim gigabytes). fflate inflates each entry
 * into a buffer of its declared size, so an entry that lies about its size is cut short, never
 * grown; the Markdown and JSON parsers then refuse the damaged text with a clear error.
 */
import { strToU8, type UnzipFileInfo, unzipSync, zipSync } from 'fflate';
import { ImportError } from './import';

/** A file of the Markdown export: its name inside the folder and its UTF-8 text. */
export interface MarkdownFile {
  name: string;
  text: string;
}

export interface ZipLimits {
  maxEntries: number;
  /** Inflated bytes in all, as the entries' headers declare them. */
  maxInflatedBytes: number;
}

/**
 * An export holds one file per story plus onsite-data.json: 100,000 files is far beyond any
 * portfolio, and 512 MiB of text is about eight times the largest JSON body import accepts.
 */
export const ZIP_LIMITS: Readonly<ZipLimits> = { maxEntries: 100_000, maxInflatedBytes: 512 * 1024 * 1024 };

/** The archive: every file inside one folder, so unzipping never scatters files into a directory. */
export function zipMarkdownFiles(folder: string, files: readonly MarkdownFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  // A fixed timestamp would make archives byte-identical across runs, but unzip tools then show
  // 1980; the export's own time is what a user expects to see.
  for (const file of files) entries[`${folder}/${file.name}`] = strToU8(file.text);
  return zipSync(entries, { level: 6 });
}

/**
 * The files of a received archive, named as inside the export folder. Accepts the files at the
 * archive's top level or inside one folder (how zipMarkdownFiles writes it, and how "compress
 * folder" tools do); skips directories and macOS's `__MACOSX/` resource forks. Throws ImportError
 * (`not_an_export`) for anything that is not a readable zip within the limits.
 */
export function unzipMarkdownFiles(
  bytes: Uint8Array,
  limits: Readonly<ZipLimits> = ZIP_LIMITS,
): MarkdownFile[] {
  let entries = 0;
  let declared = 0;
  const keep = (info: UnzipFileInfo): boolean => {
    entries += 1;
    declared += info.originalSize;
    if (entries > limits.maxEntries) {
      throw new ImportError('not_an_export', `The archive holds more than ${limits.maxEntries} files.`);
    }
    if (declared > limits.maxInflatedBytes) {
      throw new ImportError(
        'not_an_export',
        `The archive unpacks to more than ${limits.maxInflatedBytes} bytes; unzip it and import the folder with \`onsite import\`.`,
      );
    }
    return !info.name.endsWith('/') && !info.name.startsWith('__MACOSX/');
  };
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes, { filter: keep });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      'not_an_export',
      `The body is not a readable zip archive (${error instanceof Error ? error.message : 'unreadable'}).`,
    );
  }
  const names = Object.keys(raw);
  const folder = commonFolder(names);
  const files: MarkdownFile[] = [];
  for (const name of names) {
    const inner = folder === '' ? name : name.slice(folder.length + 1);
    // Like the folder import, only files at the top of the export are read; subfolders are not ours.
    if (inner.includes('/')) continue;
    // Decoded like the folder import reads files (UTF-8, invalid bytes replaced).
    files.push({ name: inner, text: Buffer.from(raw[name] as Uint8Array).toString('utf8') });
  }
  return files;
}

/** The one folder every entry sits in, or '' when entries sit at the top or in several folders. */
function commonFolder(names: readonly string[]): string {
  const first = names[0]?.split('/')[0];
  if (first === undefined || names.some((name) => !name.includes('/'))) return '';
  return names.every((name) => name.startsWith(`${first}/`)) ? first : '';
}
