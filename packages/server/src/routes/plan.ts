/**
 * /api/plan: the practice plan. Thin over the plan service: the settings record, the schedule
 * for a range, its entries as a resource (list, get, create, update, delete), and the same
 * schedule as an iCalendar feed at /api/plan.ics (a static path beside /api/plan/…; Fastify's
 * router tells them apart).
 */
import { z } from 'zod';
import { errorResponseSchema } from '../http/errors';
import { registerResourceRoutes } from '../http/resource-routes';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createPlanService } from '../services/plan';
import { createPlanCalendar } from '../services/plan-calendar';
import { INTERVIEW_CALENDAR_SOURCES } from '../services/plan-calendar-interviews';
import {
  planEntryCreateSchema,
  planEntryListQuerySchema,
  planEntryPageSchema,
  planEntrySchema,
  planEntryUpdateBodySchema,
  planRangeQuerySchema,
  planSettingsSchema,
  planSettingsUpdateBodySchema,
  planViewSchema,
} from '../services/plan-schema';

const tags = ['plan'];

export const planRoutes: RoutePlugin = async (app, { storage }) => {
  const plan = createPlanService(storage);
  const calendar = createPlanCalendar(storage, plan, { sources: INTERVIEW_CALENDAR_SOURCES });

  app.get(
    '/api/plan',
    {
      schema: {
        summary: 'The plan for a range',
        description:
          'Settings and every schedule entry from `from` to `to` (local dates in the plan zone, inclusive; ' +
          'default this week and the next), in start order: the weekly sessions, the monthly calibration ' +
          'and one-off entries, each with its done state.',
        tags,
        querystring: planRangeQuerySchema,
        response: { 200: planViewSchema, 400: errorResponseSchema },
      },
    },
    (request) => withApiErrors(() => plan.view(request.query)),
  );

  app.get(
    '/api/plan.ics',
    {
      schema: {
        summary: 'The plan as an iCalendar feed',
        description:
          'text/calendar: routine sessions, monthly calibrations, one-off entries, interviews, thank-you ' +
          'deadlines and recruiter follow-ups, with stable UIDs. Titles only, never notes or story text. ' +
          'Default range: four weeks back to half a year ahead.',
        tags,
        querystring: planRangeQuerySchema,
        response: {
          // Declared per content type so the OpenAPI document says text/calendar (errors stay JSON).
          200: {
            description: 'An iCalendar (RFC 5545) document',
            content: { 'text/calendar': { schema: z.string() } },
          },
          400: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const feed = await withApiErrors(() => calendar.feed(request.query));
      // A string payload with a content type of its own goes out as is (no JSON serialisation).
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="onsite.ics"')
        .send(feed);
    },
  );

  app.get(
    '/api/plan/settings',
    {
      schema: {
        summary: 'The plan settings',
        description: "Made from the framework's routine on first use, in the machine's time zone.",
        tags,
        response: { 200: planSettingsSchema },
      },
    },
    () => withApiErrors(() => plan.settings()),
  );

  app.put(
    '/api/plan/settings',
    {
      schema: {
        summary: 'Update the plan settings',
        description:
          'Send `version` (the one you loaded) and any settings to change. A stale version is 409 ' +
          'version_conflict with the current settings in `error.details.current`.',
        tags,
        body: planSettingsUpdateBodySchema,
        response: { 200: planSettingsSchema, 400: errorResponseSchema, 409: errorResponseSchema },
      },
    },
    (request) => {
      const { version, ...patch } = request.body;
      return withApiErrors(() => plan.updateSettings(patch, version));
    },
  );

  // Not SAME_DATA_SAME_ANSWER: the plan reads the clock (see response-cache.ts).
  registerResourceRoutes(app, {
    path: '/api/plan/entries',
    tags,
    schemas: {
      listQuery: planEntryListQuerySchema,
      page: planEntryPageSchema,
      item: planEntrySchema,
      create: planEntryCreateSchema,
      update: planEntryUpdateBodySchema,
    },
    // The service is closures over its storage (no `this`), so its methods can be handed over as they are.
    service: {
      list: plan.listEntries,
      get: plan.getEntry,
      create: plan.createEntry,
      update: plan.updateEntry,
      delete: plan.deleteEntry,
    },
    docs: {
      list: {
        summary: 'List schedule entries',
        description:
          'Entries of a range (as GET /api/plan) in start order, `limit` per page; pass `nextCursor` back ' +
          'as `cursor` with the same filters. Filter by `kind` and `status`; `q` matches words in titles and notes. ' +
          'A schedule pages by start: a one-off moved to another time between two page loads may be listed ' +
          'twice or not at all.',
      },
      get: {
        summary: 'Get a schedule entry',
        description:
          'Routine entry ids are `<kind>-<YYYY-MM-DD>` and stay the same however often the plan is read.',
      },
      create: {
        summary: 'Add a one-off entry',
        description: 'An entry of your own (a prep block, a call with a mentor); starts at version 1.',
      },
      update: {
        summary: 'Update a schedule entry',
        description:
          'Send `version` and `status` (pending, done, skipped) and/or `note`; a one-off also takes `title`, ' +
          "`start` and `durationMinutes` (a routine entry's come from the settings: 403 read_only). An untouched " +
          'routine entry is at version 1. A stale version is 409 with the current entry.',
        alsoAnswers: [403],
      },
      delete: {
        summary: 'Delete a one-off entry',
        description:
          'Requires `?version=`. Routine entries cannot be deleted (403 read_only): mark them skipped, or change ' +
          'the settings.',
        alsoAnswers: [403],
      },
    },
  });
};
