/** POST /api/analyze: core's analyzer over any text or STAR+ fields (nothing is stored). */
import { errorResponseSchema } from '../http/errors';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { analyzeAnswer, analyzeRequestSchema } from '../services/analysis';
import { createCompanyService } from '../services/company';
import { reportSchema } from '../services/report-schema';

export const analysisRoutes: RoutePlugin = async (app, { storage }) => {
  const companies = createCompanyService(storage);
  app.post(
    '/api/analyze',
    {
      schema: {
        summary: 'Analyse an answer',
        description:
          'Runs the offline analyzer on `text` or STAR+ `fields`. Input the analyzer cannot judge ' +
          '(empty answer, unknown level, company or interview type, bad duration) is 422 with its code. ' +
          '`company` names a built-in set or one of your custom sets (/api/companies).',
        tags: ['analysis'],
        body: analyzeRequestSchema,
        response: {
          200: reportSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    (request) => withApiErrors(() => analyzeAnswer(request.body, (id) => companies.customSet(id))),
  );
};
