/**
 * Custom companies and per-company notes in an export: stored rows (rows.ts). A company must
 * still be a set core accepts; notes must read back as the API serves them, about a company
 * that exists. Search text is recomputed from what it indexes.
 */
import { BUILT_IN_COMPANY_IDS, parseCustomCompany } from '@onsite/core';
import type { z } from 'zod';
import { companyToRow, notesToRow, rowToCompany, rowToNotes } from '../../db/repositories/company';
import { companyNotesSchema } from '../company-schema';
import { rowSection, untyped } from './rows';

/**
 * A custom company row must still be a set core accepts, under its own id: an edited export can
 * neither smuggle in a set core would refuse nor shadow a built-in company (core refuses those ids).
 */
function companyRules(record: Record<string, unknown>, ctx: z.RefinementCtx): void {
  let definition: unknown;
  try {
    definition = JSON.parse(String(record.definition));
  } catch {
    ctx.addIssue({ code: 'custom', path: ['definition'], message: 'definition is not JSON' });
    return;
  }
  const parsed = parseCustomCompany(definition);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      ctx.addIssue({ code: 'custom', path: ['definition'], message: `${error.code}: ${error.message}` });
    }
    return;
  }
  if (parsed.company.id !== record.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `id must be the set's own id (${parsed.company.id})`,
    });
  }
}

const readCompany = untyped(rowToCompany);
const readNotes = untyped(rowToNotes);
/** A built-in company lives in core, not in any section: a reference to it needs no record. */
export const isBuiltInCompanyId = (id: string) => (BUILT_IN_COMPANY_IDS as readonly string[]).includes(id);

export const companySection = rowSection({
  name: 'companies',
  table: 'companies',
  key: ['id'],
  rules: companyRules,
  // Search text is invisible and only follows the principles: recomputed rather than checked,
  // so a file edited by hand needs no second edit to stay findable.
  derived: { fromRow: (row) => ({ principles_text: companyToRow(readCompany(row)).principles_text }) },
  columns: {
    id: 'id',
    name: 'text',
    definition: 'text',
    principles_text: 'text',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});

export const companyNotesSection = rowSection({
  name: 'companyNotes',
  table: 'company_notes',
  key: ['id'],
  servedAs: {
    read: readNotes,
    schema: companyNotesSchema,
    jsonColumns: ['news', 'questions_to_ask'],
    renamed: { companyId: 'id' },
  },
  // Notes are served only for a company that exists (else 404): a built-in one, or a custom
  // one in the file or stored.
  references: [{ column: 'id', section: 'companies', unless: isBuiltInCompanyId }],
  // Recomputed, as for a company's principles: search text is what the notes say, nothing else.
  derived: {
    fromRow: (row) => {
      const notes = readNotes(row);
      return { search_text: notesToRow({ ...notes, updatedAt: String(row.updated_at) }).search_text };
    },
  },
  columns: {
    id: 'id',
    notes: 'text',
    news: 'text',
    questions_to_ask: 'text',
    search_text: 'text',
    version: 'version',
    updated_at: 'instant',
  },
});
