/**
 * Every full-text index, so migrate.ts can rebuild them all after a migration (SQLite renumbers
 * rowids on a table rebuild). A noun with searchable text adds its index here and creates it in
 * its migration with `createSearch`.
 */
import { type SearchIndex, searchIndex } from './search';
import { ASSESSMENT_SEARCH_COLUMNS } from './tables/assessment';
import { COMPANY_NOTES_SEARCH_COLUMNS, COMPANY_SEARCH_COLUMNS } from './tables/company';
import { INTERVIEW_SEARCH_COLUMNS } from './tables/interview';
import { PRACTICE_SEARCH_COLUMNS } from './tables/practice';
import { QUESTION_SEARCH_COLUMNS } from './tables/question';
import { STORY_SEARCH_COLUMNS } from './tables/story';

export const STORY_SEARCH = searchIndex('stories', 'story_fts', STORY_SEARCH_COLUMNS);
export const INTERVIEW_SEARCH = searchIndex('interviews', 'interview_fts', INTERVIEW_SEARCH_COLUMNS);
export const QUESTION_SEARCH = searchIndex('questions', 'question_fts', QUESTION_SEARCH_COLUMNS);
export const COMPANY_SEARCH = searchIndex('companies', 'company_fts', COMPANY_SEARCH_COLUMNS);
export const COMPANY_NOTES_SEARCH = searchIndex(
  'company_notes',
  'company_notes_fts',
  COMPANY_NOTES_SEARCH_COLUMNS,
);
export const ASSESSMENT_SEARCH = searchIndex('assessments', 'assessment_fts', ASSESSMENT_SEARCH_COLUMNS);
export const PRACTICE_SEARCH = searchIndex('practice_sessions', 'practice_fts', PRACTICE_SEARCH_COLUMNS);

export const SEARCH_INDEXES: readonly SearchIndex[] = [
  STORY_SEARCH,
  INTERVIEW_SEARCH,
  QUESTION_SEARCH,
  ASSESSMENT_SEARCH,
  COMPANY_SEARCH,
  COMPANY_NOTES_SEARCH,
  PRACTICE_SEARCH,
];
