/**
 * What a command may touch. Commands never reach for `process` themselves, so tests run them
 * in-process with buffers, and the binary passes the real streams.
 */

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  /** The arguments after the command name (for `main`, after the program name). */
  argv: readonly string[];
  stdin: AsyncIterable<Uint8Array | string> & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  /** Relative file operands are resolved against this directory. */
  cwd: string;
  /** Read for NO_COLOR only; defaults to no environment. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value. */
export function useColor(io: Pick<Io, 'stdout' | 'env'>): boolean {
  const noColor = io.env?.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

export type Paint = (text: string) => string;

export interface Palette {
  bold: Paint;
  dim: Paint;
  underline: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  blue: Paint;
  cyan: Paint;
}

function sgr(open: number, close: number): Paint {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const identity: Paint = (text) => text;

export function palette(color: boolean): Palette {
  if (!color) {
    return {
      bold: identity,
      dim: identity,
      underline: identity,
      red: identity,
      yellow: identity,
      green: identity,
      blue: identity,
      cyan: identity,
    };
  }
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    green: sgr(32, 39),
    blue: sgr(34, 39),
    cyan: sgr(36, 39),
  };
}

/** Writes one line (a trailing newline is added). */
export function writeLine(stream: OutputStream, line = ''): void {
  stream.write(`${line}\n`);
}
