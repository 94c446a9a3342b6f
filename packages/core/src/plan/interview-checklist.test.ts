import { describe, expect, it } from 'vitest';
import { INTERVIEW_DAY_CHECKLISTS } from '../framework/checklists';
import {
  applyChecklistTicks,
  CHECKLIST_ITEM_IDS,
  CHECKLIST_OF_PHASE,
  CHECKLIST_PHASES,
  checklistProgress,
  emptyChecklist,
  unknownChecklistItems,
} from './interview-checklist';

describe('interview checklist model', () => {
  it('has one phase per interview-day checklist, with its items in framework order', () => {
    expect(CHECKLIST_PHASES.map((phase) => CHECKLIST_OF_PHASE[phase])).toEqual(
      INTERVIEW_DAY_CHECKLISTS.map((c) => c.id),
    );
    for (const [i, phase] of CHECKLIST_PHASES.entries()) {
      expect(CHECKLIST_ITEM_IDS[phase]).toEqual(INTERVIEW_DAY_CHECKLISTS[i]?.items.map((item) => item.id));
    }
    expect(CHECKLIST_ITEM_IDS.post).toContain('post.thank-you');
  });

  it('starts with every item of every phase not done', () => {
    const empty = emptyChecklist();
    for (const phase of CHECKLIST_PHASES) {
      expect(Object.keys(empty[phase])).toEqual(CHECKLIST_ITEM_IDS[phase]);
      expect(Object.values(empty[phase]).every((done) => done === false)).toBe(true);
    }
  });

  it('applies ticks over a base, keeping what is not mentioned', () => {
    const first = applyChecklistTicks({ pre: { 'pre.calm-body': true }, post: { 'post.reflect': true } });
    expect(first.pre['pre.calm-body']).toBe(true);
    expect(first.post['post.reflect']).toBe(true);
    const second = applyChecklistTicks({ post: { 'post.reflect': false, 'post.thank-you': true } }, first);
    expect(second.pre['pre.calm-body']).toBe(true);
    expect(second.post).toMatchObject({ 'post.reflect': false, 'post.thank-you': true });
    // Order stays the framework's, not the order ticks arrived in.
    expect(Object.keys(second.post)).toEqual(CHECKLIST_ITEM_IDS.post);
  });

  it('names unknown items, including an item filed under the wrong phase', () => {
    expect(unknownChecklistItems({ pre: { 'pre.calm-body': true } })).toEqual([]);
    expect(unknownChecklistItems({ pre: { 'post.thank-you': true, 'pre.nope': false }, during: {} })).toEqual(
      [
        { phase: 'pre', itemId: 'post.thank-you' },
        { phase: 'pre', itemId: 'pre.nope' },
      ],
    );
    expect(() => applyChecklistTicks({ during: { 'during.nap': true } })).toThrow(/during\/during.nap/);
  });

  it('counts progress per phase and overall, from the framework items only', () => {
    const state = applyChecklistTicks({
      pre: { 'pre.calm-body': true, 'pre.tech-setup': true },
      post: Object.fromEntries(CHECKLIST_ITEM_IDS.post.map((id) => [id, true])),
    });
    const total = CHECKLIST_PHASES.reduce((n, phase) => n + CHECKLIST_ITEM_IDS[phase].length, 0);
    expect(checklistProgress(state)).toEqual({
      pre: { done: 2, total: CHECKLIST_ITEM_IDS.pre.length },
      during: { done: 0, total: CHECKLIST_ITEM_IDS.during.length },
      post: { done: CHECKLIST_ITEM_IDS.post.length, total: CHECKLIST_ITEM_IDS.post.length },
      all: { done: 2 + CHECKLIST_ITEM_IDS.post.length, total },
    });
    // A stray stored id is not progress.
    expect(checklistProgress({ pre: { 'pre.gone': true } }).pre.done).toBe(0);
  });
});
