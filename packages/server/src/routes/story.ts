/**
 * /api/stories: thin over the story service. Writes carry the version they edit (PUT in the
 * body, DELETE as ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createStoryService } from '../services/story';
import {
  storyCreateSchema,
  storyDeleteQuerySchema,
  storyHistorySchema,
  storyIdParamsSchema,
  storyListQuerySchema,
  storyPageSchema,
  storySchema,
  storyUpdateBodySchema,
} from '../services/story-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['stories'];

export const storyRoutes: RoutePlugin = async (app, { storage }) => {
  const stories = createStoryService(storage);

  app.get(
    '/api/stories',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'List stories',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor` for the next page. ' +
          '`q` matches every word (as a prefix) in the title or any text field.',
        tags,
        querystring: storyListQuerySchema,
        response: { 200: storyPageSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => stories.list(request.query)),
  );

  app.get(
    '/api/stories/:id',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Get a story',
        tags,
        params: storyIdParamsSchema,
        response: { 200: storySchema, ...errors },
      },
    },
    (request) => withApiErrors(() => stories.get(request.params.id)),
  );

  app.post(
    '/api/stories',
    {
      schema: {
        summary: 'Create a story',
        description: 'Starts at version 1, analysed on its STAR+ fields at its target level.',
        tags,
        body: storyCreateSchema,
        response: { 201: storySchema, 400: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const story = await withApiErrors(() => stories.create(request.body));
      return reply.code(201).send(story);
    },
  );

  app.put(
    '/api/stories/:id',
    {
      schema: {
        summary: 'Update a story',
        description:
          'Send `version` (the one you loaded) and any fields to change; omitted fields keep their values. ' +
          'A stale version is 409 version_conflict with the current story in `error.details.current`.',
        tags,
        params: storyIdParamsSchema,
        body: storyUpdateBodySchema,
        response: { 200: storySchema, ...errors, 409: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => stories.update(request.params.id, patch, version));
    },
  );

  app.delete(
    '/api/stories/:id',
    {
      schema: {
        summary: 'Delete a story and its history',
        description:
          'Requires `?version=` (the one you loaded); a stale version is 409 with the current story.',
        tags,
        params: storyIdParamsSchema,
        querystring: storyDeleteQuerySchema,
        response: { 204: z.null().describe('Deleted'), ...errors, 409: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => stories.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/stories/:id/versions',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: "A story's past versions",
        description: 'Every version an update replaced, newest first, each exactly as it was stored.',
        tags,
        params: storyIdParamsSchema,
        response: { 200: storyHistorySchema, ...errors },
      },
    },
    async (request) => ({ items: await withApiErrors(() => stories.history(request.params.id)) }),
  );
};
