/**
 * The export format: one versioned JSON document, one array per section (export-sections.ts).
 *
 *   { "format": "onsite-export", "formatVersion": 1, "exportedAt": "…Z", "app": { "version": "0.1.0" },
 *     "stories": [ …whole stories… ], "storyVersions": [ …past versions… ], …one array per noun }
 *
 * Records are complete (ids, versions, timestamps, stored analyses), so importing a file into an
 * empty instance and exporting again gives the same document apart from `exportedAt`.
 * `formatVersion` changes only when an older Onsite could no longer read the file correctly.
 */
import { z } from 'zod';
// Imported, not read next to this file: `npm start` runs a bundle in node_modules/.cache, where a
// path relative to the source no longer leads to package.json (GET /api/export was a 500 there).
import manifest from '../../package.json' with { type: 'json' };
import { EXPORT_SECTIONS } from './export-sections';
import { exportedInstantSchema } from './export-sections/section';

export const EXPORT_FORMAT = 'onsite-export';
export const EXPORT_FORMAT_VERSION = 1;

/** What every export starts with, before the sections. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  app: { version: string };
}

/** A whole export: the header plus one array of records per section name. */
export type ExportDocument = ExportHeader & Record<string, unknown>;

export const exportHeaderSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: exportedInstantSchema,
  app: z.strictObject({ version: z.string().max(50) }),
});

/** The whole document as a schema: for OpenAPI (GET /api/export) and for tests. */
export const exportDocumentSchema = exportHeaderSchema
  .extend(Object.fromEntries(EXPORT_SECTIONS.map((section) => [section.name, z.array(section.record)])))
  .meta({ id: 'OnsiteExport' });

/**
 * POST /api/import's body as the route declares it: the header's shape with the sections as
 * arrays of anything. The import service validates every record itself, so a bad record is
 * reported by section, index and id rather than as one schema failure.
 */
export const importBodySchema = z.looseObject({
  format: z.literal(EXPORT_FORMAT).describe('Always "onsite-export"'),
  formatVersion: z
    .number()
    .int()
    .describe(`${EXPORT_FORMAT_VERSION} today; other versions are refused with 422`),
  ...Object.fromEntries(
    EXPORT_SECTIONS.map((section) => [section.name, z.array(z.unknown()).max(1_000_000).optional()]),
  ),
});

/** The server package's version, written into every export's `app.version`. */
export function currentAppVersion(): string {
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
