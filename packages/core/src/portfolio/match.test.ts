import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze';
import type { StarFields } from '../analyze/types';
import type { LevelId } from '../framework/ids';
import { getQuestion } from '../framework/questions';
import { matchStories } from './match';
import { analysisOf, storyOf, withDimension } from './portfolio.test-helpers';
import { statedQuestionSignals, textQuestionSignals } from './question';
import { summarizeReport } from './summary';
import type { PortfolioStory } from './types';

/** A stored story as the server would pass it: text joined, analysis summarised. */
function analysed(
  id: string,
  title: string,
  fields: StarFields,
  tags: PortfolioStory['tags'],
): PortfolioStory {
  const report = analyze(fields, { level: 'L6', tags: [...tags] });
  return storyOf(id, {
    title,
    text: Object.values(fields).join('\n'),
    tags,
    targetLevel: 'L6',
    analysis: summarizeReport(report),
  });
}

const STRONG_CONFLICT = analysed(
  'strong',
  'Payments architecture standoff',
  {
    situation:
      'Two senior engineers disagreed sharply about the payments architecture and the conflict stalled a 40-person org for six weeks.',
    task: 'As the director I owned resolving the disagreement before quarterly planning.',
    action:
      'I met each of them one to one, wrote down the trade-offs, ran a design review with data from a two-week spike, made the call and asked the dissenting engineer to lead the rollout.',
    result:
      'We shipped in 10 weeks, cut checkout latency by 40% and saved $1.2M a year; both engineers were promoted within a year.',
    learnings: 'I learned to surface disagreement early and make the decision process explicit.',
  },
  ['conflict', 'technical'],
);
const VAGUE_CONFLICT = analysed(
  'vague',
  'Team disagreement',
  {
    situation: 'There was some conflict on the team.',
    action: 'We talked about it a lot.',
    result: 'Things got better.',
  },
  ['conflict'],
);
const HIRING = analysed(
  'hiring',
  'Hiring bar',
  {
    situation: 'We had to hire 12 engineers in a quarter.',
    action: 'I rebuilt the interview loop and trained 8 interviewers.',
    result: 'We hired 12 engineers with 95% offer acceptance.',
  },
  ['hiring'],
);

