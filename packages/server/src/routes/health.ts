/** GET /api/health → 200 {"status":"ok"} once the database answers (DESIGN.md contract). */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import type { RoutePlugin } from '../http/route';
import { checkHealth } from '../services/health';

const healthSchema = z.object({ status: z.literal('ok') });

export const healthRoutes: RoutePlugin = async (app, { storage }) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server up and its database answering?',
        tags: ['health'],
        response: { 200: healthSchema, 503: errorResponseSchema },
      },
    },
    () => checkHealth(storage),
  );
};
