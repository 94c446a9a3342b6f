/**
 * The conduct shapes are read only when the one-pass cue scan found one of their gate words
 * (team-welfare.ts, integrity.ts). On random instances of each shape (fast-check's stringMatching
 * on the shape without its word-boundary guards), set in a sentence, the gate must be open:
 * otherwise a gate would hide a finding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUE_INDEX } from '../cues';
import { parseText } from '../text';
import { CONCEALED, FEAR_LEVER, FORCED_OVERTIME, KNOWINGLY_MISLED, SUMMARY_FIRING } from './conduct';

/** The shape without the letter guards at its two ends, which stringMatching cannot generate. */
function core(shape: RegExp): RegExp {
  return new RegExp(
    shape.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, '').replace(/\(\?!\[\\p\{L\}\]\)$/, ''),
    'u',
  );
}

/** A sentence holding one random instance of the shape. */
function sentenceWith(shape: RegExp): fc.Arbitrary<string> {
  const inner = core(shape);
  return fc
    .tuple(
      fc.constantFrom('Then', 'So', 'After the launch', 'In the end'),
      fc.stringMatching(inner).map((s) => inner.exec(s)?.[0] ?? ''),
      fc.constantFrom('', ' for weeks', ' that quarter', ', and it worked'),
    )
    .map(([before, instance, after]) => `${before} ${instance}${after}.`);
}

const GATES = [
  ['overtimeGate', FORCED_OVERTIME],
  ['firingGate', SUMMARY_FIRING],
  ['fearGate', FEAR_LEVER],
  ['misleadGate', KNOWINGLY_MISLED],
  ['concealGate', CONCEALED],
] as const;

describe('conduct gates', () => {
  for (const [family, shape] of GATES) {
    it(`opens ${family} on every sentence its shape matches`, () => {
      let matched = 0;
      fc.assert(
        fc.property(sentenceWith(shape), (t) => {
          const parsed = parseText(t);
          if (!shape.test(parsed.lower)) return;
          matched++;
          expect(CUE_INDEX.scan(t, parsed.lower, parsed.chunks)[family].length).toBeGreaterThan(0);
        }),
        { numRuns: 300, seed: 20261206 },
      );
      // The generator must reach the shape, or the property proves nothing.
      expect(matched).toBeGreaterThan(100);
    });
  }
});
