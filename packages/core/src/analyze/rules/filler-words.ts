/**
 * Fillers and hedges: "um", "you know", "sort of", "I guess". A few are normal in speech; many
 * make a leader sound unsure. Spoken transcripts get a larger allowance than written answers.
 */
import { defineRule } from '../rule';

/** Fillers per 100 words that pass without cost (hedges count half). */
const ALLOWANCE = { spoken: 2, written: 0.5 } as const;
/** Occurrences listed one by one; the rest are counted in the summary finding. */
const LISTED = 10;

export default defineRule({
  meta: {
    id: 'filler-words',
    description: 'Cut fillers and hedges; they make a confident story sound unsure.',
    severity: 'info',
    messages: {
      filler: 'Filler "{{word}}".',
      hedge: 'Hedge "{{word}}" weakens the claim.',
      tooMany: '{{count}} fillers and hedges ({{density}} per 100 words): the delivery sounds unsure.',
    },
  },
  check({ facts, options, report }) {
    const { fillers, words } = facts.speech;
    if (fillers.length === 0) return;
    const weight = fillers.reduce((sum, f) => sum + (f.kind === 'filler' ? 1 : 0.5), 0);
    const density = (weight / Math.max(1, words)) * 100;
    const allowance = options.spoken ? ALLOWANCE.spoken : ALLOWANCE.written;
    const over = density > allowance;
    let listed = 0;
    for (const f of fillers) {
      if (listed >= LISTED || (f.kind === 'hedge' && !over)) continue;
      report({
        messageId: f.kind,
        start: f.start,
        end: f.end,
        data: { word: f.text },
        actual: f.text,
        points: 0,
        suggestion: f.kind === 'filler' ? 'Pause instead; silence reads as composure.' : 'State it plainly.',
      });
      listed++;
    }
    const first = fillers[0];
    if (over && first) {
      report({
        messageId: 'tooMany',
        start: first.start,
        end: first.end,
        data: { count: fillers.length, density: density.toFixed(1) },
        points: -Math.min(10, Math.max(1, Math.round((density - allowance) * 2))),
        severity: 'warning',
        suggestion: 'Rehearse the answer aloud twice; replace each filler with a short pause.',
      });
    }
  },
});
