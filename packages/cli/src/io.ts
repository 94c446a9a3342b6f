/**
 * What a command may touch. Commands never reach for `process` themselves, so tests run them
 * in-process with buffers, and the binary passes the real streams.
 */

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
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

/** The width to wrap prose at: the terminal's, or none (0) when output is piped. */
export function wrapWidth(stream: OutputStream): number {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns >= 40
    ? stream.columns
    : 0;
}

/**
 * Word-wraps `text` to `width` columns, every line starting with `indent`; a leading "- " bullet
 * gets a hanging indent. Width 0 leaves the text on one line.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const hang = /^[-•*] /.test(text) ? '  ' : '';
  if (width === 0 || indent.length + text.length <= width) return [`${indent}${text}`];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const prefix = lines.length === 0 ? indent : `${indent}${hang}`;
    if (line !== '' && prefix.length + line.length + 1 + word.length > width) {
      lines.push(`${prefix}${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(`${lines.length === 0 ? indent : `${indent}${hang}`}${line}`);
  return lines;
}
