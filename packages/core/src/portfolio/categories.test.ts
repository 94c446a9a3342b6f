import { describe, expect, it } from 'vitest';
import { COMPETENCY_TAGS } from '../framework/ids';
import { STORY_CATEGORIES } from '../framework/portfolio';
import { CATEGORY_OF_TAG, primaryCategory } from './categories';

describe('story categories from tags', () => {
  it('gives every tag a category that exists, and every category at least one tag', () => {
    const ids = STORY_CATEGORIES.map((c) => c.id);
    for (const tag of COMPETENCY_TAGS) expect(ids, tag).toContain(CATEGORY_OF_TAG[tag]);
    expect(new Set(Object.values(CATEGORY_OF_TAG))).toEqual(new Set(ids));
  });

  it('has no category without tags', () => {
    expect(primaryCategory([])).toBeNull();
  });

  it('picks the category most tags belong to', () => {
    expect(primaryCategory(['technical', 'crisis', 'failure'])).toBe('crisis-management');
  });

  it('breaks a tie with the earliest tag', () => {
    expect(primaryCategory(['business', 'hiring'])).toBe('business-impact');
    expect(primaryCategory(['hiring', 'business'])).toBe('people-leadership');
  });
});
