/**
 * `onsite <command> …`: dispatch only. Commands load lazily, so `--help` and `--version`
 * answer without loading the analyzer's language model.
 */
import { EXIT_OK, EXIT_USAGE, errorLine, InputError, UsageError } from './errors';
import { type Io, writeLine } from './io';
import { version } from './version';

interface Command {
  summary: string;
  load(): Promise<{ run(io: Io): Promise<number>; HELP: string }>;
}

const COMMANDS: Record<string, Command> = {
  analyze: {
    summary: 'lint interview answers: findings, score, rubric, STAR+, follow-ups',
    load: () => import('./commands/analyze'),
  },
  questions: {
    summary: 'browse the question bank (filter by type, level, tag, kind, search)',
    load: () => import('./commands/questions'),
  },
  framework: {
    summary: 'read the Level 4 framework: list its topics, or print one',
    load: () => import('./commands/framework'),
  },
  backup: {
    summary: "copy the server's data safely, even while it runs (SQLite file; JSON on PostgreSQL)",
    load: () => import('./commands/backup'),
  },
  export: {
    summary: 'export every record as versioned JSON, or as a Markdown folder (one .md per story)',
    load: () => import('./commands/export'),
  },
  import: {
    summary: 'import a JSON export or Markdown folder: validated first, idempotent, never deletes',
    load: () => import('./commands/import'),
  },
};

export const HELP = `Usage: onsite <command> [options]

Prepare for engineering-leadership interview loops, offline.

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(11)}${command.summary}`)
  .join('\n')}

Options:
  -h, --help     show help (also: onsite <command> --help, onsite help <command>)
  --version      show the version

Exit status: 0 success, 1 an answer has an error-severity finding, 2 usage error or bad input.`;

function commandNamed(name: string): Command {
  if (!Object.hasOwn(COMMANDS, name)) {
    throw new UsageError(
      `unknown command '${name}' (expected one of: ${Object.keys(COMMANDS).join(', ')})`,
      null,
      false,
    );
  }
  return COMMANDS[name] as Command;
}

async function dispatch(io: Io): Promise<number> {
  const [first, ...rest] = io.argv;
  if (first === undefined) {
    writeLine(io.stderr, HELP);
    return EXIT_USAGE;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    writeLine(io.stdout, topic === undefined ? HELP : (await commandNamed(topic).load()).HELP);
    return EXIT_OK;
  }
  if (first === '--version') {
    writeLine(io.stdout, version());
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (options go after the command)`);
  const command = await commandNamed(first).load();
  return command.run({ ...io, argv: rest });
}

/** Runs the CLI and returns the exit status. Never throws for bad input. */
export async function main(io: Io): Promise<number> {
  try {
    return await dispatch(io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      writeLine(io.stderr, errorLine(error));
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `onsite: internal error (please report it): ${message}`);
    if (io.env?.ONSITE_DEBUG && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
    return EXIT_USAGE;
  }
}
