/**
 * Stories: create, read, list, update with optimistic concurrency, delete, history. Free of HTTP
 * so the routes and the CLI's import share one path that validates, analyses and writes.
 */
import { randomUUID } from 'node:crypto';
import { AnalyzeError, analyze, type Report, type StarFields } from '@onsite/core';
import * as repo from '../db/repositories/story';
import type { Storage } from '../db/storage';
import { stampClock } from './clock';
import { notFound as notFoundError, type ServiceError, versionConflict } from './errors';
import { encodeCursor, versionSchema } from './fields';
import { writePortfolioFacts } from './portfolio-facts';
import {
  type Story,
  type StoryCreateInput,
  type StoryListQuery,
  type StoryPage,
  type StoryPatchInput,
  type StoryVersion,
  storyCreateSchema,
  storyPatchSchema,
} from './story-schema';

export interface StoryServiceDeps {
  /** The clock (tests pin it). */
  now?: () => Date;
  newId?: () => string;
}

export interface StoryService {
  create(input: StoryCreateInput): Promise<Story>;
  get(id: string): Promise<Story>;
  list(query: StoryListQuery): Promise<StoryPage>;
  /** Applies `patch` to the story at `version`; a stale version throws `version_conflict`. */
  update(id: string, patch: StoryPatchInput, version: number): Promise<Story>;
  /** Deletes the story at `version` with its history; a stale version throws `version_conflict`. */
  delete(id: string, version: number): Promise<void>;
  /** Past versions, newest first (the current one is `get`). */
  history(id: string): Promise<StoryVersion[]>;
}

/** The STAR+ part of a story, as core's analyzer reads it. */
function starFieldsOf(story: Story): StarFields {
  return {
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    learnings: story.learnings,
    leadershipDimension: story.leadershipDimension,
    strategicImplication: story.strategicImplication,
  };
}

/** Core's verdict on the story as it now reads; null while its STAR+ fields are all empty. */
function analyseStory(story: Story): Report | null {
  try {
    return analyze(starFieldsOf(story), {
      ...(story.targetLevel ? { level: story.targetLevel } : {}),
      tags: story.tags,
    });
  } catch (error) {
    // A draft with only a title is normal; every other AnalyzeError would be our own bug.
    if (error instanceof AnalyzeError && error.code === 'empty_answer') return null;
    throw error;
  }
}

function withAnalysis(story: Story): Story {
  const analysis = analyseStory(story);
  return { ...story, analysis, analysisVersion: analysis ? story.version : null };
}

const notFound = (id: string) => notFoundError('story', id);
const conflict = (current: Story) => versionConflict('story', current);

export function createStoryService(storage: Storage, deps: StoryServiceDeps = {}): StoryService {
  const now = () => (deps.now ?? stampClock)().toISOString();
  const newId = deps.newId ?? randomUUID;

  /** After a guarded write touched no row: say whether the story is gone or moved on. */
  async function staleOrMissing(db: Storage['db'], id: string): Promise<ServiceError> {
    const current = await repo.getStory(db, id);
    return current ? conflict(current) : notFound(id);
  }

  return {
    async create(input) {
      const fields = storyCreateSchema.parse(input);
      const at = now();
      const story = withAnalysis({
        id: newId(),
        title: fields.title,
        situation: fields.situation ?? '',
        task: fields.task ?? '',
        action: fields.action ?? '',
        result: fields.result ?? '',
        learnings: fields.learnings ?? '',
        leadershipDimension: fields.leadershipDimension ?? '',
        strategicImplication: fields.strategicImplication ?? '',
        context: fields.context ?? '',
        principle: fields.principle ?? '',
        concept: fields.concept ?? '',
        application: fields.application ?? '',
        impact: fields.impact ?? '',
        metrics: fields.metrics ?? [],
        tags: fields.tags ?? [],
        principles: fields.principles ?? [],
        targetLevel: fields.targetLevel ?? null,
        version: 1,
        analysis: null,
        analysisVersion: null,
        createdAt: at,
        updatedAt: at,
      });
      await storage.transaction(async (trx) => {
        await repo.insertStory(trx, story);
        await writePortfolioFacts(trx, story);
      });
      return story;
    },

    async get(id) {
      const story = await repo.getStory(storage.db, id);
      if (!story) throw notFound(id);
      return story;
    },

    async list(query) {
      const page = await repo.listStories(storage.db, storage.dialect, query);
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },

    async update(id, patchInput, versionInput) {
      const patch = storyPatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return storage.transaction(async (trx) => {
        const current = await repo.getStory(trx, id);
        if (!current) throw notFound(id);
        if (current.version !== version) throw conflict(current);
        const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        const at = now();
        const next = withAnalysis({ ...current, ...changes, version: version + 1, updatedAt: at });
        // Guarded even after the check above: on PostgreSQL another transaction may commit
        // between our read and this write, and the WHERE version = ? is what refuses it.
        if ((await repo.updateStoryIfVersion(trx, next, version)) === 0) throw await staleOrMissing(trx, id);
        await writePortfolioFacts(trx, next);
        // After the guarded update, so a concurrent loser fails on the version check rather
        // than on the (story_id, version) key of a snapshot it must not write.
        await repo.insertStoryVersion(trx, current, at);
        return next;
      });
    },

    async delete(id, versionInput) {
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteStoryIfVersion(trx, id, version)) === 0) throw await staleOrMissing(trx, id);
      });
    },

    async history(id) {
      if (!(await repo.getStory(storage.db, id))) throw notFound(id);
      return repo.listStoryVersions(storage.db, id);
    },
  };
}
