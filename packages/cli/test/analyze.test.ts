/**
 * `onsite analyze` in-process, through `main` with an in-memory io, on real files in a temp
 * directory and the real analyzer from @onsite/core.
 */
import { AnalyzeError, analyze } from '@onsite/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeAnalyzeError } from '../src/commands/analyze';
import type { JsonResult } from '../src/format/json';
import { main } from '../src/main';
import { fakeIo, tempDir } from './helpers';

// A specific, well-formed answer (STAR+, numbers, ownership) and a weak one.
const STRONG = `When I joined as director, our checkout platform failed during every peak sale and we lost about $2M in revenue each quarter.
My task was to make checkout reliable before Black Friday, twelve weeks away, without freezing feature work.
I set up an incident review with the three team leads, and I decided to split the monolith's payment path into its own service.
I negotiated with the VP of Product to move two engineers from features for six weeks, and I personally ran the weekly risk review.
As a result, checkout availability rose from 97.1% to 99.95%, peak-day revenue grew 18%, and we had zero sev-1 incidents that season.
I learned to trade a small, visible delay in features for a large, invisible risk, and I now put reliability budgets in every roadmap.`;

const WEAK = 'We basically did a lot of stuff and it was very good, I think. Everyone was happy.';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

async function run(argv: string[], options: Parameters<typeof fakeIo>[1] = {}) {
  const captured = fakeIo(['analyze', ...argv], { cwd: tmp.dir, ...options });
  const status = await main(captured.io);
  return { status, ...captured };
}

async function runJson(argv: string[], options: Parameters<typeof fakeIo>[1] = {}) {
  const result = await run(['--json', ...argv], options);
  const parsed: unknown = JSON.parse(result.stdout());
  if (!Array.isArray(parsed)) throw new Error('--json must print an array');
  return { ...result, results: parsed as JsonResult[] };
}

function hasError(result: JsonResult): boolean {
  return result.report.findings.some((finding) => finding.severity === 'error');
}

