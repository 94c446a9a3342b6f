/**
 * Shared checks for the per-company tests: every cue must be demonstrated by at least one short,
 * realistic sentence, so a cue that can never fire (typo, wrong inflection, bad escaping) fails
 * loudly. Not a test file itself; imported by `<company>.test.ts`.
 */
import { expect } from 'vitest';
import { compileCueMatcher } from '../cue-matcher';
import type { CompanyPrincipleSet } from './types';

/** Sentences per principle name. Each should read like a line from a real answer. */
export type CueSentences = Record<string, string[]>;

const MAX_SENTENCE_WORDS = 40;

export function expectEveryCueDemonstrated(company: CompanyPrincipleSet, sentences: CueSentences): void {
  const names = company.principles.map((p) => p.name);
  expect(Object.keys(sentences).sort()).toEqual([...names].sort());
  for (const principle of company.principles) {
    const examples = sentences[principle.name] ?? [];
    for (const sentence of examples) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    }
    const unmatched = principle.cues.filter((cue) => {
      const matcher = compileCueMatcher([cue]);
      return !examples.some((sentence) => sentence.toLowerCase().match(matcher) !== null);
    });
    expect(unmatched, `${principle.id}: cues without a sentence`).toEqual([]);
  }
}
