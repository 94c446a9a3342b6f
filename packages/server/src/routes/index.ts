/**
 * Every route module the app registers, in order. A new noun adds its `<noun>Routes` to NOUNS
 * (and nothing else here): `app.ts` registers each with `{ config, storage }`.
 */
import type { RoutePlugin } from '../http/route';
import { healthRoutes } from './health';
import { homeRoutes } from './home';
import { openapiRoutes } from './openapi';

/** The feature nouns: /api/<noun> and /api/<noun>/{id}. */
const NOUNS: RoutePlugin[] = [
  // storyRoutes,
];

export const routes: RoutePlugin[] = [healthRoutes, openapiRoutes, homeRoutes, ...NOUNS];
