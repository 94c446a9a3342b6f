import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../test/word-gaps';
import { CUE_INDEX, CUE_LISTS } from './cues';
import { PhraseIndex, type PhraseMatch } from './phrases';
import { parseText } from './text';
import { splitWords, type Word } from './words';

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

/** A phrase as the lists give it: lower-case words, each with the punctuation it wants after it. */
interface Listed {
  words: string[];
  trails: string[];
  phrase: string;
  slot: number;
}

const LISTED: Listed[] = Object.values(CUE_LISTS).flatMap((list, slot) =>
  [...new Set(list as readonly string[])].map((phrase) => {
    const parts = phrase
      .trim()
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .split(/\s+/);
    const trails = parts.map((p) => (/[.,;:!?]$/.test(p) ? p.slice(-1) : ''));
    const words = parts.map((p, k) => (trails[k] ? p.slice(0, -1) : p));
    return { words, trails, phrase: words.join(' '), slot };
  }),
);
/** The phrases by first word, in list order. */
const BY_FIRST = new Map<string, Listed[]>();
for (const p of LISTED)
  BY_FIRST.set(p.words[0] as string, [...(BY_FIRST.get(p.words[0] as string) ?? []), p]);

const stemOf = (value: string) => (value.indexOf("'") > 0 ? value.slice(0, value.indexOf("'")) : value);

/**
 * The scan as phrases.ts describes it, with no lookup shortcut: at each word, the phrases that
 * start with it (or, for "team's", with its stem: one-word phrases only), longest first, every
 * word compared; within a family, matches never overlap.
 */
function plainScan(text: string, words: Word[]): PhraseMatch[][] {
  const found: PhraseMatch[][] = Object.keys(CUE_LISTS).map(() => []);
  const take = (p: Listed, start: number, end: number) => {
    const matches = found[p.slot] as PhraseMatch[];
    const last = matches.at(-1);
    if (!last || start >= last.end)
      matches.push({ start, end, text: text.slice(start, end), phrase: p.phrase });
  };
  const matchAt = (i: number, p: Listed): number => {
    const last = p.words.length - 1;
    for (let k = 0; k <= last; k++) {
      const word = words[i + k];
      if (!word) return -1;
      if (word.value !== p.words[k] && !(k === last && stemOf(word.value) === p.words[k])) return -1;
      const trail = p.trails[k] as string;
      if (trail ? word.trail !== trail : k < last && word.trail !== '') return -1;
    }
    const end = words[i + last] as Word;
    return end.value === p.words[last] ? end.end : end.start + (p.words[last] as string).length;
  };
  for (const [i, word] of words.entries()) {
    const viaStem = !BY_FIRST.has(word.value);
    const here = BY_FIRST.get(viaStem ? stemOf(word.value) : word.value);
    if (here === undefined || (viaStem && !word.value.includes("'"))) continue;
    const next = words[i + 1];
    if (!viaStem && next) {
      const after = (second: string) => here.filter((p) => p.words[1] === second);
      let longer = after(next.value);
      if (longer.length === 0 && next.value.includes("'")) longer = after(stemOf(next.value));
      longer.sort((a, b) => b.words.length - a.words.length);
      for (const p of longer) {
        const end = matchAt(i, p);
        if (end >= 0) take(p, word.start, end);
      }
    }
    for (const p of here) {
      if (p.words.length !== 1) continue;
      if (p.trails[0] && word.trail !== p.trails[0]) continue;
      take(p, word.start, viaStem ? word.start + p.phrase.length : word.end);
    }
  }
  return found;
}

describe('CUE_INDEX lookups (second words by number, words compared once)', () => {
  it('finds what the plain scan finds on random texts of the lists’ words', () => {
    const phrases = LISTED;
    const vocabulary = [...new Set(phrases.flatMap((p) => p.words))];
    const glued = vocabulary.slice(0, 400).flatMap((w) => [`${w}'s`, `${w}'ve`, `x-${w}`]);
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
      { weight: 3, arbitrary: fc.constantFrom(...phrases.map((p) => p.phrase)) },
      { weight: 1, arbitrary: fc.constantFrom(...glued) },
      { weight: 1, arbitrary: fc.constantFrom('oh,', 'x', 'é', '1', 'on-call', "didn't", "'s", 'was') },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, wordGap()), { minLength: 1, maxLength: 30 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const words = splitWords(text);
        expect(Object.values(CUE_INDEX.scan(text, text, words))).toEqual(plainScan(text, words));
        expect(Object.values(PLAIN.scan(text, text, words))).toEqual(plainScan(text, words));
      }),
      { numRuns: 1500 },
    );
  });
});
