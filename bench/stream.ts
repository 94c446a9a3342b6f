/**
 * The analyzer alone over a stream of varied answers: throughput and memory. Run as a child of
 * analyze.bench.ts so the process holds nothing but the analyzer, and from an esbuild bundle on
 * plain node (`node --expose-gc <bundle of this file> COUNT CHECKPOINT SEED`, see
 * scripts/cached-bundle.mjs), the way the `onsite` CLI runs it, so no tsx loader thread counts
 * toward its RSS. Prints one JSON object on stdout.
 */
import { analyze } from '../packages/core/src/analyze/analyze';
import { answerStream } from './corpus';

export interface Checkpoint {
  answers: number;
  peakRssMb: number;
  gcRssMb: number;
  gcHeapMb: number;
  gcHeapTotalMb: number;
  gcExternalMb: number;
}

export interface StreamResult {
  answers: number;
  words: number;
  analyzeSeconds: number;
  wallSeconds: number;
  wordsPerSecond: number;
  gcAvailable: boolean;
  checkpoints: Checkpoint[];
}

const mb = (bytes: number): number => bytes / 2 ** 20;

function run(count: number, checkpoint: number, seed: number): StreamResult {
  const gc = globalThis.gc;
  gc?.();
  const checkpoints: Checkpoint[] = [];
  let peak = process.memoryUsage.rss();
  let words = 0;
  let analyzeMs = 0;
  const wall0 = performance.now();
  for (const item of answerStream(count, seed)) {
    const t0 = performance.now();
    analyze(item.text, { spoken: item.spoken, level: item.level });
    analyzeMs += performance.now() - t0;
    words += item.words;
    peak = Math.max(peak, process.memoryUsage.rss());
    const answers = item.index + 1;
    if (answers === checkpoint || answers === count) {
      gc?.();
      const m = process.memoryUsage();
      checkpoints.push({
        answers,
        peakRssMb: mb(peak),
        gcRssMb: mb(m.rss),
        gcHeapMb: mb(m.heapUsed),
        gcHeapTotalMb: mb(m.heapTotal),
        gcExternalMb: mb(m.external),
      });
    }
  }
  const analyzeSeconds = analyzeMs / 1000;
  return {
    answers: count,
    words,
    analyzeSeconds,
    wallSeconds: (performance.now() - wall0) / 1000,
    wordsPerSecond: words / analyzeSeconds,
    gcAvailable: gc !== undefined,
    checkpoints,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const [count = '10000', checkpoint = '1000', seed = '20261124'] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(run(Number(count), Number(checkpoint), Number(seed)))}\n`);
}
