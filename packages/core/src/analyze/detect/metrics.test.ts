import { describe, expect, it } from 'vitest';
import { findMetrics } from './metrics';

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
});
