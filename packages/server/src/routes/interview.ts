/**
 * /api/interviews: thin over the interview service. Writes carry the version they edit (PUT in
 * the body, DELETE as ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { createInterviewService } from '../services/interview';
import {
  interviewCreateSchema,
  interviewListQuerySchema,
  interviewPageSchema,
  interviewSchema,
  interviewUpdateBodySchema,
} from '../services/interview-schema';

export const interviewRoutes: RoutePlugin = async (app, { storage }) => {
  registerResourceRoutes(app, {
    path: '/api/interviews',
    tags: ['interviews'],
    schemas: {
      listQuery: interviewListQuerySchema,
      page: interviewPageSchema,
      item: interviewSchema,
      create: interviewCreateSchema,
      update: interviewUpdateBodySchema,
    },
    service: createInterviewService(storage),
    docs: {
      // Not SAME_DATA_SAME_ANSWER: its time filters read the server clock.
      list: {
        summary: 'List interviews',
        description:
          'Newest recorded first (by creation: editing or rescheduling an interview between two pages neither ' +
          'skips nor repeats it), `limit` per page; pass `nextCursor` back as `cursor`. Rows leave out the ' +
          'long texts. `q` matches every word (as a prefix) in the company, role, ' +
          'round, notes, questions asked or reflection. Time filters use the server clock.',
      },
      get: { summary: 'Get an interview', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Record an interview',
        description:
          'Starts at version 1. The end and the thank-you deadline (end + 24 h) are computed. A story in ' +
          '`storiesUsed` or a `questionId` that does not exist is 422 invalid_reference.',
        alsoAnswers: [422],
      },
      update: {
        summary: 'Update an interview',
        description:
          'Send `version` and any fields to change; omitted fields keep their values, objects merge field by ' +
          'field, lists replace, checklist ticks apply over the stored ones. A stale version is 409 ' +
          'version_conflict with the current interview in `error.details.current`.',
        alsoAnswers: [422],
      },
      delete: {
        summary: 'Delete an interview',
        description:
          'Requires `?version=` (the one you loaded); a stale version is 409 with the current interview.',
      },
    },
  });
};
