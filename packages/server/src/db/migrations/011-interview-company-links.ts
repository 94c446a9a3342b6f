import { BUILT_IN_COMPANY_IDS } from '@onsite/core';
import type { Migration } from './types';

/**
 * Deleting a custom company used to leave the interviews that named it pointing at nothing. Such
 * an interview could not be saved with that companyId, and an export holding it could not be
 * imported (import checks the link as the service does). Deleting a company now unlinks them;
 * this unlinks the ones left by earlier deletes, as the same edit (version and updated_at move on).
 */
export const migration: Migration = {
  id: '011-interview-company-links',
  async up(db) {
    const at = new Date().toISOString();
    await db
      .updateTable('interviews')
      .set((eb) => ({ company_id: null, version: eb('version', '+', 1), updated_at: at }))
      .where('company_id', 'is not', null)
      .where('company_id', 'not in', [...BUILT_IN_COMPANY_IDS])
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('companies')
              .select('companies.id')
              .whereRef('companies.id', '=', 'interviews.company_id'),
          ),
        ),
      )
      .execute();
  },
};
