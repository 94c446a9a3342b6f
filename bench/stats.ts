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

/** Times `fn` once per sample with performance.now(); the result is kept so it can't be optimised away. */
export function measure(fn: () => unknown, budget: Budget): Timing {
  let sink: unknown;
  const warmEnd = performance.now() + budget.warmupMs;
  do sink = fn();
  while (performance.now() < warmEnd);
  const samples: number[] = [];
  const end = performance.now() + budget.budgetMs;
  while (
    samples.length < budget.maxSamples &&
    (samples.length < budget.minSamples || performance.now() < end)
  ) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { samples: samples.length, medianMs: median(samples), p95Ms: p95(samples) };
}
