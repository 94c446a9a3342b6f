import { createSearch } from '../search';
import { STORY_SEARCH } from '../search-indexes';
import type { Migration } from './types';

/** Full-text search over every free-text story field (FTS5 on SQLite, GIN tsvector on PostgreSQL). */
export const migration: Migration = {
  id: '002-story-search',
  async up(db, dialect) {
    await createSearch(db, dialect, STORY_SEARCH);
  },
};
