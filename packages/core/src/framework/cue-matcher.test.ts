import { describe, expect, it } from 'vitest';
import { compileCueMatcher, normalizeCue } from './cue-matcher';

function matches(cues: string[], text: string): string[] {
  return [...text.matchAll(compileCueMatcher(cues))].map((m) => m[0]);
}

describe('compileCueMatcher', () => {
  it('matches whole words only', () => {
    expect(matches(['own'], 'It was well known that nobody would own it.')).toEqual(['own']);
    expect(matches(['own'], 'owner owned owning')).toEqual([]);
    expect(matches(['data'], 'our metadata and database')).toEqual([]);
  });

  it('treats digits as part of a word', () => {
    expect(matches(['p99'], 'we cut p99 latency; p999 was next')).toEqual(['p99']);
    expect(matches(['10x'], 'a 10x win, not 100x')).toEqual(['10x']);
  });

  it('escapes regex metacharacters', () => {
    expect(matches(['c++'], 'rewrote the c++ service')).toEqual(['c++']);
    expect(matches(['c++'], 'rewrote the c service')).toEqual([]);
    expect(matches(['a.b'], 'axb a.b')).toEqual(['a.b']);
    expect(matches(['(beta)', 'x|y', 'a*'], 'ship (beta) then x|y then a*')).toEqual(['(beta)', 'x|y', 'a*']);
    expect(matches(['ci/cd', 'follow-up'], 'our ci/cd follow-up')).toEqual(['ci/cd', 'follow-up']);
  });

  it('compiles and self-matches a cue containing any ASCII punctuation', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    for (const mark of punctuation) {
      const cue = `a${mark}b`;
      expect(matches([cue], `x ${cue} y`), cue).toEqual([cue]);
    }
  });

  it('matches multi-word cues across any whitespace, longest first', () => {
    expect(matches(['customer', 'customer feedback'], 'we read customer feedback daily')).toEqual([
      'customer feedback',
    ]);
    expect(matches(['worked backwards'], 'we worked\n  backwards from the launch')).toEqual([
      'worked\n  backwards',
    ]);
  });

  it('is case-insensitive, including for non-ASCII letters', () => {
    expect(matches(['nps'], 'Our NPS rose to 42')).toEqual(['NPS']);
    expect(matches(['équipe'], 'Une ÉQUIPE soudée')).toEqual(['ÉQUIPE']);
  });

  it('uses Unicode letters as boundaries, not just ASCII', () => {
    expect(matches(['cafe'], 'décafe')).toEqual([]);
    expect(matches(['café'], 'the café opened')).toEqual(['café']);
  });

  it('folds curly apostrophes in cues to match input whose apostrophes are already folded', () => {
    expect(matches(['didn\u2019t know'], "i didn't know the answer")).toEqual(["didn't know"]);
    expect(matches(["earth's best"], "earth's best employer")).toEqual(["earth's best"]);
  });

  it('ignores blank and duplicate cues, and an empty list matches nothing', () => {
    expect(matches(['  ', 'ship', 'SHIP '], 'we ship on fridays')).toEqual(['ship']);
    expect(matches([], 'anything at all')).toEqual([]);
    expect(compileCueMatcher([]).test('')).toBe(false);
  });

  it('returns a fresh regex each time with the documented flags', () => {
    const first = compileCueMatcher(['a']);
    const second = compileCueMatcher(['a']);
    expect(first).not.toBe(second);
    expect(first.flags).toBe('giu');
  });
});

describe('normalizeCue', () => {
  it('trims, lowercases, folds apostrophes and collapses spaces', () => {
    expect(normalizeCue('  Worked   Backwards ')).toBe('worked backwards');
    expect(normalizeCue('Earth\u2019s')).toBe("earth's");
  });
});