describe('onsite analyze: bad input', () => {
  const bad: Array<[string, string, () => void, RegExp]> = [
    ['a missing file', 'missing.md', () => undefined, /no such file/],
    ['a directory', 'dir', () => tmp.write('dir/.keep', ''), /is a directory/],
    [
      'binary content',
      'photo.jpg',
      () => tmp.write('photo.jpg', Buffer.from([0xff, 0xd8, 0, 0x10])),
      /binary/,
    ],
    [
      'invalid UTF-8',
      'cp1252.txt',
      () => tmp.write('cp1252.txt', Buffer.from('caf\xe9 au lait', 'latin1')),
      /UTF-8/,
    ],
    ['whitespace only', 'blank.md', () => tmp.write('blank.md', '\n  \n\t'), /empty/],
    ['a file over 1 MB', 'huge.txt', () => tmp.write('huge.txt', `${'word '.repeat(200_001)}`), /too large/],
    [
      'an unknown level in frontmatter',
      'l9.md',
      () => tmp.write('l9.md', `---\nlevel: Jedi\n---\n${WEAK}`),
      /level 'Jedi'/,
    ],
    [
      'an unknown company',
      'co.md',
      () => tmp.write('co.md', `---\ncompany: initech\n---\n${WEAK}`),
      /company 'initech'/,
    ],
    [
      'an unknown type',
      'ty.md',
      () => tmp.write('ty.md', `---\ntype: karaoke\n---\n${WEAK}`),
      /type 'karaoke'/,
    ],
  ];

  it.each(bad)(
    '%s: one stderr line naming the file, exit 2, the good file still reported',
    async (_l, name, setup, reason) => {
      setup();
      const good = tmp.write('good.txt', STRONG);
      const { status, stdout, errorLines } = await run([name, 'good.txt']);
      expect(status).toBe(2);
      expect(errorLines()).toHaveLength(1);
      expect(errorLines()[0]).toMatch(new RegExp(`^onsite: ${name.replace('.', '\\.')}: `));
      expect(errorLines()[0]).toMatch(reason);
      expect(stdout()).toContain(good);
      expect(stdout()).toMatch(/Score\s+\d+\/100/);
    },
  );

  it('with --json, the array holds only the inputs that could be analysed', async () => {
    const good = tmp.write('good.txt', STRONG);
    const { status, results, errorLines } = await runJson(['missing.txt', 'good.txt']);
    expect(status).toBe(2);
    expect(results.map((result) => result.filePath)).toEqual([good]);
    expect(errorLines()).toEqual(['onsite: missing.txt: no such file or directory']);
  });

  it.each([
    [['--frobnicate', 'a.md'], /unknown option '--frobnicate'/],
    [['--level'], /option '--level' needs a value/],
    [[], /missing FILE operand/],
    [['--level', 'Jedi', 'a.md'], /unknown level 'Jedi'/],
    [['--company', 'initech', 'a.md'], /unknown company 'initech'/],
    [['--type', 'karaoke', 'a.md'], /unknown interview type 'karaoke'/],
    [['-', '-'], /standard input/],
  ])('usage error %j: exit 2, one line, nothing analysed', async (argv, reason) => {
    tmp.write('a.md', STRONG);
    const { status, stdout, errorLines } = await run(argv);
    expect(status).toBe(2);
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(/^onsite analyze: /);
    expect(errorLines()[0]).toMatch(reason);
    expect(stdout()).toBe('');
  });

  it('prints help and the version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: onsite analyze/);
    const short = await run(['-h']);
    expect(short.stdout()).toBe(help.stdout());
    const version = await run(['--version']);
    expect(version.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('onsite analyze: reports', () => {
  it('--json prints an array of {filePath, report}, stdin named <stdin>', async () => {
    const file = tmp.write('strong.txt', STRONG);
    const { status, results } = await runJson(['strong.txt', '-'], { stdin: WEAK });
    expect([0, 1]).toContain(status);
    expect(results.map((result) => result.filePath)).toEqual([file, '<stdin>']);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(['filePath', 'report']);
      for (const key of ['score', 'rating', 'findings', 'star', 'dimensions', 'level', 'metrics', 'speech']) {
        expect(result.report).toHaveProperty(key);
      }
      expect(result.report).toHaveProperty('principles');
      expect(result.report).toHaveProperty('followUps');
    }
    // The report is the analyzer's own, not something the CLI made up.
    expect(results[1]?.report.score).toBe(analyze(WEAK).score);
    expect(results[0]?.report.score).toBeGreaterThan(results[1]?.report.score ?? 100);
  });

  it('maps offsets back through the frontmatter: line:col points at the same words', async () => {
    const frontmatter = '---\ntitle: Checkout reliability\nlevel: L6\ntags: [crisis, technical]\n---\n\n';
    const text = `${frontmatter}${WEAK}\n\n${STRONG}`;
    tmp.write('story.md', text);
    const body = text.slice(frontmatter.length - 1);
    const direct = analyze(body, { level: 'L6', tags: ['crisis', 'technical'] });
    expect(direct.findings.length).toBeGreaterThan(0);

    const { results } = await runJson(['story.md']);
    const findings = results[0]?.report.findings ?? [];
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(
      direct.findings.map((f) => body.slice(f.start, f.end)),
    );

    const lines = text.split('\n');
    const stylish = (await run(['story.md'])).stdout();
    const positions = [...stylish.matchAll(/^\s+(\d+):(\d+)\s+(?:error|warning|info)\s/gm)];
    expect(positions).toHaveLength(findings.length);
    const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
    positions.forEach((match, index) => {
      const finding = sorted[index];
      const line = lines[Number(match[1]) - 1] ?? '';
      const words = text.slice(finding?.start, finding?.end);
      expect(Number(match[1])).toBeGreaterThan(5);
      expect(line.slice(Number(match[2]) - 1).startsWith(words.split('\n')[0] ?? '')).toBe(true);
    });
  });

  it('frontmatter supplies defaults and flags override them', async () => {
    tmp.write(
      'story.md',
      `---\nlevel: Director\ncompany: google\ntype: behavioral\nquestion: Tell me about a failure\nspoken: true\nduration: 90\n---\n${STRONG}`,
    );
    const defaults = (await runJson(['story.md'])).results[0]?.report.options;
    expect(defaults).toMatchObject({
      level: 'L6',
      company: 'google',
      type: 'behavioral',
      question: 'Tell me about a failure',
      spoken: true,
      durationSeconds: 90,
    });
    const overridden = (
      await runJson([
        '--level',
        'VP',
        '--company',
        'amazon',
        '--type',
        'technical-leadership',
        '--question',
        'How do you lead through a crisis?',
        'story.md',
      ])
    ).results[0]?.report.options;
    expect(overridden).toMatchObject({
      level: 'L7+',
      company: 'amazon',
      type: 'technical-leadership',
      question: 'How do you lead through a crisis?',
      spoken: true,
      durationSeconds: 90,
    });
  });

  it('a flag also rescues a file whose frontmatter value is unknown', async () => {
    tmp.write('story.md', `---\nlevel: Jedi\n---\n${STRONG}`);
    const { status, results } = await runJson(['--level', 'L6', 'story.md']);
    expect(results[0]?.report.options.level).toBe('L6');
    expect(status).not.toBe(2);
  });

  it('exits 1 exactly when some finding has severity error', async () => {
    const samples = { strong: STRONG, weak: WEAK, short: 'I fixed it.' };
    const statuses: Record<string, { status: number; error: boolean }> = {};
    for (const [name, text] of Object.entries(samples)) {
      tmp.write(`${name}.txt`, text);
      const { status, results } = await runJson([`${name}.txt`]);
      statuses[name] = { status, error: results.some(hasError) };
      expect(status).toBe(results.some(hasError) ? 1 : 0);
      // The text report exits the same way.
      expect((await run([`${name}.txt`])).status).toBe(status);
    }
    const all = Object.values(statuses);
    expect(all.some((s) => s.status === 1)).toBe(true);
    expect(all.some((s) => s.status === 0)).toBe(true);
  });

  it('refuses a zero duration in frontmatter with one line', async () => {
    tmp.write('zero.md', `---\nduration: 0:00\n---\n${STRONG}`);
    const { status, errorLines } = await run(['zero.md']);
    expect(status).toBe(2);
    expect(errorLines()).toEqual([expect.stringMatching(/^onsite: zero\.md: .*duration/)]);
  });

  it('turns every AnalyzeError code into one line of words', () => {
    expect(() => analyze('   ')).toThrow(AnalyzeError);
    const codes = [
      'empty_answer',
      'answer_too_long',
      'unknown_level',
      'unknown_company',
      'unknown_interview_type',
      'invalid_duration',
    ] as const;
    const lines = codes.map((code) => describeAnalyzeError(new AnalyzeError(code, 'that value')));
    for (const line of lines) expect(line).not.toMatch(/\n|_/);
    expect(new Set(lines).size).toBe(codes.length);
  });

  it('warns about unknown tags but still analyses', async () => {
    tmp.write('story.md', `---\ntags: [crisis, astrology]\n---\n${STRONG}`);
    const { status, errorLines, results } = await runJson(['story.md']);
    expect(status).not.toBe(2);
    expect(results).toHaveLength(1);
    expect(errorLines()).toEqual([expect.stringMatching(/story\.md: warning: .*astrology/)]);
  });

  it('colours only on a TTY without NO_COLOR', async () => {
    tmp.write('a.txt', WEAK);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes
    const ansi = /\u001b\[/;
    expect((await run(['a.txt'], { tty: true })).stdout()).toMatch(ansi);
    expect((await run(['a.txt'], { tty: true, env: { NO_COLOR: '1' } })).stdout()).not.toMatch(ansi);
    expect((await run(['a.txt'], { tty: false })).stdout()).not.toMatch(ansi);
  });
});
