import { describe, expect, it } from 'vitest';
import { PhraseIndex } from './phrases';

const INDEX = new PhraseIndex({
  team: ['the platform team', 'the team', 'team'],
  aside: ['oh, and', '1:1s with'],
  hedge: ['kind of'],
});

const scan = (text: string) => {
  const found = INDEX.scan(text, text.toLowerCase());
  return Object.fromEntries(
    Object.entries(found).map(([family, matches]) => [family, matches.map((m) => m.text)]),
  );
};

describe('PhraseIndex', () => {
  it('prefers the longest phrase at a position and matches whole words only', () => {
    expect(scan('The Platform Team owned it; the teams and my team helped.').team).toEqual([
      'The Platform Team',
      'team',
    ]);
  });

  it('matches a possessive or contraction after the last word', () => {
    expect(scan("We fixed the team's pager.").team).toEqual(['the team']);
  });

  it('matches second words that start with a digit or a letter no other phrase continues with', () => {
    expect(scan('Oh, and I held 1:1s with each lead, kind of weekly.')).toEqual({
      team: [],
      aside: ['Oh, and', '1:1s with'],
      hedge: ['kind of'],
    });
  });

  it('requires the phrase’s own punctuation and no other inside a phrase', () => {
    expect(scan('Oh and then. Kind, of.')).toEqual({ team: [], aside: [], hedge: [] });
  });
});
