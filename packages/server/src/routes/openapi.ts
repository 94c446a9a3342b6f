/** GET /api/openapi.json: the OpenAPI 3 document of every route, built by @fastify/swagger. */
import type { RoutePlugin } from '../http/route';

export const openapiRoutes: RoutePlugin = async (app) => {
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
};
