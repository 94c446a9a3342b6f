import { describe, expect, it } from 'vitest';
import { knownWords, lexemeFor, lookupLexeme } from './lexemes';
import './cues';
import './word-classes';

describe('lexemes', () => {
  it('knows only the words given a record: an object’s own names are not words it knows', () => {
    for (const word of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', '0']) {
      expect(lookupLexeme(word), word).toBeUndefined();
    }
  });

  it('finds every word with a record, and the same record lexemeFor gives', () => {
    const words = [...knownWords()];
    expect(words.length).toBeGreaterThan(1000);
    for (const word of words) expect(lookupLexeme(word), word).toBe(lexemeFor(word));
  });
});
