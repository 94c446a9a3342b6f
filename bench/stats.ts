/** Timing helpers: time-boxed sampling and the summary figures the bench prints. */

/** The q-quantile (0–1) of the samples, nearest-rank on a sorted copy. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);

export interface Budget {
  /** Time spent warming up (JIT, caches) before any sample counts. */
  warmupMs: number;
  /** Time box for the counted samples; sampling stops when it runs out… */
  budgetMs: number;
  /** …but never before this many samples (p95 needs about 20)… */
  minSamples: number;
  /** …and never beyond this many per function. */
  maxSamples: number;
  /** Length of one block of back-to-back calls to the same function. */
  blockMs: number;
}

export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

/**
 * Times several functions in alternating short blocks (a a a, b b b, c c c, a a a, …) so they share
 * the machine's drift: on a busy or throttled box, two medians taken a minute apart don't divide
 * cleanly. Blocks rather than single calls, and `between` (e.g. a full gc) before each block, so
 * one function's garbage and cache churn are not billed to the next.
 */
export function measureAlternating<K extends string>(
  fns: Record<K, () => unknown>,
  budget: Budget,
  between: () => void = () => {},
): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let sink: unknown;
  for (const k of keys) {
    const warmEnd = performance.now() + budget.warmupMs / keys.length;
    do sink = fns[k]();
    while (performance.now() < warmEnd);
  }
  const enough = (k: K): boolean => samples[k].length >= budget.maxSamples;
  const end = performance.now() + budget.budgetMs;
  while (
    keys.some((k) => samples[k].length < budget.minSamples) ||
    (performance.now() < end && !keys.every(enough))
  ) {
    for (const k of keys) {
      if (enough(k)) continue;
      between();
      const blockEnd = performance.now() + budget.blockMs;
      do {
        const t0 = performance.now();
        sink = fns[k]();
        samples[k].push(performance.now() - t0);
      } while (performance.now() < blockEnd && !enough(k));
    }
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const timing = (s: number[]): Timing => ({ samples: s.length, medianMs: median(s), p95Ms: p95(s) });
  return Object.fromEntries(keys.map((k) => [k, timing(samples[k])])) as Record<K, Timing>;
}
