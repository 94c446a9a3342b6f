import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from './ids';
import { RUBRIC, rubricFor } from './rubric';

describe('rubric', () => {
  it('has the five dimensions in shared-id order', () => {
    expect(RUBRIC.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it('describes every band with observable signals, and says what falls below the bar', () => {
    for (const dimension of RUBRIC) {
      expect(dimension.below.length, dimension.id).toBeGreaterThan(10);
      for (const band of ['good', 'great', 'exceptional'] as const) {
        const cell = dimension.bands[band];
        expect(cell.summary.length, `${dimension.id}.${band}`).toBeGreaterThan(5);
        expect(cell.description.length, `${dimension.id}.${band}`).toBeGreaterThan(10);
        expect(cell.signals.length, `${dimension.id}.${band}`).toBeGreaterThanOrEqual(2);
      }
      const summaries = Object.values(dimension.bands).map((b) => b.summary);
      expect(new Set(summaries).size).toBe(3);
    }
  });

  it('looks dimensions up by id', () => {
    expect(rubricFor('businessAcumen').name).toBe('Business Acumen');
  });
});
