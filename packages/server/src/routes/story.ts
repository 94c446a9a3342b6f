/**
 * /api/stories: thin over the story service. Writes carry the version they edit (PUT in the
 * body, DELETE as ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { errorResponseSchema } from '../http/errors';
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createStoryService } from '../services/story';
import {
  storyCreateSchema,
  storyHistorySchema,
  storyIdParamsSchema,
  storyListQuerySchema,
  storyPageSchema,
  storySchema,
  storyUpdateBodySchema,
} from '../services/story-schema';

const tags = ['stories'];

export const storyRoutes: RoutePlugin = async (app, { storage }) => {
  const stories = createStoryService(storage);

  registerResourceRoutes(app, {
    path: '/api/stories',
    tags,
    schemas: {
      listQuery: storyListQuerySchema,
      page: storyPageSchema,
      item: storySchema,
      create: storyCreateSchema,
      update: storyUpdateBodySchema,
    },
    service: stories,
    docs: {
      list: {
        summary: 'List stories',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor` for the next page. ' +
          '`q` matches every word (as a prefix) in the title or any text field.',
        config: SAME_DATA_SAME_ANSWER,
      },
      get: { summary: 'Get a story', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Create a story',
        description: 'Starts at version 1, analysed on its STAR+ fields at its target level.',
      },
      update: {
        summary: 'Update a story',
        description:
          'Send `version` (the one you loaded) and any fields to change; omitted fields keep their values. ' +
          'A stale version is 409 version_conflict with the current story in `error.details.current`.',
      },
      delete: {
        summary: 'Delete a story and its history',
        description:
          'Requires `?version=` (the one you loaded); a stale version is 409 with the current story.',
      },
    },
  });

  app.get(
    '/api/stories/:id/versions',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: "A story's past versions",
        description: 'Every version an update replaced, newest first, each exactly as it was stored.',
        tags,
        params: storyIdParamsSchema,
        response: { 200: storyHistorySchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => ({ items: await withApiErrors(() => stories.history(request.params.id)) }),
  );
};
