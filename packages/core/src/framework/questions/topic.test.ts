import { describe, expect, it } from 'vitest';
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, LEVEL_IDS } from '../ids';
import { QUESTION_BANK } from './bank';
import { QUESTIONS_TOPIC, renderQuestionCounts } from './topic';
import { QUESTION_KINDS } from './types';

function countIn(lines: readonly string[], label: string): number {
  const line = lines.find((candidate) => candidate.split(/\s+/)[0] === label);
  return Number(line?.trim().split(/\s+/).at(-1));
}

describe('QUESTIONS_TOPIC', () => {
  const sections = QUESTIONS_TOPIC.render();
  const section = (heading: string) =>
    sections.find((candidate) => candidate.heading === heading)?.lines ?? [];

  it('identifies itself for the framework browser', () => {
    expect(QUESTIONS_TOPIC.id).toBe('questions');
    expect(QUESTIONS_TOPIC.title.length).toBeGreaterThan(0);
    expect(QUESTIONS_TOPIC.summary.length).toBeGreaterThan(0);
  });

  it('states the total size of the bank', () => {
    expect(section('Question bank')[0]).toContain(String(QUESTION_BANK.length));
  });

  it('counts by type, kind, level and competency, each adding up sensibly', () => {
    const byType = INTERVIEW_TYPE_IDS.map((type) => countIn(section('By interview type'), type));
    const byKind = QUESTION_KINDS.map((kind) => countIn(section('By kind'), kind));
    expect(byType.reduce((sum, n) => sum + n, 0)).toBe(QUESTION_BANK.length);
    expect(byKind.reduce((sum, n) => sum + n, 0)).toBe(QUESTION_BANK.length);
    for (const level of LEVEL_IDS) expect(countIn(section('By level'), level)).toBeGreaterThanOrEqual(30);
    for (const tag of COMPETENCY_TAGS)
      expect(countIn(section('By competency'), tag)).toBeGreaterThanOrEqual(5);
  });

  it('renders an empty bank without failing', () => {
    const empty = renderQuestionCounts([]);
    expect(empty[0]?.lines[0]).toMatch(/^0 questions/);
  });
});
