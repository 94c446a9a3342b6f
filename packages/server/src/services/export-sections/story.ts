/**
 * Stories and their history in an export. A story record is the whole stored story (version,
 * timestamps, the analysis and the version it analysed), so an import restores it as it was,
 * without re-analysing; a history record is one past version as the update that replaced it kept it.
 */
import { LEVEL_IDS } from '@onsite/core';
import { sql } from 'kysely';
import { z } from 'zod';
import { toCount } from '../../db/dialect';
import { getStory, insertStory, insertStoryVersion, updateStoryIfVersion } from '../../db/repositories/story';
import { nameText, recordIdSchema, storableText, versionSchema } from '../fields';
import { writePortfolioFacts } from '../portfolio-facts';
import { reportSchema } from '../report-schema';
import {
  STORY_LIMITS,
  STORY_TEXT_FIELDS,
  type Story,
  type StoryTextField,
  storyCreateSchema,
} from '../story-schema';
import { defineSection, exportedInstantSchema, inBatches } from './section';

const textFields = Object.fromEntries(
  STORY_TEXT_FIELDS.map((field) => [field, storableText(STORY_LIMITS.textChars)]),
) as Record<StoryTextField, ReturnType<typeof storableText>>;

/** One story as stored: the create schema's rules for what a user wrote, plus what the server keeps. */
export const storyRecordSchema = z
  .strictObject({
    id: recordIdSchema,
    title: nameText(STORY_LIMITS.titleChars),
    ...textFields,
    metrics: storyCreateSchema.shape.metrics.unwrap(),
    tags: storyCreateSchema.shape.tags.unwrap(),
    principles: storyCreateSchema.shape.principles.unwrap(),
    // Canonical ids only (no aliases): an export never holds anything else, and a transform
    // here would make the imported record differ from the file.
    targetLevel: z.enum(LEVEL_IDS).nullable(),
    version: versionSchema,
    analysis: reportSchema.nullable(),
    analysisVersion: versionSchema.nullable(),
    createdAt: exportedInstantSchema,
    updatedAt: exportedInstantSchema,
  })
  .refine((story) => (story.analysis === null) === (story.analysisVersion === null), {
    message: 'analysis and analysisVersion are both set or both null',
    path: ['analysisVersion'],
  })
  .refine((story) => story.analysisVersion === null || story.analysisVersion <= story.version, {
    message: 'analysisVersion cannot be later than version',
    path: ['analysisVersion'],
  });
export type StoryRecord = z.output<typeof storyRecordSchema>;

/** One past version of a story: the story as it was, and when the next version replaced it. */
export const storyVersionRecordSchema = z
  .strictObject({
    storyId: recordIdSchema,
    version: versionSchema,
    replacedAt: exportedInstantSchema,
    story: storyRecordSchema,
  })
  .refine((record) => record.story.id === record.storyId && record.story.version === record.version, {
    message: 'the snapshot must be the story storyId at version',
    path: ['story'],
  });
export type StoryVersionRecord = z.output<typeof storyVersionRecordSchema>;

// Story is the API type; the record schema is the same shape with import's stricter rules.
const asStory = (record: StoryRecord): Story => record;

export const storySection = defineSection<StoryRecord>({
  name: 'stories',
  record: storyRecordSchema,
  keyOf: (story) => story.id,
  async count(db) {
    const row = await db
      .selectFrom('stories')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return toCount(row.n);
  },
  async *readAll(db) {
    const ids = inBatches(
      async (after: string | undefined, size) => {
        let query = db.selectFrom('stories').select('id').orderBy('id').limit(size);
        if (after !== undefined) query = query.where('id', '>', after);
        return (await query.execute()).map((row) => row.id);
      },
      (id) => id,
    );
    for await (const id of ids) {
      const story = await getStory(db, id);
      // Deleted between the id batch and this read; an export reads from one snapshot, so only
      // a caller outside one can see this.
      if (story) yield story;
    }
  },
  readOne: (db, id) => getStory(db, id),
  async writeOne(db, story) {
    await insertStory(db, asStory(story));
    await writePortfolioFacts(db, asStory(story));
  },
  async replaceOne(db, story) {
    const stored = await getStory(db, story.id);
    if (!stored) {
      await insertStory(db, asStory(story));
      await writePortfolioFacts(db, asStory(story));
      return;
    }
    await updateStoryIfVersion(db, asStory(story), stored.version);
    await writePortfolioFacts(db, asStory(story));
    // Replacing with an older version: stored history from that version on describes edits the
    // file's story never had, and would collide with the snapshots its next updates write.
    await db
      .deleteFrom('story_versions')
      .where('story_id', '=', story.id)
      .where('version', '>=', story.version)
      .execute();
    // The guarded update keeps created_at (an edit never changes it); a replaced record takes the file's.
    await db.updateTable('stories').set({ created_at: story.createdAt }).where('id', '=', story.id).execute();
  },
});

const versionKey = (storyId: string, version: number) => `${storyId}@v${version}`;

function parseVersionKey(key: string): { storyId: string; version: number } {
  const at = key.lastIndexOf('@v');
  return { storyId: key.slice(0, at), version: Number(key.slice(at + 2)) };
}

interface VersionRow {
  story_id: string;
  version: number;
  snapshot: string;
  created_at: string;
}

// Snapshots are written only by the story repository and this section, from validated stories.
function rowToRecord(row: VersionRow): StoryVersionRecord {
  return {
    storyId: row.story_id,
    version: Number(row.version),
    replacedAt: row.created_at,
    story: JSON.parse(row.snapshot) as StoryRecord,
  };
}

export const storyVersionSection = defineSection<StoryVersionRecord>({
  name: 'storyVersions',
  record: storyVersionRecordSchema,
  keyOf: (record) => versionKey(record.storyId, record.version),
  referencesOf: (record) => [
    {
      section: 'stories',
      key: record.storyId,
      field: 'storyId',
      // A past version is older than the story; a later one would collide with the snapshot
      // the story's next update writes.
      check: (story) =>
        record.version < (story as StoryRecord).version
          ? null
          : `history version ${record.version} is not older than the story (version ${(story as StoryRecord).version})`,
    },
  ],
  async count(db) {
    const row = await db
      .selectFrom('story_versions')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return toCount(row.n);
  },
  async *readAll(db) {
    const rows = inBatches(
      async (after: VersionRow | undefined, size) => {
        let query = db
          .selectFrom('story_versions')
          .selectAll()
          .orderBy('story_id')
          .orderBy('version')
          .limit(size);
        if (after !== undefined) {
          query = query.where((eb) =>
            eb.or([
              eb('story_id', '>', after.story_id),
              eb.and([eb('story_id', '=', after.story_id), eb('version', '>', after.version)]),
            ]),
          );
        }
        return query.execute();
      },
      (row) => row,
    );
    for await (const row of rows) yield rowToRecord(row);
  },
  async readOne(db, key) {
    const { storyId, version } = parseVersionKey(key);
    const row = await db
      .selectFrom('story_versions')
      .selectAll()
      .where('story_id', '=', storyId)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? rowToRecord(row) : undefined;
  },
  writeOne: (db, record) => insertStoryVersion(db, asStory(record.story), record.replacedAt),
  async replaceOne(db, record) {
    await db
      .updateTable('story_versions')
      .set({ snapshot: JSON.stringify(record.story), created_at: record.replacedAt })
      .where('story_id', '=', record.storyId)
      .where('version', '=', record.version)
      .execute();
  },
});
