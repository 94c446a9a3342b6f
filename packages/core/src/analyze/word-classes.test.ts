import { describe, expect, it } from 'vitest';
import {
  FIGURE_GUARDED,
  FIGURE_STARTER,
  GATES_HANDS_OFF,
  GATES_PROVED_RIGHT,
  GATES_WENT_AROUND,
  headClasses,
  NUMBER_HEAD,
  OPENS_OTHER_PARTY,
  OPENS_TEAM,
  OPENS_TITLE,
  UNUSUAL_WORD,
  wordClasses,
} from './word-classes';
import { splitWords } from './words';

const has = (value: string, bit: number) => (wordClasses(value) & bit) !== 0;

describe('word classes', () => {
  it('marks number words as figure starters and number heads', () => {
    expect(has('forty', FIGURE_STARTER)).toBe(true);
    expect(has('forty', NUMBER_HEAD)).toBe(true);
    expect(has('from', FIGURE_STARTER)).toBe(true);
    expect(has('from', NUMBER_HEAD)).toBe(false);
  });

  it('keeps "a" out of the figure starters: it opens a figure only as "a dozen", "a million"…', () => {
    expect(has('a', FIGURE_STARTER)).toBe(false);
    expect(has('a', FIGURE_GUARDED)).toBe(true);
    expect(has('a', NUMBER_HEAD)).toBe(true);
    expect(has('a', OPENS_OTHER_PARTY)).toBe(true);
  });

  it('marks where team sizes, self-titles and other-party clauses can open', () => {
    expect(has('team', OPENS_TEAM)).toBe(true);
    expect(has('as', OPENS_TITLE)).toBe(true);
    expect(has("i'm", OPENS_TITLE)).toBe(true);
    expect(has('they', OPENS_OTHER_PARTY)).toBe(true);
    expect(wordClasses('migrated')).toBe(0);
  });

  it('reads a hyphenated word by its head', () => {
    expect(headClasses('twenty-five') & NUMBER_HEAD).not.toBe(0);
    expect(headClasses('twenty')).toBe(0);
    expect(headClasses('-five')).toBe(0);
  });

  it('is looked up once per word when the answer is split', () => {
    const words = splitWords('as the lead of a team of forty, they shipped.');
    const classes = Object.fromEntries(words.map((w) => [w.value, w.classes]));
    expect(classes.forty).toBe(wordClasses('forty'));
    expect(classes.team).toBe(wordClasses('team'));
    expect(classes.shipped).toBe(0);
  });

  it('marks a word with a character other than a–z left in it, and the gates glued at its edges', () => {
    const words = splitWords('"told," on-call q3 head\'s x-proved server/db 2ram ram2 é told');
    const read = words.map((w) => [
      w.value,
      (w.classes & UNUSUAL_WORD) !== 0,
      w.classes & (GATES_WENT_AROUND | GATES_PROVED_RIGHT | GATES_HANDS_OFF),
    ]);
    expect(read).toEqual([
      ['told', false, GATES_PROVED_RIGHT],
      ['on-call', true, 0],
      ['q3', true, 0],
      ["head's", true, GATES_WENT_AROUND],
      ['x-proved', true, GATES_PROVED_RIGHT],
      ['server/db', true, GATES_HANDS_OFF],
      ['2ram', true, GATES_HANDS_OFF],
      ['ram2', true, GATES_HANDS_OFF],
      ['é', true, 0],
      ['told', false, GATES_PROVED_RIGHT],
    ]);
  });
});
