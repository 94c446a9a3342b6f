import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../test/word-gaps';
import {
  apostropheWords,
  foldQuotes,
  LEARNED_WORDS_MAX,
  MAX_WORD_CHARS,
  parseText,
  winkLexicon,
} from './text';
import { splitWords } from './words';

describe('parseText', () => {
  it('keeps every token and sentence offset valid in the original text', () => {
    const text =
      'At Acme, we were stuck.  I led 12 engineers — and we don’t quit!\n\nResult: p99 200ms → 106ms.';
    const parsed = parseText(text);
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'At Acme, we were stuck.',
      'I led 12 engineers — and we don’t quit!',
      'Result: p99 200ms → 106ms.',
    ]);
  });

  it('gives every token its lower-cased text, and every word the same value as a plain split', () => {
    for (const text of [
      'At Acme, we were stuck.  I led 12 engineers — and we don’t quit!\n\nResult: p99 200ms → 106ms.',
      "THE Team's on-call load: 40→12 pages/week; I'd say “done.” İstanbul, ΣΊΣΥΦΟΣ, naïve café.",
      `${'x'.repeat(80)} then I rewrote it (twice) -- e.g. "quickly"... OK?`,
    ]) {
      const parsed = parseText(text);
      for (const t of parsed.tokens) expect(t.normal).toBe(parsed.lower.slice(t.start, t.end));
      expect(parsed.chunks).toEqual(splitWords(parsed.lower));
    }
  });

  it('gives every token the lower-cased text at its offsets, letters a–z read from the token alone (random texts)', () => {
    // writtenWhere skips `lower` for a–z only while lower-casing kept every offset: "İ" (two
    // characters lower-cased) shifts the rest, a run past MAX_WORD_CHARS is blanked for wink.
    const piece = fc.constantFrom(
      'team',
      'Team',
      'TEAM',
      'İstanbul',
      'İ',
      'don’t',
      "didn't",
      '“done.”',
      'café',
      'ΣΊΣΥΦΟΣ',
      'on-call',
      '$7M.',
      '12',
      `${'ab'.repeat(40)}`,
      `${'x'.repeat(70)}Yz`,
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, wordGap()), { minLength: 1, maxLength: 16 }), (parts) => {
        const text = parts.map(([w, gap]) => w + gap).join('');
        const parsed = parseText(text);
        for (const t of parsed.tokens) expect(t.normal).toBe(parsed.lower.slice(t.start, t.end));
      }),
      { numRuns: 200 },
    );
  });

  it('lower-cases and folds quotes without moving offsets', () => {
    const text = 'I didn’t say “maybe”.';
    const parsed = parseText(text);
    expect(parsed.lower).toBe('i didn\'t say "maybe".');
    expect(parsed.lower.length).toBe(text.length);
    expect(foldQuotes('’')).toBe("'");
  });

  it('counts words, not punctuation', () => {
    expect(parseText('Yes — we shipped, on time!').words).toBe(5);
  });
});

describe('parseText sentence ends', () => {
  it('starts a sentence at each list item, heading or paragraph, punctuated or not', () => {
    const parsed = parseText(
      'Prep notes\n- Situation: a slow loop\n- Action: I rewrote the rubric\n\nResult went up\n## Lesson\nask earlier',
    );
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'Prep notes',
      '- Situation: a slow loop',
      '- Action: I rewrote the rubric',
      'Result went up',
      '## Lesson\nask earlier',
    ]);
    // A line break inside a paragraph is not a sentence end.
    expect(parseText('We shipped it\nin May and it held.').sentences).toHaveLength(1);
  });

  it('ends a sentence after a scaled figure like "$7M." before a capital', () => {
    const parsed = parseText(
      'The deal was worth $7M. Since then I review every deal. About 3M. users joined.',
    );
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'The deal was worth $7M.',
      'Since then I review every deal.',
      'About 3M. users joined.',
    ]);
  });
});

describe('parseText on pathological input', () => {
  it('hands wink at most MAX_WORD_CHARS of a 100,000-letter "word" and keeps offsets in the original', () => {
    // wink's per-word pattern is quadratic in word length (7.5 s for this word before the cap).
    const text = `We shipped it. ${'a'.repeat(100_000)} Then we grew.`;
    const parsed = parseText(text);
    expect(Math.max(...parsed.tokens.map((t) => t.value.length))).toBeLessThanOrEqual(MAX_WORD_CHARS);
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(parsed.sentences[0]?.text).toBe('We shipped it.');
  });
});

