/**
 * POST /api/import refuses a row the app could not serve, for every row section beside questions
 * and plan entries (export-api.test.ts has those): each corruption is a 422 naming section, index,
 * id and field, and writes nothing. A good file, even one whose derived columns were edited,
 * imports with those columns recomputed and every route answering 200. SQLite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { forEachDatabase } from './databases';
import { FIRST_COMPETENCY, seedEveryNoun } from './every-noun';
import { exportPair } from './export-fixtures';
import { type Corruption, type Exported, expectEachRefused } from './import-refusals';

/** Every GET route that reads the row nouns, for the ids `seedEveryNoun` made. */
function routesOf(ids: Awaited<ReturnType<typeof seedEveryNoun>>): string[] {
  return [
    '/api/companies/amazon/notes',
    '/api/companies?q=reorganised',
    '/api/practice',
    `/api/practice/${ids.session}`,
    '/api/practice?q=latency',
    '/api/assessments',
    `/api/assessments/${ids.assessment}`,
    '/api/interviews',
    `/api/interviews/${ids.interview}`,
    '/api/interviews?company=amazon',
    '/api/plan/settings',
    '/api/plan?from=2026-03-01&to=2026-03-31',
    '/api/plan.ics',
    '/api/dashboard',
    '/api/portfolio/matrix',
    '/api/export',
  ];
}

/**
 * Per section, what import must refuse: edits of the first exported record, each with the file
 * fields (dotted paths) its errors must name, in order. One pass names every problem of a record.
 */
const REFUSALS: [section: string, what: string, corruptions: Corruption[]][] = [
  [
    'companyNotes',
    'news or questions the API could not serve, or notes on no company',
    [
      [{ news: 'Reorganised' }, 'news'],
      [
        { news: '[{"date": "2026-01-05"}]', questionsToAsk: '{}' },
        'news.0.text',
        'news.0.sourceUrl',
        'questionsToAsk',
      ],
      [{ version: 0 }, 'version'],
      // Notes are served only for a company that exists.
      [{ id: 'no-such-company' }, 'id'],
    ],
  ],
  [
    'practiceSessions',
    'a bad type, level, start or rounds',
    [
      [{ type: 'bogus' }, 'type'],
      [{ targetLevel: 'L99', startedAt: 'last tuesday' }, 'startedAt', 'targetLevel'],
      [{ rounds: '[{"name": 1}' }, 'rounds'],
      [{ rounds: '[{"name": 1, "type": null}]' }, 'rounds.0.name'],
    ],
  ],
  [
    'practiceAnswers',
    'an analysis or scores the API could not serve, or a place outside its session',
    [
      [{ analysis: 'great answer' }, 'analysis'],
      [{ scores: '[{"by": "boss", "peerName": null, "ratings": {}}]' }, 'scores.0.by'],
      [{ roundIndex: 3 }, 'roundIndex'],
      [{ roundIndex: -1, position: -2 }, 'roundIndex', 'position'],
    ],
  ],
  [
    'assessments',
    'answers a save would refuse, an unknown level or a bad date',
    [
      [{ targetLevel: 'L99' }, 'targetLevel'],
      [
        { answers: `{"${FIRST_COMPETENCY}": {"rating": 9, "evidence": ""}}` },
        `answers.${FIRST_COMPETENCY}.rating`,
      ],
      [{ answers: '{"made-up": {"rating": 3, "evidence": ""}}' }, 'answers'],
      [{ answers: 'none', takenAt: '2026-02-30T00:00:00.000Z' }, 'answers', 'takenAt'],
    ],
  ],
  [
    'interviews',
    'a bad status, outcome, start, duration, checklist or dates, named by the file field',
    [
      [{ thankYouStatus: 'whatever' }, 'thankYouStatus'],
      [{ checklist: 'ticked', outcome: 'won' }, 'checklist', 'outcome'],
      [{ startsAt: 'next week' }, 'startsAt'],
      [{ durationMinutes: 0 }, 'durationMinutes'],
      [{ thankYouSentAt: '2026-03-11T09:00:00.000Z' }, 'thankYouSentAt'],
      [{ followUpDate: '2026-02-30', selfRating: 6 }, 'followUpDate', 'selfRating'],
      [{ interviewers: '[{"name": "Priya"}]' }, 'interviewers.0.role'],
    ],
  ],
  [
    'interviewStories',
    'a position an interview never holds',
    [
      [{ position: -1 }, 'position'],
      [{ position: 50 }, 'position'],
    ],
  ],
  [
    'planSettings',
    'an unknown zone, bad times, days or rules, or another id',
    [
      [{ timezone: 'Mars/Olympus_Mons' }, 'timezone'],
      [{ timezone: 'europe/dublin' }, 'timezone'],
      [{ practiceTime: '25:00', weekdays: '["funday"]' }, 'practiceTime', 'weekdays.0'],
      [{ weekdays: '[]' }, 'weekdays'],
      [{ calibrationOrdinal: 'fifth', calibrationTime: '7am' }, 'calibrationOrdinal', 'calibrationTime'],
      [{ startDate: '2026-13-01' }, 'startDate'],
      // The plan is one record: a row under another id would never be read.
      [{ id: 'other' }, 'id'],
    ],
  ],
];

forEachDatabase('import refuses rows the app could not serve', (getStorage, database) => {
  const pair = exportPair(getStorage, database);

  for (const [section, what, corruptions] of REFUSALS) {
    it(`${section}: 422 for ${what}; nothing written`, async () => {
      await seedEveryNoun(pair.api());
      await expectEachRefused(pair, section, corruptions);
    });
  }

  it('derived columns come from their sources whatever the file says; every route answers 200; a second import changes nothing', async () => {
    const ids = await seedEveryNoun(pair.api());
    const exported = (await pair.api().get('/api/export')).json<Exported>();
    const edit = (section: string, change: Record<string, unknown>) =>
      (exported[section] ?? []).map((record) => ({ ...record, ...change }));
    const scrambled = {
      ...exported,
      companyNotes: edit('companyNotes', { searchText: 'zebra' }),
      practiceSessions: edit('practiceSessions', { answersText: 'zebra', answerCount: 99, meanScore: 1 }),
      practiceAnswers: edit('practiceAnswers', { score: 7 }),
      assessments: edit('assessments', { total: 1, readiness: 'ready', rated: 40, calibratedLevel: 'L10' }),
      interviews: edit('interviews', {
        companyKey: 'zebra',
        questionsText: 'zebra',
        endsAt: '2030-01-01T00:00:00.000Z',
        thankYouDeadline: '2030-01-02T00:00:00.000Z',
      }),
    };
    const first = await pair.targetApi().post('/api/import', scrambled);
    expect(first.statusCode, first.body).toBe(200);
    const reexported = (await pair.targetApi().get('/api/export')).json<Exported>();
    expect({ ...reexported, exportedAt: null }).toEqual({ ...exported, exportedAt: null });
    for (const url of routesOf(ids)) {
      const reply = await pair.targetApi().get(url);
      expect(reply.statusCode, `${url}: ${reply.body}`).toBe(200);
    }
    expect((await pair.targetApi().get('/api/practice?q=zebra')).json()).toMatchObject({ items: [] });
    const again = await pair.targetApi().post('/api/import', scrambled);
    expect(again.json()).toMatchObject({ totals: { created: 0, replaced: 0, conflicts: 0 } });
  });
});
