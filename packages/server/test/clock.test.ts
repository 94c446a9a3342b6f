/** services/clock.ts: record stamps never repeat or go back within a process. */
import { describe, expect, it } from 'vitest';
import { stampClock } from '../src/services/clock';

describe('stampClock', () => {
  it('gives strictly increasing stamps however fast it is called, close to the wall clock', () => {
    const before = Date.now();
    const stamps = Array.from({ length: 5000 }, () => stampClock().getTime());
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]).toBeGreaterThan(stamps[i - 1] as number);
    // 5,000 calls run in well under a second; each stamp is at most one ms per call ahead.
    expect(stamps[0]).toBeGreaterThanOrEqual(before);
    expect((stamps.at(-1) as number) - Date.now()).toBeLessThanOrEqual(5000);
  });
});