describe('parseText tokens', () => {
  it('gives verbs their lemma and every other token its normal form', () => {
    const parsed = parseText('We migrated the Services and I led it.');
    const lemma = (value: string) => parsed.tokens.find((t) => t.value === value)?.lemma;
    expect(lemma('migrated')).toBe('migrate');
    expect(lemma('led')).toBe('lead');
    expect(lemma('Services')).toBe('services');
  });

  it('reads the lemma of a verb inside a contraction from wink, and of one beside punctuation', () => {
    const parsed = parseText("Let's say they'd shipped it. Then I ran.");
    const lemma = (value: string) => parsed.tokens.find((t) => t.value === value)?.lemma;
    expect(lemma('Let')).toBe('let');
    expect(lemma('shipped')).toBe('ship');
    expect(lemma('ran')).toBe('run');
  });

  it('keeps offsets across non-breaking, thin and ideographic spaces, tabs and line breaks', () => {
    const text = 'We\u00a0shipped\u2009it,\u3000then\tI\r\nled\u202fthe  review.\u2028Done.';
    const parsed = parseText(text);
    for (const t of parsed.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(parsed.tokens.map((t) => t.value)).toContain('shipped');
  });
});

describe("wink's learned words", () => {
  it('are dropped with the instance once it has learned the limit', () => {
    const before = winkLexicon(100).learned;
    try {
      // 300 parses with a new word each: the check after parse 256 finds ≥ 100 learned words.
      let sawDrop = false;
      let last = before;
      for (let i = 0; i < 300; i++) {
        parseText(`We shipped the zqword${i}x release.`);
        const { learned } = winkLexicon();
        if (learned < last) sawDrop = true;
        last = learned;
      }
      expect(sawDrop).toBe(true);
      // Since the drop at parse 256, 44 parses taught ~2 words each (the word and the probe).
      expect(last).toBeLessThan(150);
    } finally {
      winkLexicon(LEARNED_WORDS_MAX);
    }
  });
});

describe('parseText is independent of what was read before', () => {
  // wink keeps a possessive whole once it has met it before a punctuation mark; without
  // Wink.teach the first text below parsed as "quillbeck" + "'s" until the second taught it.
  const text = "We moved the quillbeck's roadmap and Zanforth's plan forward.";
  const shape = () => parseText(text).tokens.map((t) => `${t.value}/${t.pos}`);

  it('parses an apostrophe word alike before and after a text that ends on it ("the team\'s.")', () => {
    const before = shape();
    parseText("It was never the quillbeck's. Nor Zanforth's, in the end.");
    expect(shape()).toEqual(before);
  });

  it('keeps a possessive one word, a noun when lower-case and a name when capitalised', () => {
    const tokens = parseText(text).tokens;
    expect(tokens.find((t) => t.value === "quillbeck's")?.pos).toBe('NOUN');
    expect(tokens.find((t) => t.value === "Zanforth's")?.pos).toBe('PROPN');
    expect(parseText(text).words).toBe(9);
  });
});

describe('apostropheWords', () => {
  it('finds each word with apostrophe parts, straight or curly, and nothing else', () => {
    expect(
      apostropheWords(
        "The team's plan, Berlin’s office, we'd've gone; 'quoted' rock 'n' roll, 90's, O'Brien's.",
      ),
    ).toEqual(["team's", 'Berlin’s', "we'd've", "90's", "O'Brien's"]);
    expect(apostropheWords("no apostrophes here, nor a lone ' one")).toEqual([]);
  });
});

/** apostropheWords as it was before it searched with indexOf: every character tested in turn. */
function apostropheWordsCharByChar(text: string): string[] {
  const letterOrDigit = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
  const letter = (ch: string) => /\p{L}/u.test(ch);
  const apostrophe = (ch: string) => ch === "'" || ch === '\u2019';
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!apostrophe(text.charAt(i))) {
      i++;
      continue;
    }
    let start = i;
    while (start > 0 && letterOrDigit(text.charAt(start - 1))) start--;
    let end = i;
    while (apostrophe(text.charAt(end)) && letter(text.charAt(end + 1))) {
      end += 2;
      while (letter(text.charAt(end))) end++;
    }
    if (start < i && end > i) words.push(text.slice(start, end));
    i = Math.max(end, i + 1);
  }
  return words;
}

describe('apostropheWords', () => {
  it('finds what testing every character finds', () => {
    const char = fc.constantFrom('a', 'B', '1', "'", '\u2019', ' ', 'é', '.', '-');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(apostropheWords(text)).toEqual(apostropheWordsCharByChar(text));
      }),
      { numRuns: 500 },
    );
  });
});
