/**
 * What every route module is: a Fastify plugin typed for Zod schemas, given the app's
 * dependencies. Routes stay thin: validate with Zod, call one service method, shape the answer.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Storage } from '../db/storage';

export interface RouteDeps {
  config: Config;
  storage: Storage;
}

/**
 * A route module, e.g.
 *   export const storyRoutes: RoutePlugin = async (app, { storage }) => {
 *     app.get('/api/stories', { schema: { querystring, response: { 200: list } } }, (req) => …);
 *   };
 */
export type RoutePlugin = FastifyPluginAsyncZod<RouteDeps>;
