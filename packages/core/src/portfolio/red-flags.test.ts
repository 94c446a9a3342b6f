import { describe, expect, it } from 'vitest';
import { primaryCategory } from './categories';
import { analysisOf, storyOf } from './portfolio.test-helpers';
import { portfolioRedFlags } from './red-flags';
import type { PortfolioStory } from './types';

const flagsOf = (stories: PortfolioStory[]) =>
  portfolioRedFlags(
    stories,
    stories.map((s) => primaryCategory(s.tags)),
  ).map((f) => f.id);

const balanced = [
  storyOf('a', { tags: ['failure'], text: 'I told the CEO we had missed the date.' }),
  storyOf('b', { tags: ['hiring'] }),
  storyOf('c', { tags: ['technical'] }),
];

describe('portfolio red flags', () => {
  it('raises none for a varied portfolio', () => {
    expect(flagsOf(balanced)).toEqual([]);
  });

  it('raises none below three stories: too early to judge the whole', () => {
    expect(flagsOf([storyOf('a', { tags: ['hiring'] }), storyOf('b', { tags: ['hiring'] })])).toEqual([]);
  });

  it('flags a portfolio with no failure story', () => {
    const stories = balanced.map((s) => ({ ...s, tags: s.tags.filter((t) => t !== 'failure') }));
    stories[0] = { ...(stories[0] as PortfolioStory), tags: ['business'] };
    expect(flagsOf(stories)).toEqual(['no-failures']);
  });

  it('flags every story in one category, with the guide text and the category', () => {
    const stories = [
      storyOf('a', { tags: ['hiring', 'failure'], text: 'the VP' }),
      storyOf('b', { tags: ['performance'] }),
      storyOf('c', { tags: ['culture'] }),
    ];
    const flags = portfolioRedFlags(
      stories,
      stories.map((s) => primaryCategory(s.tags)),
    );
    expect(flags).toEqual([
      {
        id: 'single-dimension',
        text: 'All stories show the same dimension',
        detail: 'Every categorised story is people-leadership',
      },
    ]);
  });

  it('flags a portfolio where no story involves an executive', () => {
    const stories = balanced.map((s) => ({ ...s, text: 'We worked it out in the team.' }));
    expect(flagsOf(stories)).toEqual(['no-executive-contact']);
    // "vp" inside another word is not an executive.
    const near = balanced.map((s) => ({ ...s, text: 'The mvp shipped.' }));
    expect(flagsOf(near)).toEqual(['no-executive-contact']);
  });

  it('flags the candidate as the hero of every analysed story', () => {
    const hero = analysisOf({ errorRules: ['attribution-balance'] });
    const stories = balanced.map((s) => ({ ...s, analysis: hero }));
    expect(flagsOf(stories)).toEqual(['all-hero']);
    const oneShared = stories.map((s, i) => (i === 0 ? { ...s, analysis: analysisOf() } : s));
    expect(flagsOf(oneShared)).toEqual([]);
  });
});
