/**
 * Verb lemmas for parseText: only verbs get a lemma of their own (computing one for every token
 * doubled the parse), read from wink once per verb spelling where the text alone decides it.
 */
import { isContraction, lemmaAt, type WinkParse } from './wink';

/**
 * Verb lemmas by token text. Outside contractions ("gonna", "I'd"), wink derives a verb's lemma
 * from its text alone, and answers repeat their verbs. Bounded: a long-running process holds at
 * most VERB_LEMMAS_MAX short strings.
 */
const verbLemmas = new Map<string, string>();
const VERB_LEMMAS_MAX = 2000;

/** A character that can join two parts of a contraction: a letter, digit or apostrophe (or any non-ASCII). */
function joinsParts(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c > 127;
}

/**
 * Whether the token at [start, end) of `input` touches another word part, no space between: every
 * part of a contraction does ("ca|n't", "I|'d", "gon|na"; checked against all 864 contractions in
 * wink's English lexicon). A verb that touches none is not one, and wink's contraction flags need
 * not be read (the column cost ~1% of analyze(); 12 of 604 fixture answers have such a verb).
 */
export function touchesWordPart(input: string, start: number, end: number): boolean {
  return (
    (start > 0 && joinsParts(input.charCodeAt(start - 1)) && joinsParts(input.charCodeAt(start))) ||
    (end < input.length && joinsParts(input.charCodeAt(end)) && joinsParts(input.charCodeAt(end - 1)))
  );
}

/**
 * One parse's verb lemmas: from the memo where the text decides, else read from wink. `joined`:
 * the verb touches another word part (touchesWordPart), so it may be part of a contraction.
 */
export function verbLemma(wink: WinkParse, index: number, value: string, joined: boolean): string {
  // A contraction's lemma comes from the text around it ("'d" is "would" or "had"): not memoised.
  if (joined && isContraction(wink, index)) return lemmaAt(wink, index);
  let lemma = verbLemmas.get(value);
  if (lemma === undefined) {
    lemma = lemmaAt(wink, index);
    if (verbLemmas.size >= VERB_LEMMAS_MAX) verbLemmas.clear();
    verbLemmas.set(value, lemma);
  }
  return lemma;
}
