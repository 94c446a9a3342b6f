/**
 * Reading answers: files and stdin, with every check that turns bad input into one clear line
 * (missing, unreadable, a directory, binary, too large, empty), and the YAML frontmatter split
 * that remembers where the body starts so findings point into the original file.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from './errors';
import type { Io } from './io';

/** Inputs above this size are refused before analysis (1 MB, like the analyzer's own limit). */
export const MAX_INPUT_BYTES = 1_000_000;
/** How standard input is named in reports and in `--json`'s `filePath`. */
export const STDIN_NAME = '<stdin>';

export interface SourceFile {
  /** The operand as the user typed it, for error lines ("-" becomes "<stdin>"). */
  name: string;
  /** Absolute path, or "<stdin>". */
  filePath: string;
  /** The whole input, decoded as UTF-8 (a leading byte-order mark is dropped). */
  text: string;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory (a parent in the path is a file)';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Reads a stream, refusing it as soon as it grows past the limit (so /dev/zero cannot hang us). */
async function readCapped(name: string, chunks: AsyncIterable<Uint8Array | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) {
      throw new InputError(name, `input is larger than 1 MB (the limit for one answer)`);
    }
    parts.push(buffer);
  }
  return Buffer.concat(parts, total);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 and rejects what is clearly not an answer: binary data and blank input. */
export function decodeAnswer(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(name, 'binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(name, 'not valid UTF-8 text (binary file or another encoding?)');
  }
  if (text.trim() === '') throw new InputError(name, 'empty input: there is no answer to analyse');
  return text;
}

