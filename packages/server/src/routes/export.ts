/**
 * GET /api/export and POST /api/import: thin over the export and import services the CLI uses
 * too. JSON travels as one document; the Markdown export (a folder of .md files for the CLI)
 * travels as one .zip of that folder, both ways.
 */
import type { FastifyRequest, FastifyTypeProviderDefault } from 'fastify';
import { z } from 'zod';
import { ApiError, errorResponseSchema } from '../http/errors';
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { exportJson } from '../services/export';
import { exportDocumentSchema, importBodySchema } from '../services/export-schema';
import { ImportError, importDocument } from '../services/import';
import { markdownExportZip } from '../services/markdown-export';
import { type MarkdownSource, readMarkdownZip } from '../services/markdown-import';

/**
 * The largest import body: 64 MiB holds thousands of stories with their analyses and history.
 * The app-wide limit (ONSITE_BODY_LIMIT) still applies when it is larger.
 */
export const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const tags = ['export'];

const exportQuerySchema = z.strictObject({
  format: z
    .enum(['json', 'markdown'])
    .default('json')
    .describe(
      'json: one document. markdown: a .zip of the Markdown folder (one .md per story with YAML ' +
        'frontmatter, plus onsite-data.json), the same files `onsite export --format markdown` writes',
    ),
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

const ZIP = 'application/zip';

export const exportRoutes: RoutePlugin = async (app, { config, storage }) => {
  // A Markdown export comes back as the .zip GET /api/export sent. Only these routes take it (this
  // plugin's own parser). A cross-site page cannot send it: it is not a type a form or a simple
  // request may carry, and every POST passes the same-origin check first.
  app.addContentTypeParser(ZIP, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  /** What a zip body held, for naming its files in errors; set before the body is validated. */
  const markdownSources = new WeakMap<FastifyRequest, MarkdownSource>();

  // The default type provider for this route only: the body is sent as a prepared Buffer, which
  // Fastify passes through unserialised, while OpenAPI still shows the document's schema.
  app.withTypeProvider<FastifyTypeProviderDefault>().get<{ Querystring: z.output<typeof exportQuerySchema> }>(
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
    async (request, reply) => {
      const now = new Date();
      if (request.query.format === 'markdown') {
        const archive = await withApiErrors(() => markdownExportZip(storage, { now: () => now }));
        return reply
          .type(ZIP)
          .header('content-disposition', `attachment; filename="${archive.folder}.zip"`)
          .send(Buffer.from(archive.zip.buffer, archive.zip.byteOffset, archive.zip.byteLength));
      }
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
      // A zip becomes the export document it holds before the body schema checks it, so both
      // formats pass the same validation and the same import.
      preValidation: async (request) => {
        if (!Buffer.isBuffer(request.body)) return;
        try {
          const source = readMarkdownZip(request.body);
          markdownSources.set(request, source);
          // Checked by the body schema next, like any JSON body.
          request.body = source.document as typeof request.body;
        } catch (error) {
          throw importErrors(error);
        }
      },
      schema: {
        summary: 'Import an export',
        description:
          'Validates every record before writing any; any invalid record is 422 `invalid_records` with ' +
          '`details.errors` (section, index, id, path, message) and nothing is written. Then writes in one ' +
          'transaction: new records are created, identical ones are unchanged (importing twice changes ' +
          'nothing), and a stored record with different content is a conflict left as stored (`mode=keep`) ' +
          'or overwritten (`mode=replace`). Records not in the file are never deleted, except that replacing a ' +
          'story with an older version of itself drops its stored history from that version on. ' +
          `Bodies over ${IMPORT_BODY_LIMIT / 1024 / 1024} MiB are 413; import larger exports with \`onsite import\`. ` +
          `A Markdown export is sent as the .zip \`GET /api/export?format=markdown\` gives, with Content-Type ${ZIP} ` +
          '(the files at its top or in one folder); errors then name the file (`details.errors[].file`), and an ' +
          'archive that is not a zip, or unpacks to too much, is 422 `not_an_export`.',
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
        const markdown = markdownSources.get(request);
        const options = markdown
          ? { ...request.query, sourceOf: markdown.sourceOf, sourceErrors: markdown.errors }
          : request.query;
        try {
          return await importDocument(storage, request.body, options);
        } catch (error) {
          throw importErrors(error);
        }
      }),
  );
};
