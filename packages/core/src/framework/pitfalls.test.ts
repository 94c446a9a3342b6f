import { describe, expect, it } from 'vitest';
import { PITFALL_CONCERN_IDS, PITFALLS, pitfallForConcern, ZOOM_LEVELS } from './pitfalls';

describe('pitfalls', () => {
  it('has four pitfalls, each detected by a different analyzer concern', () => {
    expect(PITFALLS).toHaveLength(4);
    expect(PITFALLS.map((p) => p.concern)).toEqual([...PITFALL_CONCERN_IDS]);
    expect(new Set(PITFALLS.map((p) => p.id)).size).toBe(4);
  });

  it('maps each concern back to its pitfall', () => {
    expect(pitfallForConcern('attribution-balance').id).toBe('hero-narrative');
    expect(pitfallForConcern('no-check-in').id).toBe('not-reading-the-room');
  });

  it('keeps the seed numbers in the quantification example and the zoom order', () => {
    expect(pitfallForConcern('unquantified-impact').betterExample).toContain('47%');
    expect(pitfallForConcern('unquantified-impact').betterExample).toContain('200ms to 106ms');
    expect(ZOOM_LEVELS).toEqual(['strategic', 'tactical', 'implementation']);
  });
});
