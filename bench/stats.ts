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
  /** …and never beyond this many. */
  maxSamples: number;
}

export interface Timing {
  samples: number;
  medianMs: number;
  p95Ms: number;
}

/**
 * Times several functions round-robin (a, b, c, a, b, c, …) so they share the machine's noise:
 * on a busy or throttled box, a ratio of two medians taken minutes apart is not trustworthy.
 */
export function measureInterleaved<K extends string>(
  fns: Record<K, () => unknown>,
  budget: Budget,
): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  let sink: unknown;
  const warmEnd = performance.now() + budget.warmupMs;
  do for (const k of keys) sink = fns[k]();
  while (performance.now() < warmEnd);
  const end = performance.now() + budget.budgetMs;
  for (let n = 0; n < budget.maxSamples && (n < budget.minSamples || performance.now() < end); n++) {
    for (const k of keys) {
      const t0 = performance.now();
      sink = fns[k]();
      samples[k].push(performance.now() - t0);
    }
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const timing = (s: number[]): Timing => ({ samples: s.length, medianMs: median(s), p95Ms: p95(s) });
  return Object.fromEntries(keys.map((k) => [k, timing(samples[k])])) as Record<K, Timing>;
}
