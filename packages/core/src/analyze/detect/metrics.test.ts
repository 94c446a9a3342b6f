import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import {
  NUMBER_FORMS,
  NUMBER_PATTERN,
  readLeadingDigits,
  readLeadingNumberWords,
  readNumber,
  SCALE_PATTERN,
  SCALE_WORDS,
  UNIT_DIGIT_WORDS,
} from '../lexicon/numbers';
import {
  CURRENCY_WORDS,
  DURATION_UNITS,
  ORG_UNITS,
  PEOPLE_UNITS,
  SYSTEM_UNITS,
  USER_UNITS,
} from '../lexicon/units';
import { findMetrics, findMetricsPlainly } from './metrics';

const read = (text: string) => findMetrics(text, text.toLowerCase()).map((m) => [m.kind, m.text, m.value]);

describe('findMetrics', () => {
  it('reads the seed example as one before→after pair and one percentage', () => {
    expect(read('Reduced latency by 47% (p99: 200ms → 106ms).')).toEqual([
      ['percent', '47%', 47],
      ['before-after', '200ms → 106ms', 200],
    ]);
  });

  it('scales money and counts by their suffix words', () => {
    expect(read('We added $3.2M ARR and reached 1.5 million users with a €2m budget.')).toEqual([
      ['money', '$3.2M', 3_200_000],
      ['count', '1.5 million users', 1_500_000],
      ['money', '€2m', 2_000_000],
    ]);
  });

  it('reads spoken numbers and "from X to Y" with a unit', () => {
    expect(read('we grew from twelve to forty engineers in nine months')).toEqual([
      ['before-after', 'from twelve to forty engineers', 12],
      ['duration', 'nine months', 9],
    ]);
  });

  it('knows multipliers, halving, frequencies and scores', () => {
    const kinds = read(
      'Deploys went from weekly to daily, builds got 10x faster, we cut costs in half and NPS rose to 42.',
    );
    expect(kinds.map((k) => k[0])).toEqual(['before-after', 'multiplier', 'multiplier', 'ratio']);
  });

  it('reads "N of M" and percentage points', () => {
    expect(read('6 of 8 stayed and churn fell 2 points')).toEqual([
      ['ratio', '6 of 8', 6],
      ['percent', '2 points', 2],
    ]);
  });

  it('reads an outcome brought to zero, with or without a word before it', () => {
    expect(
      read('We shipped with zero invoicing errors and zero sev-1s, but zero changes to the API.'),
    ).toEqual([
      ['count', 'zero invoicing errors', 0],
      ['count', 'zero sev-1s', 0],
    ]);
    // Up to three words between: "zero new unresolved accessibility violations".
    expect(read('Zero new unresolved accessibility violations reached code review.')).toEqual([
      ['count', 'Zero new unresolved accessibility violations', 0],
    ]);
  });

  it('does not treat years, list numbers or "one engineer" as metrics', () => {
    expect(read('In 2019, step 2 was to pair one engineer with the lead.')).toEqual([]);
  });

  it('keeps offsets valid in the original text', () => {
    const text = 'Our p99 fell FROM 900 ms TO 240 ms.';
    for (const m of findMetrics(text, text.toLowerCase())) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds what the plain way finds: every pattern at every start, GUARDED at every guarded word, values read by the patterns', () => {
    const pick = (words: Iterable<string>) => fc.constantFrom(...new Set(words));
    const word = fc.oneof(
      {
        weight: 4,
        arbitrary: pick([...NUMBER_FORMS, ...UNIT_DIGIT_WORDS, 'a', 'an', 'half', 'few', 'several']),
      },
      {
        weight: 4,
        arbitrary: pick([
          '12',
          '1,200',
          '3.5',
          '20-30',
          '20–30',
          '3/4',
          '+12',
          '-5',
          '$3',
          '€2m',
          '£40k',
          '$ 7',
        ]),
      },
      {
        weight: 2,
        arbitrary: pick(['200ms', '20%', '10x', '3×', '3-fold', '5k', '60-person', '2.5m', '40k+', '.5']),
      },
      { weight: 3, arbitrary: pick([...DURATION_UNITS, ...CURRENCY_WORDS, ...Object.keys(SCALE_WORDS)]) },
      { weight: 3, arbitrary: pick([...PEOPLE_UNITS, ...ORG_UNITS, ...USER_UNITS, ...SYSTEM_UNITS]) },
      {
        weight: 3,
        arbitrary: pick(
          '% percent per cent percentage points basis bps pts pp x × -fold fold of out a per each day week sprint release'.split(
            ' ',
          ),
        ),
      },
      {
        weight: 3,
        arbitrary: pick(
          'from to at zero almost about under just down up cut in half doubled halved twofold tenfold order orders magnitude nps enps csat net promoter score p99 p50: latency was incidents errors downtime weekly daily once a year'.split(
            ' ',
          ),
        ),
      },
      {
        weight: 2,
        arbitrary: pick([
          'senior',
          'full-time',
          'of our',
          'the',
          'new',
          'for',
          'and',
          'é',
          'naïve',
          'q3',
          'sev-1s',
        ]),
      },
      { weight: 1, arbitrary: pick(['→', '->', '=>', '—>', '➝', '➜', '>', '-']) },
      // Whole figures, so that random texts hold some of each pattern's matches.
      {
        weight: 3,
        arbitrary: pick([
          '6 of our engineers',
          'twenty five senior engineers',
          'a 60-person org',
          '5 million users',
          '40k+ active users',
          'from 12 to 40 engineers',
          'from weekly to daily',
          'cut costs in half',
          'orders of magnitude',
          'nps rose to 42',
          'p99: 200ms',
          'to almost zero',
          'zero new unresolved incidents',
          '600 a week',
          '3 to 5 weeks',
          '6 out of the 8',
          '$3.2m',
          '40 eur',
          '1.5 billion dollars',
          '12 percentage points',
          '200ms → 106ms',
          'forty-five minutes',
          'a few hundred',
          'at nearly zero',
          'net promoter score of 42',
          'an order of magnitude',
          'half a million',
          '1,234,5678 users',
          '2,000,000',
          '1,234.5k',
          '12,34',
          '3.5 million',
          '$ 7.5 bn',
          '0.5x',
          'twenty five%',
        ]),
      },
    );
    const gap = fc.oneof({ weight: 4, arbitrary: wordGap() }, { weight: 1, arbitrary: fc.constant('') });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 2, maxLength: 24 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const lower = text.toLowerCase();
        expect(findMetrics(text, lower)).toEqual(findMetricsPlainly(text, lower));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a number that opens with digits as the number patterns do', () => {
    const numberAndScale = new RegExp(`(${NUMBER_PATTERN})(${SCALE_PATTERN})?`, 'u');
    const plain = (text: string) => {
      const m = numberAndScale.exec(text);
      return m?.[1] ? readNumber(m[1], m[2]) : undefined;
    };
    const piece = fc.constantFrom(
      ...[
        '1',
        '23',
        '456',
        '7890',
        ',',
        ',000',
        '.',
        '.5',
        ' ',
        '\u2009',
        '  ',
        'k',
        'm',
        'mm',
        'bn',
        'b',
        't',
      ],
      ...['thousand', 'million', 'millions', 'billion', 'trillion', 's', 'x', 'é', '𝐀', '%', '-', 'users'],
    );
    fc.assert(
      fc.property(
        fc.constantFrom('1', '12', '123', '1234', '0'),
        fc.array(piece, { maxLength: 8 }),
        (head, rest) => {
          const text = head + rest.join('');
          expect(readLeadingDigits(text)).toBe(plain(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads a number that opens with a number word as the number patterns do', () => {
    const numberAndScale = new RegExp(`(${NUMBER_PATTERN})(${SCALE_PATTERN})?`, 'u');
    const plain = (text: string) => {
      const m = numberAndScale.exec(text);
      return m?.[1] ? readNumber(m[1], m[2]) : undefined;
    };
    const piece = fc.constantFrom(
      ...NUMBER_FORMS,
      ...UNIT_DIGIT_WORDS,
      ...[
        '-',
        ' ',
        '\u2009',
        'k',
        'm',
        'million',
        'billions',
        'teen',
        'ty',
        's',
        'é',
        '𝐀',
        'engineers',
        '12',
      ],
    );
    fc.assert(
      fc.property(fc.constantFrom(...NUMBER_FORMS), fc.array(piece, { maxLength: 6 }), (head, rest) => {
        const text = head + rest.join('');
        expect(readLeadingNumberWords(text)).toBe(plain(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('readNumber', () => {
  it.each([
    ['a dozen', 12],
    ['a hundred', 100],
    ['half a million', 500_000],
    ['two dozen', 24],
    ['three hundred', 300],
    ['twenty-five', 25],
    ['1,200', 1200],
  ])(
    'reads "%s" as %d (a listed phrase whole, a unit digit added, a dozen or hundred multiplied)',
    (raw, value) => {
      expect(readNumber(raw)).toBe(value);
    },
  );
});

describe('durations', () => {
  it('reads a count of sprints, but not "sprint" used to name what is counted ("three sprint commitments")', () => {
    const kinds = (t: string) => findMetrics(t, t.toLowerCase()).map((m) => `${m.kind}:${m.text}`);
    expect(kinds('He missed three sprint commitments in a row.')).toEqual([]);
    expect(kinds('Two sprints later the queue was empty.')).toEqual(['duration:Two sprints']);
    expect(kinds('The 6 week pilot went well.')).toEqual(['duration:6 week']);
  });
});
