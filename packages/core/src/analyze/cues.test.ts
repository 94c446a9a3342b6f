import { describe, expect, it } from 'vitest';
import { CUE_INDEX, CUE_LISTS } from './cues';
import { PhraseIndex } from './phrases';
import { parseText } from './text';
import { splitWords } from './words';

/** The same lists in a plain index: no lexemes, result filled key by key. */
const PLAIN = new PhraseIndex(CUE_LISTS);

describe('CUE_INDEX', () => {
  it.each([
    'I took over the migration myself, personally, and the team was kind of stuck.',
    "Our team's on-call load fell; the board and the CEO noticed. Um, you know, I'd do it again.",
    'Situation: the billing monolith. Task: ship daily. Result: 40 deploys a month; lesson learned.',
    '',
  ])('finds what a plain index over the same lists finds, keys in the same order: %j', (text) => {
    const parsed = parseText(text || ' ');
    const fromParse = CUE_INDEX.scan(parsed.text, parsed.lower, parsed.chunks);
    const plain = PLAIN.scan(parsed.text, parsed.lower, parsed.chunks);
    expect(Object.keys(fromParse)).toEqual(Object.keys(CUE_LISTS));
    expect(fromParse).toEqual(plain);
    // Words split on their own (no tokens to share strings with) read the same lexemes.
    expect(CUE_INDEX.scan(parsed.text, parsed.lower, splitWords(parsed.lower))).toEqual(plain);
  });

  it('gives every family its own result list', () => {
    const found = CUE_INDEX.scan('nothing here', 'nothing here');
    const lists = Object.values(found);
    expect(new Set(lists).size).toBe(lists.length);
  });
});

describe('PhraseIndex options', () => {
  it('lets only one index keep its nodes on the lexemes', () => {
    expect(() => new PhraseIndex({ list: ['a b'] }, { onLexemes: true })).toThrow(/only one/);
  });
});
