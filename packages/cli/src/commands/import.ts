/**
 * `onsite import FILE|DIR|- [--dry-run] [--overwrite] [--json]`: a JSON export or a Markdown
 * folder into storage, through the same import service as POST /api/import, so the same
 * validation applies: every record is checked before anything is written, and nothing is
 * written when any record is invalid.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportReport, RecordError } from '@onsite/server';
import { EXIT_OK, EXIT_USAGE, InputError, UsageError, usageFromParseArgs } from '../errors';
import { type Io, writeLine } from '../io';
import { progressReporter } from '../progress';
import { withStorage } from '../storage';

export const HELP = `Usage: onsite import [--dry-run] [--overwrite] [--json] FILE|DIR|-

Imports an export ('onsite export', GET /api/export) into the storage the server uses: a JSON
FILE (or - for stdin), or a Markdown DIR written by 'onsite export --format markdown'.

Every record is validated first (its fields, duplicate ids, references such as a history entry's
story); if any is invalid, each problem is listed and nothing is imported. Then, in one
transaction:
  - records not stored yet are created with their own ids, versions and dates;
  - records stored with the same content are unchanged (importing twice changes nothing);
  - records stored with different content are conflicts: kept as stored and listed (with
    their history from the file), or replaced by the file's with --overwrite.
Import never deletes a record the file does not mention (one exception: --overwrite with an
older version of a story drops that story's stored history from that version on).

Options:
  --dry-run     validate and count what would happen; write nothing
  --overwrite   replace stored records whose content differs from the file
  --json        print the report as JSON
  -h, --help    show this help

Exit status: 0 imported (conflicts included), 2 usage error, unreadable or invalid input.`;

/** How many per-record problems to print before "… and N more". */
const MAX_PRINTED_ERRORS = 20;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        overwrite: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw usageFromParseArgs(error, 'import');
  }
}

function describeError(error: RecordError): string {
  const where = error.index === null ? error.section : `${error.section}[${error.index}]`;
  const id = error.id === null ? '' : ` (id ${error.id})`;
  const file = error.file === undefined ? '' : `${error.file}: `;
  const path = error.path === '' ? '' : `${error.path}: `;
  return `  ${file}${where}${id}: ${path}${error.message}`;
}

function summary(report: ImportReport): string {
  const { created, unchanged, replaced, conflicts } = report.totals;
  const verb = report.dryRun ? 'Would import' : 'Imported';
  const parts = [
    `${created} created`,
    `${unchanged} unchanged`,
    `${replaced} replaced`,
    `${conflicts} conflicts`,
  ];
  return `${verb}: ${parts.join(', ')}`;
}

interface Source {
  data: unknown;
  sourceOf?: (section: string, index: number) => string | undefined;
  sourceErrors?: RecordError[];
}

async function readSource(io: Io, operand: string, server: typeof import('@onsite/server')): Promise<Source> {
  if (operand === '-') return { data: parseJson(operand, await readStdin(io)) };
  const path = resolve(io.cwd, operand);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InputError(operand, code === 'ENOENT' ? 'no such file or directory' : 'cannot be read');
  }
  if (isDirectory) {
    const source = server.readMarkdownExport(path);
    return { data: source.document, sourceOf: source.sourceOf, sourceErrors: source.errors };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InputError(operand, 'cannot be read');
  }
  return { data: parseJson(operand, text) };
}

/** All of stdin as UTF-8 (an export can be far larger than an answer, so no size cap here). */
async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(operand: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'parse error';
    throw new InputError(operand === '-' ? '<stdin>' : operand, `not valid JSON (${detail})`);
  }
}

export async function run(io: Io): Promise<number> {
  const { values, positionals } = parse(io.argv);
  if (values.help) {
    writeLine(io.stdout, HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError('missing FILE or DIR to import', 'import');
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`, 'import');
  const operand = positionals[0] as string;

  return withStorage(io, 'import', async (storage, _config, server) => {
    const progress = progressReporter(io.stderr, 'Importing');
    try {
      const source = await readSource(io, operand, server);
      const report = await server.importDocument(storage, source.data, {
        mode: values.overwrite ? 'replace' : 'keep',
        dryRun: values['dry-run'] === true,
        onProgress: (done, total) => progress.update(done, total),
        ...(source.sourceOf ? { sourceOf: source.sourceOf } : {}),
        ...(source.sourceErrors ? { sourceErrors: source.sourceErrors } : {}),
      });
      progress.stop();
      if (values.json) {
        writeLine(io.stdout, JSON.stringify(report, null, 2));
        return EXIT_OK;
      }
      writeLine(io.stdout, summary(report));
      for (const conflict of report.conflicts.slice(0, MAX_PRINTED_ERRORS)) {
        writeLine(io.stdout, `  kept as stored (differs from the file): ${conflict.section} ${conflict.id}`);
      }
      if (report.conflicts.length > MAX_PRINTED_ERRORS) {
        writeLine(io.stdout, `  … and ${report.conflicts.length - MAX_PRINTED_ERRORS} more`);
      }
      if (report.totals.conflicts > 0 && report.mode === 'keep') {
        writeLine(io.stdout, 'Run again with --overwrite to replace them with the file’s records.');
      }
      return EXIT_OK;
    } catch (error) {
      progress.stop();
      if (!(error instanceof server.ImportError)) throw error;
      // One line saying what happened, then the records to fix (a file can have many).
      writeLine(io.stderr, `onsite: ${operand === '-' ? '<stdin>' : operand}: ${error.message}`);
      const errors = error.details?.errors ?? [];
      for (const item of errors.slice(0, MAX_PRINTED_ERRORS)) writeLine(io.stderr, describeError(item));
      const total = error.details?.errorCount ?? errors.length;
      if (total > MAX_PRINTED_ERRORS) writeLine(io.stderr, `  … and ${total - MAX_PRINTED_ERRORS} more`);
      return EXIT_USAGE;
    }
  });
}
