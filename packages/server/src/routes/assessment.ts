/**
 * /api/assessments: self-assessment runs, thin over the assessment service, plus the
 * questionnaire at /api/assessments/form. Writes carry the version they edit (PUT body, DELETE
 * ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { errorResponseSchema } from '../http/errors';
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createAssessmentService } from '../services/assessment';
import {
  assessmentCreateSchema,
  assessmentFormQuerySchema,
  assessmentFormSchema,
  assessmentListQuerySchema,
  assessmentPageSchema,
  assessmentSchema,
  assessmentUpdateBodySchema,
} from '../services/assessment-schema';

const tags = ['assessments'];

export const assessmentRoutes: RoutePlugin = async (app, { storage }) => {
  const assessments = createAssessmentService(storage);

  // Before the standard routes, so the OpenAPI document keeps listing it first.
  app.get(
    '/api/assessments/form',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'The self-assessment questionnaire',
        description:
          'Categories (with weights), their competencies (with weights), the rating scale, the readiness bands, ' +
          "and each category's minimum and expected rating at `level`. Read-only.",
        tags,
        querystring: assessmentFormQuerySchema,
        response: { 200: assessmentFormSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => assessments.form(request.query.level)),
  );

  registerResourceRoutes(app, {
    path: '/api/assessments',
    tags,
    schemas: {
      listQuery: assessmentListQuerySchema,
      page: assessmentPageSchema,
      item: assessmentSchema,
      create: assessmentCreateSchema,
      update: assessmentUpdateBodySchema,
    },
    service: assessments,
    docs: {
      list: {
        summary: 'List self-assessment runs',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor`. Filters: target ' +
          '`level`, `from` (inclusive) and `to` (exclusive) on when the run was taken; `q` searches the notes.',
        config: SAME_DATA_SAME_ANSWER,
      },
      get: { summary: 'Get a self-assessment run', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Record a self-assessment run',
        description:
          'Ratings 1–5 keyed by competency id (see /api/assessments/form); any subset is a valid draft. ' +
          'The result (score, readiness, gaps, calibration) is computed on every save.',
      },
      update: {
        summary: 'Update a self-assessment run',
        description:
          'Send `version` and the fields to change; `answers`, when sent, replace the stored answers whole. ' +
          'A stale version is 409 version_conflict with the current run in `error.details.current`.',
      },
      delete: {
        summary: 'Delete a self-assessment run',
        description: 'Requires `?version=`; a stale version is 409 with the current run.',
      },
    },
  });
};
