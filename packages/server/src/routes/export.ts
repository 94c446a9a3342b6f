/**
 * GET /api/export and POST /api/import: thin over the export and import services the CLI uses
 * too. Markdown export (a folder of .md files) is a CLI feature (`onsite export --format
 * markdown DIR`): no zip library is installed, and a folder is what Obsidian opens.
 */
import type { FastifyTypeProviderDefault } from 'fastify';
import { z } from 'zod';
import { ApiError, errorResponseSchema } from '../http/errors';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { exportJson } from '../services/export';
import { exportDocumentSchema, importBodySchema } from '../services/export-schema';
import { ImportError, importDocument } from '../services/import';

/**
 * The largest import body: 64 MiB holds thousands of stories with their analyses and history.
 * The app-wide limit (ONSITE_BODY_LIMIT) still applies when it is larger.
 */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const tags = ['export'];

const exportQuerySchema = z.strictObject({
  format: z
    .enum(['json'])
    .default('json')
    .describe('Only json over HTTP; Markdown folders come from `onsite export`'),
});

const importQuerySchema = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe('Validate and count only; write nothing'),
  mode: z
    .enum(['keep', 'replace'])
    .default('keep')
    .describe('A stored record whose content differs from the file: keep it (a conflict) or replace it'),
});

const countsSchema = z.object({
  created: z.number().int(),
  unchanged: z.number().int(),
  replaced: z.number().int(),
  conflicts: z.number().int(),
});

const importReportSchema = z.object({
  dryRun: z.boolean(),
  mode: z.enum(['keep', 'replace']),
  sections: z.record(z.string(), countsSchema),
  totals: countsSchema,
  conflicts: z.array(z.object({ section: z.string(), id: z.string() })),
});

/** Import failures are 422: the JSON was well formed, its content cannot be imported. */
function importErrors(error: unknown): unknown {
  if (error instanceof ImportError) return new ApiError(422, error.code, error.message, error.details);
  return error;
}

export const exportRoutes: RoutePlugin = async (app, { config, storage }) => {
  // The default type provider for this route only: the body is sent as a prepared Buffer, which
  // Fastify passes through unserialised, while OpenAPI still shows the document's schema.
  app.withTypeProvider<FastifyTypeProviderDefault>().get(
    '/api/export',
    {
      schema: {
        summary: 'Export everything',
        description:
          'One versioned JSON document with every record (stories with their analyses, history, …), ' +
          'sent as an attachment. Importing it into an empty instance restores the same data.',
        tags,
        querystring: exportQuerySchema,
        response: { 200: exportDocumentSchema, 400: errorResponseSchema },
      },
    },
    async (_request, reply) => {
      const now = new Date();
      const text = await withApiErrors(() => exportJson(storage, { now: () => now }));
      const stamp = now.toISOString().replace(/[:.]/g, '-');
      // Sent as bytes, not re-validated on the way out: the records were validated when written,
      // and an export must never fail because of how an older version stored something.
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="onsite-export-${stamp}.json"`)
        .send(Buffer.from(text, 'utf8'));
    },
  );

  app.post(
    '/api/import',
    {
      bodyLimit: Math.max(config.bodyLimit, IMPORT_BODY_LIMIT),
      schema: {
        summary: 'Import an export',
        description:
          'Validates every record before writing any; any invalid record is 422 `invalid_records` with ' +
          '`details.errors` (section, index, id, path, message) and nothing is written. Then writes in one ' +
          'transaction: new records are created, identical ones are unchanged (importing twice changes ' +
          'nothing), and a stored record with different content is a conflict left as stored (`mode=keep`) ' +
          'or overwritten (`mode=replace`). Records not in the file are never deleted, except that replacing a ' +
          'story with an older version of itself drops its stored history from that version on. ' +
          `Bodies over ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB are 413; import larger exports with \`onsite import\`.`,
        tags,
        querystring: importQuerySchema,
        body: importBodySchema,
        response: {
          200: importReportSchema,
          400: errorResponseSchema,
          413: errorResponseSchema,
          422: errorResponseSchema,
        },
      },
    },
    (request) =>
      withApiErrors(async () => {
        try {
          return await importDocument(storage, request.body, request.query);
        } catch (error) {
          throw importErrors(error);
        }
      }),
  );
};
