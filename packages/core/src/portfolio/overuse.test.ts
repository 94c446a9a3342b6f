import { describe, expect, it } from 'vitest';
import { describeUses, findOverused, usageCount } from './overuse';
import { storyOf } from './portfolio.test-helpers';

describe('overused stories', () => {
  const usage = {
    told: { practice: 3, interviews: 1 },
    limit: { practice: 2, interviews: 1 },
  };

  it('flags a story told more often than the limit, and not one told exactly as often', () => {
    const overused = findOverused([storyOf('told'), storyOf('limit'), storyOf('fresh')], usage);
    expect(overused.map((s) => s.storyId)).toEqual(['told']);
    expect(overused[0]?.uses).toEqual({ practice: 3, interviews: 1, total: 4 });
    expect(overused[0]?.reasons[0]).toMatch(/^Told 4 times \(3 practice answers, 1 interview\)/);
  });

  it('flags a story tagged with more than 5 competencies', () => {
    const thin = storyOf('thin', { tags: ['hiring', 'conflict', 'scale', 'culture', 'change', 'business'] });
    const five = storyOf('five', { tags: ['hiring', 'conflict', 'scale', 'culture', 'change'] });
    const overused = findOverused([thin, five], {});
    expect(overused.map((s) => s.storyId)).toEqual(['thin']);
    expect(overused[0]?.reasons).toEqual([
      'Tagged with 6 competencies (more than 5): keep the ones it proves best',
    ]);
  });

  it('takes other limits', () => {
    expect(findOverused([storyOf('limit')], usage, { uses: 2, tags: 5 }).map((s) => s.storyId)).toEqual([
      'limit',
    ]);
  });

  it('treats a story missing from the usage (or named like an Object member) as never told', () => {
    expect(usageCount(usage, 'other')).toEqual({ practice: 0, interviews: 0, total: 0 });
    expect(usageCount(usage, 'constructor')).toEqual({ practice: 0, interviews: 0, total: 0 });
    expect(describeUses(usageCount(usage, 'other'))).toBe('Never told yet');
    expect(describeUses({ practice: 1, interviews: 0, total: 1 })).toBe(
      'Told once (1 practice answer, 0 interviews)',
    );
  });
});
