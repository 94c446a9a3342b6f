/**
 * /api/questions: the built-in bank, the user's own questions and those captured from real
 * interviews, thin over the question service. Bank questions are read-only (403 read_only).
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createQuestionService } from '../services/question';
import {
  questionCreateSchema,
  questionDeleteQuerySchema,
  questionIdParamsSchema,
  questionListQuerySchema,
  questionPageSchema,
  questionSchema,
  questionUpdateBodySchema,
} from '../services/question-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['questions'];

export const questionRoutes: RoutePlugin = async (app, { storage }) => {
  const questions = createQuestionService(storage);

  app.get(
    '/api/questions',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'List questions from the bank, your own and captured ones',
        description:
          'Order: the built-in bank first, in bank order; then your own and captured questions together, ' +
          'newest created first. `limit` per page; pass `nextCursor` back as `cursor` for the next page ' +
          '(paging never repeats or skips a question). Filters combine: `source`, `type`, `level` (any ' +
          'alias; a question without levels suits every level), `tag`, `principle`, `company` (captured ' +
          'there, or probing its principles) and `q` (every word as a prefix, in the text or notes).',
        tags,
        querystring: questionListQuerySchema,
        response: { 200: questionPageSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => questions.list(request.query)),
  );

  app.get(
    '/api/questions/:id',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Get a question (bank id or your own)',
        tags,
        params: questionIdParamsSchema,
        response: { 200: questionSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => questions.get(request.params.id)),
  );

  app.post(
    '/api/questions',
    {
      schema: {
        summary: 'Add your own question or one captured from an interview',
        description:
          '`source` is own (default) or captured, and never changes. Only captured questions say where ' +
          'they were asked (`company`, `askedAt`, `round`, `interviewId`). Starts at version 1.',
        tags,
        body: questionCreateSchema,
        response: { 201: questionSchema, 400: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const question = await withApiErrors(() => questions.create(request.body));
      return reply.code(201).send(question);
    },
  );

  app.put(
    '/api/questions/:id',
    {
      schema: {
        summary: 'Update your own or a captured question',
        description:
          'Send `version` and any fields to change; omitted fields keep their values, null clears. ' +
          'A stale version is 409 with the current question; a bank question is 403 read_only.',
        tags,
        params: questionIdParamsSchema,
        body: questionUpdateBodySchema,
        response: {
          200: questionSchema,
          ...errors,
          403: errorResponseSchema,
          409: errorResponseSchema,
          413: errorResponseSchema,
        },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => questions.update(request.params.id, patch, version));
    },
  );

  app.delete(
    '/api/questions/:id',
    {
      schema: {
        summary: 'Delete your own or a captured question',
        description: 'Requires `?version=`; stale is 409 with the current question, a bank question 403.',
        tags,
        params: questionIdParamsSchema,
        querystring: questionDeleteQuerySchema,
        response: {
          204: z.null().describe('Deleted'),
          ...errors,
          403: errorResponseSchema,
          409: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => questions.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );
};
