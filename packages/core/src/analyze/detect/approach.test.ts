import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { NON_ACTION_LEMMAS } from '../lexicon/attribution';
import { type ParsedText, parseText } from '../text';
import { AMBIGUOUS, BEFORE_VERB, HABIT_LEADS, presentHabits } from './approach';

/** presentHabits as first written: every token's text compared with "i". */
function plain(parsed: ParsedText, deedsOnly: boolean): number[] {
  const found = new Set<number>();
  const { tokens } = parsed;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]?.normal !== 'i') continue;
    let j = i + 1;
    while (tokens[j] && (tokens[j]?.pos === 'ADV' || BEFORE_VERB.has(tokens[j]?.normal ?? ''))) j++;
    if (HABIT_LEADS.has(tokens[j]?.normal ?? '') && tokens[j + 1]?.normal === 'to') j += 2;
    const verb = tokens[j];
    if (verb?.pos !== 'VERB' || AMBIGUOUS.has(verb.normal)) continue;
    if (verb.sentence !== tokens[i]?.sentence || verb.normal !== verb.lemma) continue;
    if (deedsOnly && NON_ACTION_LEMMAS.has(verb.lemma)) continue;
    found.add(verb.sentence);
  }
  return [...found];
}

describe('presentHabits', () => {
  it('finds the same sentences as comparing every token with "i"', () => {
    const word = fc.constantFrom(
      ...['I', 'i', 'I’d', "I'm", 'in', 'it', 'a', 'we', 'always', 'really', "don't", 'do', 'not'],
      ...['like', 'try', 'to', 'commit', 'ask', 'listen', 'write', 'think', 'guess', 'set', 'hired'],
      ...['the', 'team', 'questions', 'first', 'fully', 'İ', 'ı'],
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, wordGap()), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        (parts, deedsOnly) => {
          const parsed = parseText(parts.map(([w, g]) => w + g).join(''));
          expect(presentHabits(parsed, deedsOnly)).toEqual(plain(parsed, deedsOnly));
        },
      ),
      { numRuns: 400 },
    );
  });
});
