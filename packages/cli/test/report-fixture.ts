/** A hand-built Report, for testing the formatters without the analyzer. */
import type { Finding, Report } from '@onsite/core';

export const SAMPLE_TEXT = [
  '---',
  'title: The migration',
  '---',
  'I basically led the migration of 40 services.',
  'It was very successful and we cut costs by 30%.',
].join('\n');

const bodyOffset = SAMPLE_TEXT.indexOf('I basically');

/** Offsets of the first occurrence of `word` in SAMPLE_TEXT. */
export function spanOf(word: string): { start: number; end: number } {
  const start = SAMPLE_TEXT.indexOf(word);
  if (start === -1) throw new Error(`"${word}" is not in the sample`);
  return { start, end: start + word.length };
}

export function finding(word: string, overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'vague-intensifier',
    severity: 'warning',
    messageId: 'vague',
    message: `“${word}” says nothing measurable.`,
    points: -2,
    ...spanOf(word),
    ...overrides,
  };
}

export function sampleReport(findings: Finding[] = []): Report {
  return {
    score: 64,
    rating: 'good',
    findings,
    star: {
      situation: { present: true, ...spanOf('I basically led') },
      task: { present: false },
      action: { present: true, ...spanOf('led the migration') },
      result: { present: true, ...spanOf('we cut costs by 30%') },
      learning: { present: false },
    },
    dimensions: {
      storytelling: { level: 'good', evidence: [] },
      technicalDepth: { level: 'below', evidence: [] },
      leadershipRange: { level: 'great', evidence: [] },
      businessAcumen: { level: 'exceptional', evidence: [] },
      cultureFit: { level: 'good', evidence: [] },
    },
    level: {
      signal: 'L5',
      evidence: [{ ...spanOf('40 services'), text: '40 services', reason: 'scope of several teams' }],
    },
    metrics: [
      { kind: 'count', text: '40 services', value: 40, unit: 'services', ...spanOf('40 services') },
      { kind: 'percent', text: '30%', value: 30, ...spanOf('30%') },
    ],
    speech: {
      words: 17,
      estimatedSeconds: 125,
      fillers: [{ kind: 'filler', text: 'basically', ...spanOf('basically') }],
    },
    principles: [{ id: 'amazon.frugality', name: 'Frugality', evidence: [] }],
    followUps: [
      { question: 'How did you measure the 30%?', reason: 'metric without baseline' },
      { question: 'What would you do differently?', reason: 'no learning' },
      { question: 'Who disagreed with the plan?', reason: 'no conflict' },
      { question: 'A fourth one that should not show?', reason: 'limit' },
    ],
    scoring: { items: [{ points: -2, reason: 'vague', source: 'vague-intensifier' }] },
    options: {
      level: 'L6',
      company: 'amazon',
      type: 'behavioral',
      question: null,
      durationSeconds: null,
      spoken: false,
      asksForPastStory: false,
      asksAboutSetback: false,
      questionKind: null,
    },
  };
}

export { bodyOffset as SAMPLE_BODY_OFFSET };
