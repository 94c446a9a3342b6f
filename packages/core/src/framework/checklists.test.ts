import { describe, expect, it } from 'vitest';
import { ALL_CHECKLISTS, CHECKLIST_IDS, checklistFor } from './checklists';

describe('checklists', () => {
  it('has every checklist once, in order', () => {
    expect(ALL_CHECKLISTS.map((c) => c.id)).toEqual([...CHECKLIST_IDS]);
  });

  it('has item ids unique across all checklists and prefixed by their checklist', () => {
    const ids = ALL_CHECKLISTS.flatMap((c) => c.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const checklist of ALL_CHECKLISTS) {
      const prefix = checklist.id.replace(/-interview$/, '');
      for (const item of checklist.items) expect(item.id.startsWith(`${prefix}.`), item.id).toBe(true);
    }
  });

  it('carries the seed item counts', () => {
    expect(ALL_CHECKLISTS.map((c) => c.items.length)).toEqual([5, 5, 4, 4, 5, 3]);
    expect(checklistFor('post-interview').items[0]!.text).toContain('24 hours');
  });
});
