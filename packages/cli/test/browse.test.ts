/** `onsite questions` and `onsite framework`, in-process against the real core data. */
import {
  BUILT_IN_COMPANY_IDS,
  COMPANIES_TOPIC,
  COMPETENCY_TAGS,
  FRAMEWORK_TOPICS,
  INTERVIEW_TYPE_IDS,
  QUESTION_BANK,
  QUESTION_CATEGORIES,
  QUESTION_DIFFICULTIES,
  QUESTION_KINDS,
  QUESTIONS_TOPIC,
  type Question,
} from '@onsite/core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main';
import { fakeIo } from './helpers';

async function run(argv: string[]) {
  const captured = fakeIo(argv);
  const status = await main(captured.io);
  return { status, ...captured };
}

async function questionsJson(argv: string[]): Promise<Question[]> {
  const { status, stdout } = await run(['questions', '--json', ...argv]);
  expect(status).toBe(0);
  return JSON.parse(stdout()) as Question[];
}

describe('onsite questions', () => {
  it('lists the whole bank without filters', async () => {
    const all = await questionsJson([]);
    expect(all.map((q) => q.id)).toEqual(QUESTION_BANK.map((q) => q.id));
    const { stdout } = await run(['questions']);
    expect(stdout()).toContain(`${QUESTION_BANK.length} questions`);
    for (const question of QUESTION_BANK.slice(0, 5)) expect(stdout()).toContain(question.text);
  });

  it('filters by type, level, tag and kind (all must hold)', async () => {
    const sample = QUESTION_BANK[0];
    if (!sample) throw new Error('empty bank');
    const [level] = sample.levels;
    const [tag] = sample.competencies;
    const found = await questionsJson([
      '--type',
      sample.type,
      '--level',
      level ?? 'L6',
      '--tag',
      tag ?? 'hiring',
      '--kind',
      sample.kind,
    ]);
    expect(found.map((q) => q.id)).toContain(sample.id);
    const expected = QUESTION_BANK.filter(
      (q) =>
        q.type === sample.type &&
        q.levels.includes(level ?? 'L6') &&
        q.competencies.includes(tag ?? 'hiring') &&
        q.kind === sample.kind,
    );
    expect(found.map((q) => q.id)).toEqual(expected.map((q) => q.id));
    expect(found.length).toBeLessThan(QUESTION_BANK.length);
  });

  it('resolves level aliases and type prefixes', async () => {
    const byAlias = await questionsJson(['--level', 'Director']);
    expect(byAlias.length).toBeGreaterThan(0);
    expect(byAlias.every((q) => q.levels.includes('L6'))).toBe(true);
    const byPrefix = await questionsJson(['--type', 'beh']);
    expect(byPrefix.length).toBeGreaterThan(0);
    expect(byPrefix.every((q) => q.type === 'behavioral')).toBe(true);
  });

  it('searches text: every word must appear', async () => {
    const word = (QUESTION_BANK[3]?.text.split(/\W+/).find((w) => w.length > 6) ?? 'team').toLowerCase();
    const found = await questionsJson(['--search', word]);
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every((q) =>
        `${q.text} ${q.competencies.join(' ')} ${q.principles.join(' ')}`.toLowerCase().includes(word),
      ),
    ).toBe(true);
    expect(await questionsJson(['--search', `${word} zzzqqq`])).toEqual([]);
    const none = await run(['questions', '--search', 'zzzqqq']);
    expect(none.status).toBe(0);
    expect(none.stdout()).toMatch(/0 questions matching search "zzzqqq"/);
  });

  it('prints one question in full by id', async () => {
    const sample = QUESTION_BANK[2];
    if (!sample) throw new Error('empty bank');
    const { status, stdout } = await run(['questions', sample.id]);
    expect(status).toBe(0);
    expect(stdout()).toContain(sample.text);
    for (const followUp of sample.followUps) expect(stdout()).toContain(followUp);
    for (const signal of sample.lookingFor) expect(stdout()).toContain(signal);
  });

  it.each([
    [['--tag', 'astrology'], /unknown tag 'astrology'/],
    [['--kind', 'riddle'], /unknown kind 'riddle'/],
    [['--level', 'L99'], /unknown level 'L99'/],
    [['--type', 'karaoke'], /unknown interview type 'karaoke'/],
    [['--colour'], /unknown option '--colour'/],
    [['no-such-question'], /unknown question id 'no-such-question'/],
  ])('%j → exit 2 with one line', async (argv, reason) => {
    const { status, stdout, errorLines } = await run(['questions', ...argv]);
    expect(status).toBe(2);
    expect(stdout()).toBe('');
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(/^onsite questions: /);
    expect(errorLines()[0]).toMatch(reason);
  });
});

