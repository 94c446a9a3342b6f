/**
 * The portfolio-level red flags of the Story Portfolio guide that the stored stories can show:
 * no failure story, every story in one category, no executive in any story, the candidate as the
 * hero of every story. ("Every story from one era" needs dates, which stories do not carry.)
 */
import { PhraseIndex } from '../analyze/phrases';
import { PORTFOLIO_RED_FLAGS } from '../framework/portfolio-guide';
import type { StoryCategoryId } from './categories';
import type { PortfolioStory } from './types';

/** Fewer stories than this say too little about the whole to flag it. */
export const RED_FLAG_MIN_STORIES = 3;

/** Who counts as an executive in a story. */
const EXECUTIVE_CUES = new PhraseIndex({
  executive: [
    'ceo',
    'cto',
    'cfo',
    'coo',
    'cpo',
    'vp',
    'vps',
    'svp',
    'evp',
    'vice president',
    'executive',
    'executives',
    'exec',
    'execs',
    'c-suite',
    'board',
    'founder',
    'founders',
    'leadership team',
    'head of',
    'general manager',
    'managing director',
  ],
});

/** The analyzer rule whose error means the answer makes the candidate the lone hero. */
const HERO_RULE = 'attribution-balance';

export interface RaisedRedFlag {
  id: 'no-failures' | 'single-dimension' | 'no-executive-contact' | 'all-hero';
  /** The guide's wording of the flag. */
  text: string;
  /** What in this portfolio raised it. */
  detail: string;
}

function guideText(id: RaisedRedFlag['id']): string {
  return PORTFOLIO_RED_FLAGS.find((flag) => flag.id === id)?.text ?? id;
}

export function portfolioRedFlags(
  stories: readonly PortfolioStory[],
  categories: readonly (StoryCategoryId | null)[],
): RaisedRedFlag[] {
  if (stories.length < RED_FLAG_MIN_STORIES) return [];
  const flags: RaisedRedFlag[] = [];
  const flag = (id: RaisedRedFlag['id'], detail: string) => flags.push({ id, text: guideText(id), detail });

  if (!stories.some((story) => story.tags.includes('failure'))) {
    flag('no-failures', 'No story is tagged Failure: interviewers ask for one in almost every loop');
  }
  const used = new Set(categories.filter((category) => category !== null));
  if (used.size === 1) {
    flag('single-dimension', `Every categorised story is ${[...used][0]}`);
  }
  const withExecutive = stories.filter((story) => {
    const text = `${story.title}\n${story.text}`;
    return EXECUTIVE_CUES.scan(text, text.toLowerCase()).executive.length > 0;
  });
  if (withExecutive.length === 0) {
    flag('no-executive-contact', 'No story mentions working with an executive, a VP or the board');
  }
  const analysed = stories.filter((story) => story.analysis !== null);
  if (
    analysed.length >= RED_FLAG_MIN_STORIES &&
    analysed.every((story) => story.analysis?.errorRules.includes(HERO_RULE))
  ) {
    flag('all-hero', `All ${analysed.length} analysed stories credit you alone; show what the team did`);
  }
  return flags;
}