describe('matchStories', () => {
  const question = textQuestionSignals('Tell me about a time you handled a conflict between two engineers.');

  it('ranks a strong, quantified conflict story first for a conflict question', () => {
    const result = matchStories([VAGUE_CONFLICT, HIRING, STRONG_CONFLICT], question);
    expect(result.items.map((m) => m.storyId)).toEqual(['strong', 'vague']);
    const [first, second] = result.items;
    expect(first?.score).toBeGreaterThan(second?.score ?? 100);
    expect(first?.reasons.find((r) => r.signal === 'competency')?.text).toMatch(
      /^Conflict 3\/3: Tagged Conflict/,
    );
  });

  it('leaves out stories that show nothing the question asks for', () => {
    const result = matchStories([HIRING], question);
    expect(result.items).toEqual([]);
    expect(result.uncovered).toEqual(['conflict']);
  });

  it('adds up its reasons to the score, one reason per signal', () => {
    const [match] = matchStories([STRONG_CONFLICT], question).items;
    if (!match) throw new Error('the story matches');
    const sum = match.reasons.reduce((total, r) => total + r.points, 0);
    expect(match.score).toBe(Math.round(sum));
    expect(match.reasons.map((r) => r.signal)).toEqual(['competency', 'quality', 'level', 'freshness']);
    expect(match.score).toBeLessThanOrEqual(100);
  });

  it('prefers the fresher of two equal stories, and marks one told too often', () => {
    const a = storyOf('a', { title: 'A', tags: ['conflict'], analysis: analysisOf() });
    const b = storyOf('b', { title: 'B', tags: ['conflict'], analysis: analysisOf() });
    const usage = { a: { practice: 3, interviews: 1 } };
    const result = matchStories([a, b], question, { usage });
    expect(result.items.map((m) => m.storyId)).toEqual(['b', 'a']);
    expect(result.items[1]?.overused).toBe(true);
    expect(result.items[1]?.reasons.at(-1)).toEqual({
      signal: 'freshness',
      points: 0,
      text: 'Told 4 times (3 practice answers, 1 interview)',
    });
    expect(result.items[0]?.reasons.at(-1)).toEqual({
      signal: 'freshness',
      points: 10,
      text: 'Never told yet',
    });
  });

  it('rewards a story at the level the question suits over one below it', () => {
    const question = textQuestionSignals('Tell me about a conflict you resolved.', { level: 'L7+' });
    const senior = storyOf('senior', { tags: ['conflict'], analysis: analysisOf({ levelSignal: 'L7+' }) });
    const junior = storyOf('junior', { tags: ['conflict'], analysis: analysisOf({ levelSignal: 'L5' }) });
    const result = matchStories([junior, senior], question);
    expect(result.items.map((m) => m.storyId)).toEqual(['senior', 'junior']);
    expect(result.items[0]?.reasons.find((r) => r.signal === 'level')?.points).toBe(10);
    expect(result.items[1]?.reasons.find((r) => r.signal === 'level')).toEqual({
      signal: 'level',
      points: 0,
      text: 'Below the level asked (L7+): its scope reads L5',
    });
  });

  it('counts a level inside the range a question suits as a fit, and one above it as a near fit', () => {
    const asked = (levels: LevelId[]) => ({
      ...textQuestionSignals('Tell me about a conflict you resolved.'),
      levels,
    });
    const levelReason = (storyLevel: LevelId, levels: LevelId[]) => {
      const story = storyOf('s', { tags: ['conflict'], analysis: analysisOf({ levelSignal: storyLevel }) });
      return matchStories([story], asked(levels)).items[0]?.reasons.find((r) => r.signal === 'level');
    };
    expect(levelReason('L6', ['L5', 'L7+'])?.points).toBe(10);
    expect(levelReason('L6', ['L5'])).toEqual({
      signal: 'level',
      points: 7,
      text: 'Above the level asked (L5): its scope reads L6; keep the scope relevant',
    });
  });

  it('weighs a bank question by its competencies and principles', () => {
    const bank = getQuestion('beh-letting-go');
    if (!bank) throw new Error('beh-letting-go is in the bank');
    const signals = statedQuestionSignals(bank);
    const mapped = storyOf('mapped', {
      tags: ['performance'],
      principles: [bank.principles[0] ?? ''],
      analysis: analysisOf(),
    });
    const unmapped = storyOf('unmapped', { tags: ['performance'], analysis: analysisOf() });
    const result = matchStories([unmapped, mapped], signals);
    expect(result.items.map((m) => m.storyId)).toEqual(['mapped', 'unmapped']);
    const principleReasons = result.items[0]?.reasons.filter((r) => r.signal === 'principle') ?? [];
    expect(principleReasons).toHaveLength(bank.principles.length);
    expect(principleReasons[0]?.points).toBeGreaterThan(0);
  });

  it('breaks ties by title, then id, whatever the input order', () => {
    const make = (id: string, title: string) =>
      storyOf(id, {
        title,
        tags: ['conflict'],
        analysis: analysisOf({ dimensions: withDimension('good', 'storytelling') }),
      });
    const stories = [make('2', 'Beta'), make('1', 'Alpha'), make('0', 'Beta')];
    const order = matchStories(stories, question).items.map((m) => m.storyId);
    expect(order).toEqual(['1', '0', '2']);
    expect(matchStories([...stories].reverse(), question).items.map((m) => m.storyId)).toEqual(order);
  });

  it('returns at most `limit` stories', () => {
    const stories = Array.from({ length: 8 }, (_, i) => storyOf(`s${i}`, { tags: ['conflict'] }));
    expect(matchStories(stories, question).items).toHaveLength(5);
    expect(matchStories(stories, question, { limit: 2 }).items).toHaveLength(2);
  });

  it('matches nothing for a question with no recognisable signal', () => {
    const result = matchStories([STRONG_CONFLICT], textQuestionSignals('What is your name?'));
    expect(result).toMatchObject({ items: [], uncovered: [] });
  });
});