describe('onsite framework', () => {
  const topics = [...FRAMEWORK_TOPICS, COMPANIES_TOPIC, QUESTIONS_TOPIC];

  it('lists every topic with its title', async () => {
    const { status, stdout } = await run(['framework']);
    expect(status).toBe(0);
    for (const topic of topics) {
      expect(stdout()).toContain(topic.id);
      expect(stdout()).toContain(topic.title);
    }
    const json = await run(['framework', '--json']);
    expect(JSON.parse(json.stdout())).toEqual(
      topics.map(({ id, title, summary }) => ({ id, title, summary })),
    );
  });

  it('prints a topic: its sections and their lines', async () => {
    for (const topic of [FRAMEWORK_TOPICS[0], COMPANIES_TOPIC]) {
      if (!topic) throw new Error('no topics');
      const { status, stdout } = await run(['framework', topic.id]);
      expect(status).toBe(0);
      const sections = topic.render();
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) {
        expect(stdout()).toContain(section.heading);
        for (const line of section.lines.filter((l) => l.trim() !== '')) expect(stdout()).toContain(line);
      }
      const json = JSON.parse((await run(['framework', topic.id, '--json'])).stdout());
      expect(json).toEqual({ id: topic.id, title: topic.title, summary: topic.summary, sections });
    }
  });

  it('wraps prose to the terminal width, losing no words', async () => {
    const topic = FRAMEWORK_TOPICS[1];
    if (!topic) throw new Error('no topics');
    const piped = await run(['framework', topic.id]);
    const narrow = fakeIo(['framework', topic.id], { tty: true, columns: 60, env: { NO_COLOR: '1' } });
    expect(await main(narrow.io)).toBe(0);
    const lines = narrow.stdout().trimEnd().split('\n');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    expect(
      Math.max(
        ...piped
          .stdout()
          .split('\n')
          .map((line) => line.length),
      ),
    ).toBeGreaterThan(60);
    const words = (text: string) => text.split(/\s+/).filter(Boolean);
    expect(words(narrow.stdout())).toEqual(words(piped.stdout()));
  });

  it('accepts a unique prefix of a topic id', async () => {
    const topic = topics.find(
      (t) => topics.filter((other) => other.id.startsWith(t.id.slice(0, 4))).length === 1,
    );
    if (!topic) return;
    const { status, stdout } = await run(['framework', topic.id.slice(0, 4)]);
    expect(status).toBe(0);
    expect(stdout()).toContain(topic.title);
  });

  it('refuses an unknown topic with exit 2 and one line listing the topics', async () => {
    const { status, stdout, errorLines } = await run(['framework', 'astrology']);
    expect(status).toBe(2);
    expect(stdout()).toBe('');
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatch(/^onsite framework: unknown topic 'astrology' \(expected one of: /);
    expect(errorLines()[0]).toContain(topics[0]?.id);
  });

  it('refuses extra operands and unknown flags', async () => {
    expect((await run(['framework', 'a', 'b'])).status).toBe(2);
    expect((await run(['framework', '--all'])).errorLines()).toEqual([
      "onsite framework: unknown option '--all' (see 'onsite framework --help')",
    ]);
  });
});

describe('onsite (top level)', () => {
  it('shows help, per-command help and the version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['analyze', 'questions', 'framework']) expect(help.stdout()).toContain(command);
    expect((await run(['help', 'questions'])).stdout()).toMatch(/^Usage: onsite questions/);
    expect((await run(['framework', '-h'])).stdout()).toMatch(/^Usage: onsite framework/);
    expect((await run(['questions', '--version'])).stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('help texts name every choice the data offers', async () => {
    const analyzeHelp = (await run(['analyze', '--help'])).stdout().replace(/\s+/g, ' ');
    for (const id of [...BUILT_IN_COMPANY_IDS, ...INTERVIEW_TYPE_IDS]) expect(analyzeHelp).toContain(id);
    const questionsHelp = (await run(['questions', '--help'])).stdout().replace(/\s+/g, ' ');
    for (const id of [
      ...COMPETENCY_TAGS,
      ...QUESTION_KINDS,
      ...QUESTION_CATEGORIES,
      ...QUESTION_DIFFICULTIES,
    ]) {
      expect(questionsHelp).toContain(id);
    }
  });

  it('refuses no command, an unknown command and options before the command', async () => {
    const none = await run([]);
    expect(none.status).toBe(2);
    expect(none.stderr()).toContain('Usage: onsite');
    const unknown = await run(['lint', 'x.md']);
    expect(unknown.status).toBe(2);
    expect(unknown.errorLines()).toEqual([expect.stringMatching(/^onsite: unknown command 'lint'/)]);
    expect((await run(['--json', 'analyze'])).status).toBe(2);
  });
});
