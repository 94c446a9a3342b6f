/**
 * /api/companies: built-in principle sets (read-only) and custom ones, plus per-company prep notes
 * (`/api/companies/{id}/notes`), editable for every company. Thin over the company service.
 */
import { errorResponseSchema } from '../http/errors';
import { registerResourceRoutes } from '../http/resource-routes';
import { SAME_DATA_SAME_ANSWER } from '../http/response-cache';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createCompanyService } from '../services/company';
import {
  companyCreateSchema,
  companyIdParamsSchema,
  companyListQuerySchema,
  companyNotesSchema,
  companyNotesUpdateSchema,
  companyPageSchema,
  companySchema,
  companyUpdateBodySchema,
} from '../services/company-schema';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema } as const;
const tags = ['companies'];

export const companyRoutes: RoutePlugin = async (app, { storage }) => {
  const companies = createCompanyService(storage);

  registerResourceRoutes(app, {
    path: '/api/companies',
    tags,
    schemas: {
      listQuery: companyListQuerySchema,
      page: companyPageSchema,
      item: companySchema,
      create: companyCreateSchema,
      update: companyUpdateBodySchema,
    },
    service: companies,
    docs: {
      list: {
        summary: 'List company principle sets',
        description:
          'The built-in sets first (Amazon, Google, Meta, Microsoft, Apple, Netflix), then yours by id. ' +
          '`builtIn=true|false` keeps one kind; `q` matches every word (as a prefix) in the name, the ' +
          "principles' names and descriptions, or your notes on the company. Pass `nextCursor` back as `cursor`.",
        config: SAME_DATA_SAME_ANSWER,
      },
      get: { summary: 'Get a principle set', config: SAME_DATA_SAME_ANSWER },
      create: {
        summary: 'Create a custom principle set',
        description:
          'Checked by the same rules as any imported set: a set core refuses is 422 invalid_company with ' +
          'every problem in `error.details.errors` (`path`, stable `code` such as reserved_company_id or ' +
          'cue_not_lowercase, `message`). An id another custom set has is 409 company_exists.',
        alsoAnswers: [409, 422],
      },
      update: {
        summary: 'Update a custom principle set',
        description:
          'Send `version` and any of name, principles, tensions, interviewNotes; omitted parts keep their ' +
          'values and the id never changes. Stale version: 409 with the current set; a built-in set: 403 ' +
          'read_only; a set core refuses: 422 invalid_company.',
        alsoAnswers: [403, 422],
      },
      delete: {
        summary: 'Delete a custom principle set and its notes',
        description:
          'Requires `?version=`; stale is 409 with the current set, a built-in set 403 read_only. Interviews ' +
          'linked to the set keep their company name and lose the link (`companyId` null, a new version).',
        alsoAnswers: [403],
      },
    },
  });

  app.get(
    '/api/companies/:id/notes',
    {
      config: SAME_DATA_SAME_ANSWER,
      schema: {
        summary: 'Your prep notes on a company (built-in or custom)',
        description: 'Notes, recent-news notes and clarifying questions to ask. Version 0 means never saved.',
        tags,
        params: companyIdParamsSchema,
        response: { 200: companyNotesSchema, ...errors },
      },
    },
    (request) => withApiErrors(() => companies.notes(request.params.id)),
  );

  app.put(
    '/api/companies/:id/notes',
    {
      schema: {
        summary: 'Save your prep notes on a company',
        description:
          'Send the `version` you loaded (0 for the first save) and any of notes, news, questionsToAsk; ' +
          'omitted parts keep their values, a sent list replaces the old one. News `sourceUrl` must be ' +
          'http(s). A stale version is 409 with the current notes.',
        tags,
        params: companyIdParamsSchema,
        body: companyNotesUpdateSchema,
        response: { 200: companyNotesSchema, ...errors, 409: errorResponseSchema, 413: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => companies.updateNotes(request.params.id, request.body)),
  );
};
