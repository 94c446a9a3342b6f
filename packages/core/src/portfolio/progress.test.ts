import { describe, expect, it } from 'vitest';
import { categoryGaps } from './gaps';
import { portfolioProgress } from './progress';

describe('portfolio progress', () => {
  it('counts stories against the 20–30 target', () => {
    expect(portfolioProgress([]).status).toBe('under');
    expect(portfolioProgress([]).toTarget).toBe(20);
    const twenty = portfolioProgress(Array.from({ length: 20 }, () => 'people-leadership'));
    expect(twenty).toMatchObject({ stories: 20, status: 'within', toTarget: 0 });
    expect(portfolioProgress(Array.from({ length: 31 }, () => null)).status).toBe('over');
  });

  it('counts each category against its quota and keeps untagged stories apart', () => {
    const progress = portfolioProgress(['crisis-management', 'crisis-management', null, 'cross-functional']);
    expect(progress.uncategorised).toBe(1);
    const crisis = progress.categories.find((c) => c.id === 'crisis-management');
    expect(crisis).toEqual({
      id: 'crisis-management',
      name: 'Crisis Management',
      count: 2,
      quota: { min: 3, max: 4 },
      status: 'under',
    });
    expect(progress.categories.find((c) => c.id === 'cross-functional')?.count).toBe(1);
    expect(progress.categories.map((c) => c.id)).toHaveLength(6);
  });

  it('marks a category over its quota, and reports only the ones under it as gaps', () => {
    const categories = Array.from({ length: 4 }, () => 'cross-functional');
    const progress = portfolioProgress(categories);
    expect(progress.categories.find((c) => c.id === 'cross-functional')?.status).toBe('over');
    const gaps = categoryGaps(progress.categories);
    expect(gaps.map((g) => g.id)).not.toContain('cross-functional');
    expect(gaps.find((g) => g.id === 'people-leadership')).toEqual({
      id: 'people-leadership',
      name: 'People Leadership',
      count: 0,
      needed: 5,
    });
  });
});
