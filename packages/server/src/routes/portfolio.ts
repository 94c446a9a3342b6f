/**
 * /api/portfolio: read-only views computed by core over every story: the matrix (coverage,
 * gaps, overuse, progress) and the matcher (best stories for a question, with reasons).
 */
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createPortfolioService } from '../services/portfolio';
import { matchQuerySchema, matchSchema, matrixQuerySchema, matrixSchema } from '../services/portfolio-schema';

const errors = { 400: errorResponseSchema, 422: errorResponseSchema } as const;
const tags = ['portfolio'];

export const portfolioRoutes: RoutePlugin = async (app, { storage }) => {
  const portfolio = createPortfolioService(storage);

  app.get(
    '/api/portfolio/matrix',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'The story matrix',
        description:
          'Every story against the 14 competencies (and, with `company`, that company’s principles): a 0–3 ' +
          'strength per cell with the reasons for it; the gaps (nothing at 2 or more, categories under quota), ' +
          'overused stories, progress to the 20–30 story target and portfolio red flags. An unknown company is 422 invalid_reference.',
        tags,
        querystring: matrixQuerySchema,
        response: { 200: matrixSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => portfolio.matrix(request.query)),
  );

  app.get(
    '/api/portfolio/match',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Best stories for a question',
        description:
          '`question` is a question-bank id, a stored question id, or the question as text. Stories are ranked by a score out of 100 ' +
          '(relevance to the competencies and principles asked, analysis quality, level fit, freshness), each ' +
          'with its reasons; `uncovered` lists competencies no story shows. An unknown question id or company is 422.',
        tags,
        querystring: matchQuerySchema,
        response: { 200: matchSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => portfolio.match(request.query)),
  );
};
