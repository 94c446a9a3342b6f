import { migration as stories } from './001-stories';
import { migration as storySearch } from './002-story-search';
import { migration as storyListOrder } from './003-story-list-order';
import { migration as questions } from './004-questions';
import { migration as companies } from './005-companies';
import { migration as practice } from './006-practice';
import { migration as assessments } from './007-assessments';
import { migration as interviews } from './008-interviews';
import { migration as plan } from './009-plan';
import { migration as storyListColumns } from './010-story-list-columns';
import { migration as interviewCompanyLinks } from './011-interview-company-links';
import { migration as interviewListOrder } from './012-interview-list-order';
import { migration as planEntryOrder } from './013-plan-entry-order';
import { migration as storyPortfolioFacts } from './014-story-portfolio-facts';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in the order it runs. A test checks this list against the files here. */
export const MIGRATIONS: readonly Migration[] = [
  stories,
  storySearch,
  storyListOrder,
  questions,
  companies,
  practice,
  assessments,
  interviews,
  plan,
  storyListColumns,
  interviewCompanyLinks,
  interviewListOrder,
  planEntryOrder,
  storyPortfolioFacts,
];
