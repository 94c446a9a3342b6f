/**
 * /api/interviews: thin over the interview service. Writes carry the version they edit (PUT in
 * the body, DELETE as ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createInterviewService } from '../services/interview';
import {
  interviewCreateSchema,
  interviewDeleteQuerySchema,
  interviewIdParamsSchema,
  interviewListQuerySchema,
  interviewPageSchema,
  interviewSchema,
  interviewUpdateBodySchema,
} from '../services/interview-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['interviews'];

export const interviewRoutes: RoutePlugin = async (app, { storage }) => {
  const interviews = createInterviewService(storage);

  app.get(
    '/api/interviews',
    {
      schema: {
        summary: 'List interviews',
        description:
          'Latest start first (`when=upcoming`: soonest first), `limit` per page; pass `nextCursor` back as ' +
          '`cursor`. Rows leave out the long texts. `q` matches every word (as a prefix) in the company, role, ' +
          'round, notes, questions asked or reflection. Time filters use the server clock.',
        tags,
        querystring: interviewListQuerySchema,
        response: { 200: interviewPageSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => interviews.list(request.query)),
  );

  app.get(
    '/api/interviews/:id',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Get an interview',
        tags,
        params: interviewIdParamsSchema,
        response: { 200: interviewSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => interviews.get(request.params.id)),
  );

  app.post(
    '/api/interviews',
    {
      schema: {
        summary: 'Record an interview',
        description:
          'Starts at version 1. The end and the thank-you deadline (end + 24 h) are computed. A story in ' +
          '`storiesUsed` or a `questionId` that does not exist is 422 invalid_reference.',
        tags,
        body: interviewCreateSchema,
        response: {
          201: interviewSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const interview = await withApiErrors(() => interviews.create(request.body));
      return reply.code(201).send(interview);
    },
  );

  app.put(
    '/api/interviews/:id',
    {
      schema: {
        summary: 'Update an interview',
        description:
          'Send `version` and any fields to change; omitted fields keep their values, objects merge field by ' +
          'field, lists replace, checklist ticks apply over the stored ones. A stale version is 409 ' +
          'version_conflict with the current interview in `error.details.current`.',
        tags,
        params: interviewIdParamsSchema,
        body: interviewUpdateBodySchema,
        response: {
          200: interviewSchema,
          ...errors,
          409: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => interviews.update(request.params.id, patch, version));
    },
  );

  app.delete(
    '/api/interviews/:id',
    {
      schema: {
        summary: 'Delete an interview',
        description:
          'Requires `?version=` (the one you loaded); a stale version is 409 with the current interview.',
        tags,
        params: interviewIdParamsSchema,
        querystring: interviewDeleteQuerySchema,
        response: { 204: z.null().describe('Deleted'), ...errors, 409: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => interviews.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );
};
