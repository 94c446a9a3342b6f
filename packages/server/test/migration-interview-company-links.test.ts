/**
 * Migration 011: interviews left linked to a custom company deleted before deletes unlinked them
 * lose the link (as an edit: new version and updated_at), so their export imports; every other
 * link stays as it was. SQLite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { MIGRATIONS } from '../src/db/migrations';
import { createCompanyService } from '../src/services/company';
import { exportDocument } from '../src/services/export';
import { importDocument } from '../src/services/import';
import { createInterviewService } from '../src/services/interview';
import type { InterviewCreateInput } from '../src/services/interview-schema';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';
import { FULL_INTERVIEW } from './interview-api';

const BEFORE = MIGRATIONS.filter((migration) => migration.id < '011-interview-company-links');

forEachDatabase('migration 011-interview-company-links', (_getStorage, database) => {
  it('unlinks interviews from companies that no longer exist, and only those', async () => {
    const storage = await database.fresh();
    await migrate(storage, { migrations: BEFORE });
    const companies = createCompanyService(storage);
    await companies.create(customSet('acme-kept'));
    await companies.create(customSet('acme-gone'));
    const interviews = createInterviewService(storage);
    const make = (companyId: string | null) =>
      interviews.create({ ...FULL_INTERVIEW, companyId } as InterviewCreateInput);
    const kept = await make('acme-kept');
    const gone = await make('acme-gone');
    const builtIn = await make('google');
    const none = await make(null);
    // How a delete left it before this change: the company row gone, the link still there.
    await storage.db.deleteFrom('companies').where('id', '=', 'acme-gone').execute();

    const result = await migrate(storage);
    expect(result.applied).toContain('011-interview-company-links');

    expect(await interviews.get(gone.id)).toMatchObject({ companyId: null, version: gone.version + 1 });
    expect((await interviews.get(gone.id)).updatedAt > gone.updatedAt).toBe(true);
    for (const untouched of [kept, builtIn, none]) {
      expect(await interviews.get(untouched.id)).toEqual(untouched);
    }
    // The export now imports: no link points at nothing.
    const target = await database.fresh();
    await migrate(target);
    await importDocument(target, JSON.parse(JSON.stringify(await exportDocument(storage))));
    expect((await exportDocument(target)).interviews).toHaveLength(4);
  });
});
