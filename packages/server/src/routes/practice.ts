/**
 * /api/practice: practice sessions, thin over the practice service. Writes carry the version they
 * edit (PUT body, DELETE ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { createPracticeService } from '../services/practice';
import {
  practiceCreateSchema,
  practiceListQuerySchema,
  practicePageSchema,
  practiceSessionSchema,
  practiceUpdateBodySchema,
} from '../services/practice-schema';

export const practiceRoutes: RoutePlugin = async (app, { storage }) => {
  registerResourceRoutes(app, {
    path: '/api/practice',
    tags: ['practice'],
    schemas: {
      listQuery: practiceListQuerySchema,
      page: practicePageSchema,
      item: practiceSessionSchema,
      create: practiceCreateSchema,
      update: practiceUpdateBodySchema,
    },
    service: createPracticeService(storage),
    docs: {
      list: {
        summary: 'List practice sessions',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor`. Filters: `type`, ' +
          '`level`, `storyId` (an answer used it), `from` (inclusive) and `to` (exclusive) on when the session ' +
          'started; `q` matches every word in the title, notes, questions or transcripts. Rows carry counts and ' +
          'the mean score, not the transcripts or analyses.',
        config: SAME_DATA_SAME_ANSWER,
      },
      get: { summary: 'Get a practice session', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Record a practice session',
        description:
          'Rounds in order, each with its answers. Every transcript is analysed by core at the session level, ' +
          "company and the round's type (else the session's), with the answer's question and duration. A " +
          '`storyId` or `questionId` that names nothing is 422 invalid_reference.',
        alsoAnswers: [422],
      },
      update: {
        summary: 'Update a practice session',
        description:
          'Send `version` and the fields to change. `rounds`, when sent, replaces every round: an answer with ' +
          "the `id` of one of the session's answers keeps it (omitted fields keep their values), answers " +
          'without an id are new, answers not sent are removed. A stale version is 409 version_conflict with ' +
          'the current session in `error.details.current`.',
        alsoAnswers: [422],
      },
      delete: {
        summary: 'Delete a practice session and its answers',
        description: 'Requires `?version=`; a stale version is 409 with the current session.',
      },
    },
  });
};
