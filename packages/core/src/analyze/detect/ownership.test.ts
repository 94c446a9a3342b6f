import { describe, expect, it } from 'vitest';
import { CUE_INDEX } from '../cues';
import { wordsOf } from '../phrases';
import { parseText } from '../text';
import { findOwnedPart } from './ownership';

const owned = (text: string) => {
  const parsed = parseText(text);
  return findOwnedPart(parsed, CUE_INDEX.scan(parsed.text, parsed.lower, wordsOf(parsed)))?.text ?? null;
};

describe('findOwnedPart', () => {
  it.each([
    ['The estimate came from my team, but I own it.', 'I own it'],
    ['Looking back, that was on me.', 'that was on me'],
    ['I underestimated the batch jobs.', 'I underestimated'],
    ['I had misread what the client needed.', 'I had misread'],
    ["I didn't push back when the date looked optimistic.", "I didn't"],
    ['I let the date slip a second time.', 'I let'],
    ['I had committed to the date before we sized the tax work.', 'I had committed to the date'],
    ['I gave finance a launch date in week two.', 'I gave finance a launch date'],
    ['I committed to a reporting feature in one sprint.', 'I committed to a reporting feature'],
    ['As the EM I owned the delivery plan.', 'I owned the delivery plan'],
    ['I was accountable for the release.', 'I was accountable for the release'],
    ['Early on I rushed a client report without a review.', 'I rushed'],
    ['I forgot to hand over the on-call pager.', 'I forgot'],
    // A mistake told as one's own deed, words in between.
    ['I once rushed a project to make a deadline and skipped two steps.', 'I once rushed'],
    ['Then I lost a client for being too pushy.', 'I lost a client'],
    ['I inadvertently missed a dependency in the plan.', 'I inadvertently missed a dependency'],
    [
      'My biggest mistake was in hiring a friend over a stronger candidate.',
      'My biggest mistake was in hiring',
    ],
    [
      'I shipped a feature without proper testing. It broke production.',
      'I shipped a feature without proper testing',
    ],
    [
      'I pushed the schema change without a rollback plan.',
      'I pushed the schema change without a rollback plan',
    ],
    [
      'I delivered on the new date and added buffer time estimation to my future projects.',
      'I delivered on the new date and added buffer time estimation to my future projects',
    ],
    // Criticism of oneself passed on without a quarrel.
    [
      'My director told me in a review that my updates were too detailed. I switched to a one-page format.',
      'told me in a review that my',
    ],
    ['Her feedback was that I interrupted people in design reviews.', 'Her feedback was that I'],
  ])('finds the part owned in %j', (text, part) => {
    expect(owned(text)).toBe(part);
  });

  it.each([
    "I didn't wait for a design review, because I knew the fix was right.",
    'I let the team pick the framework.',
    // Dates the story, names no deed.
    'My biggest mistake was in my first year as a manager of managers.',
    'I accepted the offer and joined in March.',
    'I overhauled the release process and oversaw the rollout.',
    'The vendor underestimated the load.',
    'I set a recovery plan and shared it weekly.',
    'I gave the team two days off after the launch.',
    'I agreed to help the platform team with their migration.',
    // Passed on, then argued with.
    'My director told me that my peers saw me as hard to work with. I think the feedback needs some context.',
  ])('finds none in %j', (text) => {
    expect(owned(text)).toBeNull();
  });
});
