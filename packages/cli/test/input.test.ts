import { chmodSync, mkdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../src/errors';
import {
  createLocator,
  decodeAnswer,
  MAX_INPUT_BYTES,
  parseDuration,
  readOperand,
  STDIN_NAME,
  shiftSpans,
  splitFrontmatter,
} from '../src/input';
import { fakeIo, tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function readError(operand: string, stdin?: string | Uint8Array): Promise<InputError> {
  const { io } = fakeIo([], { cwd: tmp.dir, ...(stdin === undefined ? {} : { stdin }) });
  const error = await readOperand(operand, io).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof InputError))
    throw new Error(`expected an InputError for ${operand}, got ${String(error)}`);
  return error;
}

describe('readOperand', () => {
  it('reads a file relative to cwd and resolves its absolute path', async () => {
    const path = tmp.write('answer.txt', 'I led the migration.\n');
    const { io } = fakeIo([], { cwd: tmp.dir });
    const source = await readOperand('answer.txt', io);
    expect(source).toEqual({ name: 'answer.txt', filePath: path, text: 'I led the migration.\n' });
  });

  it('reads standard input for "-" and names it <stdin>', async () => {
    const { io } = fakeIo([], { stdin: 'From stdin.' });
    expect(await readOperand('-', io)).toEqual({
      name: STDIN_NAME,
      filePath: STDIN_NAME,
      text: 'From stdin.',
    });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    tmp.write('bom.txt', '\uFEFFHello there.');
    const { io } = fakeIo([], { cwd: tmp.dir });
    expect((await readOperand('bom.txt', io)).text).toBe('Hello there.');
  });

  it.each([
    ['a missing file', 'nope.md', () => undefined, /no such file or directory/],
    ['a directory', 'folder', () => mkdirSync(`${tmp.dir}/folder`), /is a directory/],
    ['a file with NUL bytes', 'bin.dat', () => tmp.write('bin.dat', Buffer.from([72, 105, 0, 33])), /binary/],
    [
      'invalid UTF-8',
      'latin1.txt',
      () => tmp.write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
      /UTF-8/,
    ],
    ['whitespace only', 'blank.txt', () => tmp.write('blank.txt', ' \n\t\n  '), /empty/],
    ['an empty file', 'zero.txt', () => tmp.write('zero.txt', ''), /empty/],
    ['a file over 1 MB', 'big.txt', () => tmp.write('big.txt', 'a'.repeat(MAX_INPUT_BYTES + 1)), /too large/],
  ])('refuses %s with the operand and a reason', async (_label, operand, setup, reason) => {
    setup();
    const error = await readError(operand);
    expect(error.file).toBe(operand);
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain('\n');
  });

  it('accepts a file of exactly 1 MB', async () => {
    tmp.write('limit.txt', 'a'.repeat(MAX_INPUT_BYTES));
    const { io } = fakeIo([], { cwd: tmp.dir });
    expect((await readOperand('limit.txt', io)).text.length).toBe(MAX_INPUT_BYTES);
  });

  it('refuses stdin over 1 MB, and blank or binary stdin', async () => {
    expect((await readError('-', 'b'.repeat(MAX_INPUT_BYTES + 1))).message).toMatch(/larger than 1 MB/);
    expect((await readError('-', '   \n')).file).toBe(STDIN_NAME);
    expect((await readError('-', new Uint8Array([0xff, 0xfe, 0x41]))).message).toMatch(/UTF-8/);
  });

  // Skipped as root (CI runs as root): root reads a file whatever its mode, so EACCES can't be made.
  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', async () => {
    const path = tmp.write('secret.txt', 'text');
    chmodSync(path, 0o000);
    expect((await readError('secret.txt')).message).toBe('permission denied');
  });

  it('decodeAnswer keeps non-ASCII text intact', () => {
    expect(decodeAnswer('x', Buffer.from('Café — naïve “quotes” 😀', 'utf8'))).toBe(
      'Café — naïve “quotes” 😀',
    );
  });
});

