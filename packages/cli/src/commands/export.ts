/**
 * `onsite export [--format json|markdown] [FILE|DIR]`: everything in storage, through the same
 * export service as GET /api/export. JSON goes to stdout unless a FILE is given; Markdown needs a
 * DIR (new or empty): one .md per story plus onsite-data.json.
 */
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError, usageFromParseArgs } from '../errors';
import { type Io, writeLine } from '../io';
import { progressReporter } from '../progress';
import { withStorage } from '../storage';

export const HELP = `Usage: onsite export [--format json|markdown] [FILE|DIR]

Exports every record (stories with their analyses and history, and every other section) from
the storage the server uses (ONSITE_DATA_DIR, or ONSITE_DATABASE_URL for PostgreSQL).

  --format json       one versioned JSON document (default); to FILE, or stdout without one
  --format markdown   a folder DIR (created; must be new or empty): one .md file per story
                      with YAML frontmatter and ## Situation … sections, Obsidian-friendly,
                      plus onsite-data.json with analyses, history and the other sections

'onsite import' reads either back. Existing files are never overwritten.

Options:
  --format FORMAT   json or markdown
  -h, --help        show this help

A progress bar is drawn on stderr when it is a terminal.
Exit status: 0 exported, 2 usage error or the export could not be written.

Examples:
  onsite export > onsite.json
  onsite export --format markdown ~/vault/onsite`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw usageFromParseArgs(error, 'export');
  }
}

/**
 * Writes to a new file (0600), waiting for the disk when the stream's buffer is full. Written
 * under a temporary name and renamed when complete, so a failed export never leaves a file that
 * looks whole.
 */
export async function toNewFile(
  file: string,
  produce: (write: (chunk: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  if (existsSync(file)) throw Object.assign(new Error('exists'), { code: 'EEXIST', syscall: 'open' });
  const partial = `${file}.partial-${process.pid}`;
  const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  try {
    await Promise.race([once(out, 'open'), failed]);
    await produce(async (chunk) => {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    });
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    renameSync(partial, file);
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

function fileProblem(target: string, error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message =
    code === 'EEXIST'
      ? 'already exists; choose a new name'
      : code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EACCES'
          ? 'permission denied'
          : error instanceof Error
            ? error.message
            : String(error);
  return new UsageError(`${target}: ${message}`, 'export', false);
}

export async function run(io: Io): Promise<number> {
  const { values, positionals } = parse(io.argv);
  if (values.help) {
    writeLine(io.stdout, HELP);
    return EXIT_OK;
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') {
    throw new UsageError(`unknown format '${format}' (expected json or markdown)`, 'export', false);
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`, 'export');
  const target = positionals[0];
  if (format === 'markdown' && (target === undefined || target === '-')) {
    throw new UsageError('--format markdown needs a DIR to write the .md files into', 'export');
  }

  return withStorage(io, 'export', async (storage, _config, server) => {
    const progress = progressReporter(io.stderr, 'Exporting');
    const onProgress = (done: number, total: number) => progress.update(done, total);
    try {
      if (format === 'markdown') {
        const dir = resolve(io.cwd, target ?? '');
        try {
          const result = await server.writeMarkdownExport(storage, dir, { onProgress });
          progress.stop();
          writeLine(
            io.stderr,
            `Exported ${result.stories} stories as Markdown (and ${result.otherRecords} other records) to ${dir}`,
          );
        } catch (error) {
          if (error instanceof server.ExportTargetError) throw new UsageError(error.message, 'export', false);
          throw error;
        }
        return EXIT_OK;
      }
      if (target === undefined || target === '-') {
        await server.writeJsonExport(storage, (chunk) => void io.stdout.write(chunk), { onProgress });
        progress.stop();
        return EXIT_OK;
      }
      const file = resolve(io.cwd, target);
      let records = 0;
      try {
        await toNewFile(file, (write) =>
          server.writeJsonExport(storage, write, {
            onProgress: (done, total) => {
              records = done;
              onProgress(done, total);
            },
          }),
        );
      } catch (error) {
        if ((error as { syscall?: unknown }).syscall !== undefined) throw fileProblem(target, error);
        throw error;
      }
      progress.stop();
      writeLine(io.stderr, `Exported ${records} records to ${file}`);
      return EXIT_OK;
    } finally {
      progress.stop();
    }
  });
}
