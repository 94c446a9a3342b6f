/** The idle collector: one full collection after a burst of requests, never during one. */
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectWhenIdle, IDLE_AFTER_MS, MIN_REQUESTS } from '../src/idle-collector';

describe('collectWhenIdle', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 1_000_000;
  });
  afterEach(() => vi.useRealTimers());

  async function appWith(gc: () => void) {
    const app = Fastify();
    app.get('/ping', async () => ({ ok: true }));
    collectWhenIdle(app, gc, clock);
    await app.ready();
    return app;
  }
  const burst = async (app: Awaited<ReturnType<typeof appWith>>, n: number) => {
    for (let i = 0; i < n; i++) await app.inject({ method: 'GET', url: '/ping' });
  };
  const idle = (ms: number) => {
    now += ms;
    vi.advanceTimersByTime(ms);
  };

  it('collects once when a burst is followed by a pause, and not again while idle', async () => {
    const gc = vi.fn();
    const app = await appWith(gc);
    await burst(app, MIN_REQUESTS);
    idle(IDLE_AFTER_MS * 3);
    expect(gc).toHaveBeenCalledTimes(1);
    idle(IDLE_AFTER_MS * 10);
    expect(gc).toHaveBeenCalledTimes(1);
    await app.close();
  });

  it('never collects while requests keep coming, nor after a handful of them', async () => {
    const gc = vi.fn();
    const app = await appWith(gc);
    for (let round = 0; round < 10; round++) {
      await burst(app, MIN_REQUESTS / 5);
      idle(IDLE_AFTER_MS / 4);
    }
    expect(gc).not.toHaveBeenCalled();
    idle(IDLE_AFTER_MS * 3);
    expect(gc).toHaveBeenCalledTimes(1);
    await burst(app, 10);
    idle(IDLE_AFTER_MS * 3);
    expect(gc).toHaveBeenCalledTimes(1);
    await app.close();
  });

  it('sets nothing up without a gc function (node started without --expose-gc)', async () => {
    const without = Fastify();
    collectWhenIdle(without, undefined, clock);
    expect(vi.getTimerCount()).toBe(0);
    const withGc = await appWith(vi.fn());
    expect(vi.getTimerCount()).toBe(1);
    await withGc.close();
    expect(vi.getTimerCount()).toBe(0);
    await without.close();
  });
});
