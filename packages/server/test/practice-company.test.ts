/** A practice session at a custom company: its answers are analysed against that stored set. */
import { beforeAll, expect, it } from 'vitest';
import { createCompanyService } from '../src/services/company';
import { createPracticeService, type PracticeService } from '../src/services/practice';
import { customSet } from './company-api';
import { forEachDatabase } from './databases';

const ANSWER =
  'Our release train was monthly. I owned moving the team to weekly releases. I shipped the first weekly ' +
  'release in March and set up on-call rotations so the pager load stayed fair. Incidents fell 30% and ' +
  'we shipped twice as often. I learned that iteration speed depends on operational ownership.';

forEachDatabase('practice at a custom company', (getStorage) => {
  let practice: PracticeService;
  beforeAll(async () => {
    await createCompanyService(getStorage()).create(customSet('acme-practice'));
    practice = createPracticeService(getStorage());
  });

  const principlesOf = async (company: string | null) => {
    const session = await practice.create({
      title: 'Mock at Acme',
      type: 'behavioral',
      company,
      rounds: [{ answers: [{ transcript: ANSWER }] }],
    });
    const analysis = session.rounds[0]?.answers[0]?.analysis;
    return {
      session,
      ids: (analysis?.principles ?? []).map((p) => p.id),
      company: analysis?.options.company,
    };
  };

  it("finds the custom set's principles in the transcript, as POST /api/analyze does", async () => {
    const { ids, company } = await principlesOf('acme-practice');
    expect(company).toBe('acme-practice');
    expect(ids).toContain('acme-practice.ship-weekly');
  });

  it('analyses without principles for a company that is neither built in nor stored', async () => {
    const { ids, company } = await principlesOf('nobody-knows-them');
    expect(company ?? null).toBeNull();
    expect(ids).toEqual([]);
  });

  it('re-analyses when the session moves to another company', async () => {
    const { session } = await principlesOf(null);
    const moved = await practice.update(session.id, { company: 'acme-practice' }, session.version);
    const ids = (moved.rounds[0]?.answers[0]?.analysis?.principles ?? []).map((p) => p.id);
    expect(ids).toContain('acme-practice.ship-weekly');
  });
});
