/**
 * /api/assessments: self-assessment runs, thin over the assessment service, plus the
 * questionnaire at /api/assessments/form. Writes carry the version they edit (PUT body, DELETE
 * ?version=); a stale one is 409 version_conflict with `details.current`.
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createAssessmentService } from '../services/assessment';
import {
  assessmentCreateSchema,
  assessmentDeleteQuerySchema,
  assessmentFormQuerySchema,
  assessmentFormSchema,
  assessmentIdParamsSchema,
  assessmentListQuerySchema,
  assessmentPageSchema,
  assessmentSchema,
  assessmentUpdateBodySchema,
} from '../services/assessment-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['assessments'];

export const assessmentRoutes: RoutePlugin = async (app, { storage }) => {
  const assessments = createAssessmentService(storage);

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

  app.get(
    '/api/assessments',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'List self-assessment runs',
        description:
          'Newest first (by creation), `limit` per page; pass `nextCursor` back as `cursor`. Filters: target ' +
          '`level`, `from` (inclusive) and `to` (exclusive) on when the run was taken; `q` searches the notes.',
        tags,
        querystring: assessmentListQuerySchema,
        response: { 200: assessmentPageSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => assessments.list(request.query)),
  );

  app.get(
    '/api/assessments/:id',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Get a self-assessment run',
        tags,
        params: assessmentIdParamsSchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => assessments.get(request.params.id)),
  );

  app.post(
    '/api/assessments',
    {
      schema: {
        summary: 'Record a self-assessment run',
        description:
          'Ratings 1–5 keyed by competency id (see /api/assessments/form); any subset is a valid draft. ' +
          'The result (score, readiness, gaps, calibration) is computed on every save.',
        tags,
        body: assessmentCreateSchema,
        response: { 201: assessmentSchema, 400: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const assessment = await withApiErrors(() => assessments.create(request.body));
      return reply.code(201).send(assessment);
    },
  );

  app.put(
    '/api/assessments/:id',
    {
      schema: {
        summary: 'Update a self-assessment run',
        description:
          'Send `version` and the fields to change; `answers`, when sent, replace the stored answers whole. ' +
          'A stale version is 409 version_conflict with the current run in `error.details.current`.',
        tags,
        params: assessmentIdParamsSchema,
        body: assessmentUpdateBodySchema,
        response: { 200: assessmentSchema, ...errors, 409: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => assessments.update(request.params.id, patch, version));
    },
  );

  app.delete(
    '/api/assessments/:id',
    {
      schema: {
        summary: 'Delete a self-assessment run',
        description: 'Requires `?version=`; a stale version is 409 with the current run.',
        tags,
        params: assessmentIdParamsSchema,
        querystring: assessmentDeleteQuerySchema,
        response: { 204: z.null().describe('Deleted'), ...errors, 409: errorResponseSchema },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => assessments.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );
};
