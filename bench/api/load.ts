/**
 * One autocannon run: warm-up (not counted), then the timed run. autocannon's own latency
 * histogram keeps whole milliseconds, which flattens a fast route's p50 to 0 or 1 ms, so the
 * latencies here are recorded from its 'response' events (hrtime, fractional ms) instead.
 */
import autocannon from 'autocannon';
import { quantile } from '../stats';

export interface LoadSpec {
  label: string;
  url: string;
  connections: number;
  durationS: number;
  warmupS: number;
}

export interface LoadResult {
  label: string;
  url: string;
  /** Mean of autocannon's per-second request counts (its "Req/Sec Avg"). */
  reqPerSec: number;
  /** 2xx responses in the counted run. */
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Mean response body size, bytes (throughput / requests). */
  bytesPerResponse: number;
  /** autocannon's own whole-ms percentiles, for comparison with its CLI. */
  autocannon: { p50: number; p99: number };
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationS,
    warmup: { connections: spec.connections, duration: spec.warmupS },
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  const at = (q: number): number => quantile(latencies, q);
  return {
    label: spec.label,
    url: spec.url,
    reqPerSec: result.requests.average,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    bytesPerResponse: result.requests.total
      ? (result.throughput.total ?? 0) / result.requests.total
      : Number.NaN,
    autocannon: { p50: result.latency.p50, p99: result.latency.p99 },
  };
}
