/**
 * The CLI's own errors. Everything the user did wrong (a bad flag, a missing operand, a file we
 * cannot read) becomes exactly one line on stderr and exit status 2 — never a stack trace.
 */

/** Exit statuses, as documented in the README and DESIGN.md. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A problem with the command line as a whole: nothing is analysed. */
export class UsageError extends Error {
  readonly exitCode = EXIT_USAGE;
  /** The command whose help the user should read ("analyze"), or null for `onsite` itself. */
  readonly command: string | null;
  /** Whether to point at `--help` (not needed when the message already lists the choices). */
  readonly hint: boolean;

  constructor(message: string, command: string | null = null, hint = true) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
    this.hint = hint;
  }
}

/** A problem with one input (file or stdin): that input is skipped, the others still run. */
export class InputError extends Error {
  readonly exitCode = EXIT_USAGE;
  /** The operand as the user typed it ("-" is shown as "<stdin>"). */
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.file = file;
  }
}

/** The one line printed for an error, e.g. `onsite: notes.md: no such file or directory`. */
export function errorLine(error: UsageError | InputError): string {
  if (error instanceof InputError) return `onsite: ${error.file}: ${error.message}`;
  const program = error.command ? `onsite ${error.command}` : 'onsite';
  return error.hint
    ? `${program}: ${error.message} (see '${program} --help')`
    : `${program}: ${error.message}`;
}

interface ParseArgsFailure {
  code: string;
  message: string;
}

function isParseArgsFailure(error: unknown): error is ParseArgsFailure {
  if (!(error instanceof Error)) return false;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Turns `util.parseArgs` failures into a short usage error. Node's own messages are long and
 * mention internals ("To specify a positional argument starting with a '-'…").
 */
export function usageFromParseArgs(error: unknown, command: string | null): UsageError {
  if (!isParseArgsFailure(error)) throw error;
  const option = /'(-{1,2}[^'\s]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option '${option ?? '?'}'`, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(error.message)) {
        return new UsageError(`option '${option ?? '?'}' needs a value`, command);
      }
      return new UsageError(`option '${option ?? '?'}' does not take a value`, command);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const extra = /'([^']*)'/.exec(error.message)?.[1];
      return new UsageError(`unexpected argument '${extra ?? '?'}'`, command);
    }
    default:
      return new UsageError(error.message.split('\n')[0] ?? 'invalid arguments', command);
  }
}
