/**
 * Every route module the app registers, in order. A new noun adds its `<noun>Routes` to NOUNS
 * (and nothing else here): `app.ts` registers each with `{ config, storage }`.
 */
import type { RoutePlugin } from '../http/route';
import { analysisRoutes } from './analysis';
import { assessmentRoutes } from './assessment';
import { companyRoutes } from './company';
import { dashboardRoutes } from './dashboard';
import { exportRoutes } from './export';
import { healthRoutes } from './health';
import { homeRoutes } from './home';
import { interviewRoutes } from './interview';
import { openapiRoutes } from './openapi';
import { planRoutes } from './plan';
import { portfolioRoutes } from './portfolio';
import { practiceRoutes } from './practice';
import { questionRoutes } from './question';
import { storyRoutes } from './story';

/** The feature nouns: /api/<noun> and /api/<noun>/{id}. */
const NOUNS: RoutePlugin[] = [
  storyRoutes,
  analysisRoutes,
  planRoutes,
  questionRoutes,
  interviewRoutes,
  portfolioRoutes,
  exportRoutes,
  assessmentRoutes,
  practiceRoutes,
  companyRoutes,
  dashboardRoutes,
];

export const routes: RoutePlugin[] = [healthRoutes, openapiRoutes, homeRoutes, ...NOUNS];
