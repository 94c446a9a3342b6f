/**
 * /api/practice: practice sessions, thin over the practice service. Writes carry the version they
 * edit (PUT body, DELETE ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createPracticeService } from '../services/practice';
import {
  practiceCreateSchema,
  practiceDeleteQuerySchema,
  practiceIdParamsSchema,
  practiceListQuerySchema,
  practicePageSchema,
  practiceSessionSchema,
  practiceUpdateBodySchema,
} from '../services/practice-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['practice'];

export const practiceRoutes: RoutePlugin = async (app, { storage }) => {
  const practice = createPracticeService(storage);

  app.get(
    '/api/practice',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'List practice sessions',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor`. Filters: `type`, ' +
          '`level`, `storyId` (an answer used it), `from` (inclusive) and `to` (exclusive) on when the session ' +
          'started; `q` matches every word in the title, notes, questions or transcripts. Rows carry counts and ' +
          'the mean score, not the transcripts or analyses.',
        tags,
        querystring: practiceListQuerySchema,
        response: { 200: practicePageSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => practice.list(request.query)),
  );

  app.get(
    '/api/practice/:id',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Get a practice session',
        tags,
        params: practiceIdParamsSchema,
        response: { 200: practiceSessionSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => practice.get(request.params.id)),
  );

  app.post(
    '/api/practice',
    {
      schema: {
        summary: 'Record a practice session',
        description:
          'Rounds in order, each with its answers. Every transcript is analysed by core at the session level, ' +
          "company and the round's type (else the session's), with the answer's question and duration. A " +
          '`storyId` or `questionId` that names nothing is 422 invalid_reference.',
        tags,
        body: practiceCreateSchema,
        response: {
          201: practiceSessionSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const session = await withApiErrors(() => practice.create(request.body));
      return reply.code(201).send(session);
    },
  );

  app.put(
    '/api/practice/:id',
    {
      schema: {
        summary: 'Update a practice session',
        description:
          'Send `version` and the fields to change. `rounds`, when sent, replaces every round: an answer with ' +
          "the `id` of one of the session's answers keeps it (omitted fields keep their values), answers " +
          'without an id are new, answers not sent are removed. A stale version is 409 version_conflict with ' +
          'the current session in `error.details.current`.',
        tags,
        params: practiceIdParamsSchema,
        body: practiceUpdateBodySchema,
        response: {
          200: practiceSessionSchema,
          ...errors,
          409: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => practice.update(request.params.id, patch, version));
    },
  );

  app.delete(
    '/api/practice/:id',
    {
      schema: {
        summary: 'Delete a practice session and its answers',
        description: 'Requires `?version=`; a stale version is 409 with the current session.',
        tags,
        params: practiceIdParamsSchema,
        querystring: practiceDeleteQuerySchema,
        response: { 204: z.null().describe('Deleted'), ...errors, 409: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => practice.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );
};