describe('splitFrontmatter', () => {
  it('returns the whole text as body when there is no frontmatter', async () => {
    expect(await splitFrontmatter('a.txt', 'Just an answer.')).toEqual({
      frontmatter: {},
      body: 'Just an answer.',
      bodyOffset: 0,
    });
  });

  it('reads every supported key and keeps the body offset exact', async () => {
    const text = [
      '---',
      'title: Saving the launch',
      'question: Tell me about a time you missed a deadline',
      'level: Director',
      'company: Amazon',
      'type: behavioral',
      'tags: [crisis, Failure]',
      'spoken: true',
      'duration: "2:30"',
      'notes: ignored',
      '---',
      '',
      'We were six weeks from launch.',
    ].join('\n');
    const { frontmatter, body, bodyOffset } = await splitFrontmatter('story.md', text);
    expect(frontmatter).toEqual({
      title: 'Saving the launch',
      question: 'Tell me about a time you missed a deadline',
      level: 'Director',
      company: 'Amazon',
      type: 'behavioral',
      tags: ['crisis', 'failure'],
      spoken: true,
      durationSeconds: 150,
    });
    expect(text.slice(bodyOffset)).toBe(body);
    expect(body).toBe('\nWe were six weeks from launch.');
  });

  it('handles CRLF line endings, "..." closers and empty frontmatter', async () => {
    const crlf = '---\r\nlevel: L6\r\n---\r\nBody here.';
    expect(await splitFrontmatter('a', crlf)).toMatchObject({
      frontmatter: { level: 'L6' },
      body: 'Body here.',
    });
    expect((await splitFrontmatter('a', '---\nlevel: L5\n...\nBody.')).body).toBe('Body.');
    expect(await splitFrontmatter('a', '---\n---\nBody.')).toEqual({
      frontmatter: {},
      body: 'Body.',
      bodyOffset: 8,
    });
  });

  it('accepts tags as a comma-separated string and durations in seconds', async () => {
    const { frontmatter } = await splitFrontmatter(
      'a',
      '---\ntags: conflict, influence\nduration: 95\n---\nText.',
    );
    expect(frontmatter).toEqual({ tags: ['conflict', 'influence'], durationSeconds: 95 });
  });

  it.each([
    ['unclosed frontmatter', '---\ntitle: x\nBody.', /never closed/],
    ['invalid YAML', '---\ntitle: x\nlevel: [L5\n---\nBody.', /invalid YAML frontmatter at line \d+/],
    ['a list instead of a mapping', '---\n- a\n- b\n---\nBody.', /must be a mapping/],
    ['a mapping as level', '---\nlevel:\n  a: 1\n---\nBody.', /'level' must be text/],
    ['tags with a mapping', '---\ntags: [{a: 1}]\n---\nBody.', /'tags' must be a list/],
    ['spoken as text', '---\nspoken: "often"\n---\nBody.', /'spoken' must be true or false/],
    ['a negative duration', '---\nduration: -5\n---\nBody.', /'duration' must be a positive number/],
    ['a nonsense duration', '---\nduration: soon\n---\nBody.', /'duration'/],
    ['nothing after the frontmatter', '---\ntitle: x\n---\n  \n', /nothing after the frontmatter/],
    ['a duplicate key', '---\nlevel: L5\nlevel: L6\n---\nBody.', /invalid YAML/],
  ])('refuses %s', async (_label, text, reason) => {
    let caught: unknown;
    try {
      await splitFrontmatter('story.md', text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).file).toBe('story.md');
    expect((caught as InputError).message).toMatch(reason);
    expect((caught as InputError).message).not.toContain('\n');
  });

  it('points a YAML error at the line of the file', async () => {
    await expect(splitFrontmatter('s.md', '---\ntitle: ok\nlevel: "L5\n---\nBody.')).rejects.toThrow(
      /at line 3/,
    );
  });
});

describe('parseDuration', () => {
  it.each([
    [150, 150],
    ['150', 150],
    ['2:30', 150],
    ['2m30s', 150],
    ['2 min', 120],
    ['45s', 45],
    ['1.5', 1.5],
  ])('%j → %d seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each([0, -3, Number.NaN, '', 'soon', '2:75', '0:00'])('%j is refused', (input) => {
    expect(parseDuration(input)).toBeNull();
  });
});

describe('createLocator', () => {
  it('gives 1-based line and column', () => {
    const locate = createLocator('ab\ncd\r\n\nef');
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(2)).toEqual({ line: 1, column: 3 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
    expect(locate(8)).toEqual({ line: 4, column: 1 });
    expect(locate(9)).toEqual({ line: 4, column: 2 });
  });

  it('agrees with counting newlines by hand, for any text and offset', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ') }), fc.nat(), (text, raw) => {
        const offset = text.length === 0 ? 0 : raw % (text.length + 1);
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        const column = offset - (before.lastIndexOf('\n') + 1) + 1;
        expect(createLocator(text)(offset)).toEqual({ line, column });
      }),
    );
  });
});

describe('shiftSpans', () => {
  it('moves every start and end, however deep, and nothing else', () => {
    const report = {
      score: 70,
      findings: [{ start: 1, end: 4, points: -3 }],
      star: { result: { present: true, start: 10, end: 20 }, task: { present: false } },
      speech: { words: 5, fillers: [{ text: 'um', start: 0, end: 2 }] },
    };
    expect(shiftSpans(report, 100)).toEqual({
      score: 70,
      findings: [{ start: 101, end: 104, points: -3 }],
      star: { result: { present: true, start: 110, end: 120 }, task: { present: false } },
      speech: { words: 5, fillers: [{ text: 'um', start: 100, end: 102 }] },
    });
    expect(report.findings[0]?.start).toBe(1);
  });
});