/** Reads one operand: a path (relative to `io.cwd`) or "-" for standard input. */
export async function readOperand(
  operand: string,
  io: Pick<Io, 'stdin' | 'cwd'> & Partial<Pick<Io, 'stderr'>>,
): Promise<SourceFile> {
  if (operand === '-') {
    if (io.stdin.isTTY && io.stderr)
      io.stderr.write('onsite: reading the answer from the terminal; end it with Ctrl-D\n');
    const bytes = await readCapped(STDIN_NAME, io.stdin);
    return { name: STDIN_NAME, filePath: STDIN_NAME, text: decodeAnswer(STDIN_NAME, bytes) };
  }
  const filePath = resolve(io.cwd, operand);
  let stats: Awaited<ReturnType<typeof stat>>;
  try {
    stats = await stat(filePath);
  } catch (error) {
    throw new InputError(operand, describeFsError(error));
  }
  if (stats.isDirectory()) throw new InputError(operand, 'is a directory');
  if (stats.isFile() && stats.size > MAX_INPUT_BYTES) {
    throw new InputError(operand, `file is too large (${megabytes(stats.size)}; the limit is 1 MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = await readCapped(operand, createReadStream(filePath));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(operand, describeFsError(error));
  }
  return { name: operand, filePath, text: decodeAnswer(operand, bytes) };
}

// ---------------------------------------------------------------------------------------------
// Frontmatter

/** The frontmatter keys the CLI understands; all optional, all defaults that flags override. */
export interface Frontmatter {
  title?: string;
  question?: string;
  level?: string;
  company?: string;
  type?: string;
  tags?: string[];
  spoken?: boolean;
  /** Real spoken duration, from the `duration` key (seconds, or "m:ss"). */
  durationSeconds?: number;
}

export interface SplitSource {
  frontmatter: Frontmatter;
  /** The answer text handed to the analyzer. */
  body: string;
  /** Where `body` starts in the original text: add it to any analyzer offset. */
  bodyOffset: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const OPENING = /^---[ \t]*\r?\n/;

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function textField(name: string, key: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  throw new InputError(name, `frontmatter '${key}' must be text, not ${describeValue(value)}`);
}

function tagsField(name: string, value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const items = typeof value === 'string' ? value.split(',') : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    throw new InputError(name, `frontmatter 'tags' must be a list of words, not ${describeValue(value)}`);
  }
  return items.map((item: string) => item.trim().toLowerCase()).filter((item) => item !== '');
}

function spokenField(name: string, value: unknown): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  throw new InputError(name, `frontmatter 'spoken' must be true or false, not ${describeValue(value)}`);
}

/** Seconds, as a number (150) or text ("150", "2:30", "2m30s", "90s"). */
export function parseDuration(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  const text = value.trim();
  let seconds: number | null = null;
  const clock = /^(\d+):([0-5]\d)$/.exec(text);
  const units = /^(?:(\d+(?:\.\d+)?)\s*m(?:in)?)?\s*(?:(\d+(?:\.\d+)?)\s*s(?:ec)?)?$/.exec(text);
  if (/^\d+(?:\.\d+)?$/.test(text)) seconds = Number(text);
  else if (clock) seconds = Number(clock[1]) * 60 + Number(clock[2]);
  else if (units && (units[1] !== undefined || units[2] !== undefined)) {
    seconds = Number(units[1] ?? 0) * 60 + Number(units[2] ?? 0);
  }
  return seconds !== null && seconds > 0 ? seconds : null;
}

function durationField(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const seconds = typeof value === 'number' || typeof value === 'string' ? parseDuration(value) : null;
  if (seconds === null) {
    throw new InputError(
      name,
      `frontmatter 'duration' must be a positive number of seconds (or "m:ss"), not ${describeValue(value)}`,
    );
  }
  return seconds;
}

async function readFrontmatter(name: string, yamlText: string): Promise<Frontmatter> {
  // Loaded only when a file has frontmatter: plain answers and --help skip the YAML parser.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem) {
    // The YAML starts on line 2 of the file (after the opening ---).
    const line = (problem.linePos?.[0].line ?? 0) + 1;
    const reason = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError(name, `invalid YAML frontmatter at line ${line}: ${reason}`);
  }
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      name,
      `frontmatter must be a mapping of keys (title:, question:, …), not ${describeValue(data)}`,
    );
  }
  const raw = data as Record<string, unknown>;
  const frontmatter: Frontmatter = {};
  const title = textField(name, 'title', raw.title);
  const question = textField(name, 'question', raw.question);
  const level = textField(name, 'level', raw.level);
  const company = textField(name, 'company', raw.company);
  const type = textField(name, 'type', raw.type);
  const tags = tagsField(name, raw.tags);
  const spoken = spokenField(name, raw.spoken);
  const durationSeconds = durationField(name, raw.duration);
  if (title !== undefined) frontmatter.title = title;
  if (question !== undefined) frontmatter.question = question;
  if (level !== undefined) frontmatter.level = level;
  if (company !== undefined) frontmatter.company = company;
  if (type !== undefined) frontmatter.type = type;
  if (tags !== undefined) frontmatter.tags = tags;
  if (spoken !== undefined) frontmatter.spoken = spoken;
  if (durationSeconds !== undefined) frontmatter.durationSeconds = durationSeconds;
  return frontmatter;
}

/**
 * Splits `---` YAML frontmatter from the answer. Without frontmatter the whole text is the
 * body (offset 0). The body is never trimmed, so `bodyOffset + offset` is exact.
 */
export async function splitFrontmatter(name: string, text: string): Promise<SplitSource> {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    if (OPENING.test(text)) {
      throw new InputError(name, "frontmatter starts on line 1 but is never closed with a '---' line");
    }
    return { frontmatter: {}, body: text, bodyOffset: 0 };
  }
  const frontmatter = await readFrontmatter(name, match[1] ?? '');
  const bodyOffset = match[0].length;
  const body = text.slice(bodyOffset);
  if (body.trim() === '') throw new InputError(name, 'empty answer: nothing after the frontmatter');
  return { frontmatter, body, bodyOffset };
}

// ---------------------------------------------------------------------------------------------
// Positions

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (as ESLint counts). */
  column: number;
}

/** Maps offsets of `text` to line and column. Build once per file, then query per finding. */
export function createLocator(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * Returns a copy of `value` with every `start`/`end` offset moved by `by`: the report then
 * indexes the original file (frontmatter included) instead of the analysed body.
 */
export function shiftSpans<T>(value: T, by: number): T {
  if (by === 0) return value;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      copy[key] = (key === 'start' || key === 'end') && typeof child === 'number' ? child + by : walk(child);
    }
    return copy;
  };
  return walk(value) as T;
}
