/**
 * The dashboard's portfolio card comes from aggregate queries over facts stored with each story,
 * and must read exactly as it did when it was built from the whole matrix: for a portfolio of 80
 * varied stories (tags, cue words, metrics, levels, analyses, usage in practice and interviews),
 * after edits and deletes, after imports, and after the stored facts were lost or made under
 * other rules. Twice the stories, and the dashboard reads as many rows. SQLite and PostgreSQL.
 */
import { COMPETENCY_CUES, COMPETENCY_TAGS, LEVEL_IDS } from '@onsite/core';
import { beforeAll, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import type { Storage } from '../src/db/storage';
import { createDashboardService } from '../src/services/dashboard';
import type { Dashboard } from '../src/services/dashboard-schema';
import { exportDocument } from '../src/services/export';
import { importDocument } from '../src/services/import';
import { createInterviewService } from '../src/services/interview';
import { createPortfolioService } from '../src/services/portfolio';
import { createPracticeService } from '../src/services/practice';
import { createStoryService } from '../src/services/story';
import type { StoryCreateInput } from '../src/services/story-schema';
import { forEachDatabase } from './databases';
import { RowCounter } from './row-counter';

const STORIES = 80;
const NOW = new Date('2026-04-08T12:00:00.000Z');

/**
 * The card as the dashboard built it from the matrix of every story, before it read aggregates:
 * the independent statement the new card must equal.
 */
async function cardFromMatrix(storage: Storage): Promise<Dashboard['portfolio']> {
  const matrix = await createPortfolioService(storage).matrix({});
  const { gaps, progress } = matrix;
  return {
    stories: progress.stories,
    target: progress.target,
    toTarget: progress.toTarget,
    competenciesCovered: matrix.competencies.length - gaps.competencies.length,
    competenciesTotal: matrix.competencies.length,
    gaps: gaps.competencies.map(({ competency, label, status }) => ({ competency, label, status })),
    categoriesUnder: progress.categories
      .filter((category) => category.status === 'under')
      .map(({ id, name, count, quota }) => ({ id, name, count, min: quota.min })),
    overused: matrix.overused.map(({ storyId, title, uses }) => ({ storyId, title, uses: uses.total })),
  };
}

/** Competencies stories are tagged with; the next three are only hinted at in text; the last, nowhere. */
const TAGGED = COMPETENCY_TAGS.slice(0, 10);
const HINTED = COMPETENCY_TAGS.slice(10, 13);

/**
 * Story `i`: a rotating mix of tags (none to five, seven for a few), cue words of a competency
 * nobody tagged (a weak gap), figures in the result or not, target levels.
 */
function storyInput(i: number): StoryCreateInput {
  if (i % 9 === 8) return { title: `Draft ${i}` };
  const count = i % 20 === 7 ? 7 : i % 6;
  const tags = [...new Set(Array.from({ length: count }, (_, k) => TAGGED[(i * 3 + k) % TAGGED.length]))];
  const hinted = HINTED[i % HINTED.length] ?? 'hiring';
  const cues = COMPETENCY_CUES[hinted].slice(0, i % 3 === 0 ? 2 : 1).join(' and ');
  return {
    title: `Story ${i}`,
    situation: `Our platform team of ${10 + i} engineers faced ${cues} during a hard quarter.`,
    task: 'I had to decide how we would recover and who would own it.',
    action: `I led the ${cues} work, set a plan with clear owners and reviewed progress weekly.`,
    result: i % 2 === 0 ? `We cut incidents by ${20 + i}% and saved $${i}00k a year.` : 'It went better.',
    learnings: 'I now write the plan down before the first meeting.',
    tags,
    metrics: i % 4 === 0 ? [`p99 ${900 - i}ms to 280ms`] : [],
    targetLevel: i % 5 === 0 ? null : (LEVEL_IDS[i % LEVEL_IDS.length] ?? null),
  } as StoryCreateInput;
}

forEachDatabase('dashboard portfolio card from aggregates', (_getStorage, database) => {
  let storage: Storage;
  const ids: string[] = [];
  const card = async (on: Storage = storage) =>
    (await createDashboardService(on, { now: () => NOW }).get()).portfolio;

  beforeAll(async () => {
    storage = await database.fresh();
    await migrate(storage);
    const stories = createStoryService(storage, { now: () => NOW });
    for (let i = 0; i < STORIES; i++) ids.push((await stories.create(storyInput(i))).id);
    // Told often: two stories in four interviews each, one in practice five times over.
    const interviews = createInterviewService(storage, { now: () => NOW });
    for (let n = 0; n < 4; n++) {
      await interviews.create({
        company: `Company ${n}`,
        startsAt: `2026-03-0${n + 1}T10:00:00Z`,
        storiesUsed: [ids[1] ?? '', ids[2] ?? ''],
      });
    }
    const answers = Array.from({ length: 5 }, () => ({ transcript: 'I led it.', storyId: ids[3] ?? null }));
    await createPracticeService(storage, { now: () => NOW }).create({
      title: 'Drill',
      type: 'behavioral',
      rounds: [{ answers }],
    });
  });

  it('reads exactly as the matrix did, for a varied portfolio', async () => {
    const expected = await cardFromMatrix(storage);
    // The portfolio exercises every part of the card.
    expect(expected.overused.length).toBeGreaterThan(3);
    expect(expected.gaps.map((gap) => gap.status)).toEqual(expect.arrayContaining(['weak', 'missing']));
    expect(expected.categoriesUnder.length).toBeGreaterThan(0);
    expect(expected.competenciesCovered).toBeGreaterThan(0);
    expect(await card()).toEqual(expected);
  });

  it('follows edits and deletes', async () => {
    const stories = createStoryService(storage, { now: () => NOW });
    for (const [n, id] of ids.slice(10, 20).entries()) {
      const current = await stories.get(id);
      await stories.update(
        id,
        { tags: n % 2 === 0 ? [] : [...COMPETENCY_TAGS.slice(0, 6)] },
        current.version,
      );
    }
    const doomed = ids[1] ?? '';
    await stories.delete(doomed, (await stories.get(doomed)).version);
    expect(await card()).toEqual(await cardFromMatrix(storage));
  });

  it('recomputes facts that are missing or were made under other rules', async () => {
    await storage.db
      .updateTable('stories')
      .set({ facts_version: null })
      .where('id', 'in', ids.slice(20, 30))
      .execute();
    await storage.db
      .updateTable('stories')
      .set({ facts_version: 'older-rules' })
      .where('id', 'in', ids.slice(30, 40))
      .execute();
    await storage.db.deleteFrom('story_competencies').where('story_id', 'in', ids.slice(20, 40)).execute();
    await storage.db
      .updateTable('stories')
      .set({ category: null, tag_count: 0 })
      .where('id', 'in', ids.slice(20, 40))
      .execute();
    expect(await card()).toEqual(await cardFromMatrix(storage));
  });

  it('an imported portfolio reads the same', async () => {
    const target = await database.fresh();
    await migrate(target);
    await importDocument(target, JSON.parse(JSON.stringify(await exportDocument(storage))));
    expect(await card(target)).toEqual(await cardFromMatrix(target));
  });

  it('reads as many rows for twice the stories: the card does not read every story', async () => {
    const rowsRead = async () => {
      await card(); // facts up to date, so the count is the card's own reads
      const counter = new RowCounter();
      await card({ ...storage, db: storage.db.withPlugin(counter) });
      return counter.rows;
    };
    const before = await rowsRead();
    const stories = createStoryService(storage, { now: () => NOW });
    const count = (await card()).stories;
    for (let i = 0; i < count; i++) {
      await stories.create({ title: `More ${i}`, situation: 'We shipped it.', tags: ['technical'] });
    }
    expect((await card()).stories).toBe(2 * count);
    expect(await rowsRead()).toBe(before);
  });
});
