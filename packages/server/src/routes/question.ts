/**
 * /api/questions: the built-in bank, the user's own questions and those captured from real
 * interviews, thin over the question service. Bank questions are read-only (403 read_only).
 */
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { createQuestionService } from '../services/question';
import {
  questionCreateSchema,
  questionListQuerySchema,
  questionPageSchema,
  questionSchema,
  questionUpdateBodySchema,
} from '../services/question-schema';

export const questionRoutes: RoutePlugin = async (app, { storage }) => {
  registerResourceRoutes(app, {
    path: '/api/questions',
    tags: ['questions'],
    schemas: {
      listQuery: questionListQuerySchema,
      page: questionPageSchema,
      item: questionSchema,
      create: questionCreateSchema,
      update: questionUpdateBodySchema,
    },
    service: createQuestionService(storage),
    docs: {
      list: {
        summary: 'List questions from the bank, your own and captured ones',
        description:
          'Order: the built-in bank first, in bank order; then your own and captured questions together, ' +
          'newest created first. `limit` per page; pass `nextCursor` back as `cursor` for the next page ' +
          '(paging never repeats or skips a question). Filters combine: `source`, `type`, `level` (any ' +
          'alias; a question without levels suits every level), `tag`, `principle`, `company` (captured ' +
          'there, or probing its principles) and `q` (every word as a prefix, in the text or notes).',
        config: SAME_DATA_SAME_ANSWER,
      },
      get: { summary: 'Get a question (bank id or your own)', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Add your own question or one captured from an interview',
        description:
          '`source` is own (default) or captured, and never changes. Only captured questions say where ' +
          'they were asked (`company`, `askedAt`, `round`, `interviewId`). Starts at version 1.',
      },
      update: {
        summary: 'Update your own or a captured question',
        description:
          'Send `version` and any fields to change; omitted fields keep their values, null clears. ' +
          'A stale version is 409 with the current question; a bank question is 403 read_only.',
        alsoAnswers: [403],
      },
      delete: {
        summary: 'Delete your own or a captured question',
        description: 'Requires `?version=`; stale is 409 with the current question, a bank question 403.',
        alsoAnswers: [403],
      },
    },
  });
};
