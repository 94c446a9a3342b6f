import { describe, expect, it } from 'vitest';
import { CUE_INDEX } from '../cues';
import { wordsOf } from '../phrases';
import { parseText } from '../text';
import { findHeroSignals } from './hero';

const signals = (text: string) => {
  const parsed = parseText(text);
  return findHeroSignals(parsed, CUE_INDEX.scan(parsed.text, parsed.lower, wordsOf(parsed))).map(
    (s) => s.text,
  );
};

describe('findHeroSignals', () => {
  it.each([
    ['It needed one person driving it, so I took over.', 'I took over'],
    ['I also took over the rollback path from another engineer.', 'I also took over'],
    ['I took direct ownership of that area for a quarter.', 'I took direct ownership of that area'],
    ['I was the only person who really understood it.', 'I was the only person who really understood'],
    ['She built a prototype to my design.', 'built a prototype to my design'],
    ["I didn't wait for a design review.", "I didn't wait for a design review"],
    ['The lesson: carry the riskiest parts personally.', 'carry the riskiest parts personally'],
    ['Somebody has to step up, and I am that person.', 'Somebody has to step up'],
  ])('hears the hero shape in %j', (text, signal) => {
    expect(signals(text)).toEqual([signal]);
  });

  it.each([
    'When I took over the mobile org, ratings were at 2.9.',
    'After I took over as director, I met every team lead.',
    'At Copperline I took over a 60-engineer org that had to grow to 110 in a year.',
    'At my last company I took over a stalled data migration and broke it into three milestones.',
    'I was the incident commander, and I took over communications so the engineers could focus.',
    'I was the only engineer on call that night, so I paged the database team.',
    'Ana was the only one who understood the rating module, so I paired her with two engineers.',
    'The team built it to the spec we agreed together.',
  ])('hears none in %j', (text) => {
    expect(signals(text)).toEqual([]);
  });
});
