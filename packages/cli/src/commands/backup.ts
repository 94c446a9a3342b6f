/**
 * `onsite backup [FILE]`: a consistent copy of the data while the server may keep running.
 * SQLite: SQLite's online backup API (a real database file, opened directly by any SQLite tool).
 * PostgreSQL: there is no file to copy from here, so a JSON export is written instead (restore it
 * with `onsite import`); pg_dump remains the tool for whole-cluster backups.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_OK, UsageError, usageFromParseArgs } from '../errors';
import { type Io, writeLine } from '../io';
import { progressReporter } from '../progress';
import { fileStamp, withStorage } from '../storage';
import { toNewFile } from './export';

export const HELP = `Usage: onsite backup [FILE]

Backs up the storage the server uses (ONSITE_DATA_DIR, or ONSITE_DATABASE_URL), safely while
the server is running.

  SQLite (default):  an online copy of the database file to FILE, or to
                     <data dir>/backups/onsite-<timestamp>.db
  PostgreSQL:        a JSON export (the same as 'onsite export') to FILE, or to
                     <data dir>/backups/onsite-export-<timestamp>.json; restore it with
                     'onsite import'

A backup never overwrites an existing file. Files are created readable by you only.

Options:
  -h, --help   show this help

Exit status: 0 backed up, 2 usage error or the backup could not be written.`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw usageFromParseArgs(error, 'backup');
  }
}

export async function run(io: Io): Promise<number> {
  const { values, positionals } = parse(io.argv);
  if (values.help) {
    writeLine(io.stdout, HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`, 'backup');
  const operand = positionals[0];

  return withStorage(io, 'backup', async (storage, config, server) => {
    const stamp = fileStamp(new Date());
    if (storage.dialect === 'sqlite') {
      const file = resolve(io.cwd, operand ?? join(config.dataDir, 'backups', `onsite-${stamp}.db`));
      try {
        const result = await server.backupSqlite(storage, file);
        writeLine(io.stdout, `Backed up to ${result.file} (${result.bytes} bytes)`);
      } catch (error) {
        if (server.isStorageError(error, 'BACKUP_TARGET_EXISTS')) {
          throw new UsageError(`${file}: already exists; choose a new name`, 'backup', false);
        }
        throw error;
      }
      return EXIT_OK;
    }
    const file = resolve(io.cwd, operand ?? join(config.dataDir, 'backups', `onsite-export-${stamp}.json`));
    const progress = progressReporter(io.stderr, 'Exporting');
    try {
      mkdirSync(resolve(file, '..'), { recursive: true, mode: 0o700 });
      await toNewFile(file, (write) =>
        server.writeJsonExport(storage, write, { onProgress: (done, total) => progress.update(done, total) }),
      );
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EEXIST')
        throw new UsageError(`${file}: already exists; choose a new name`, 'backup', false);
      if (typeof code === 'string' && (error as { syscall?: unknown }).syscall !== undefined) {
        throw new UsageError(`${file}: ${error instanceof Error ? error.message : code}`, 'backup', false);
      }
      throw error;
    } finally {
      progress.stop();
    }
    writeLine(
      io.stdout,
      `PostgreSQL storage has no database file to copy: wrote a JSON export to ${file} (restore it with 'onsite import')`,
    );
    return EXIT_OK;
  });
}
