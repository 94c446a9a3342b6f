/**
 * Interviews: create, read, list, update with optimistic concurrency, delete. Core computes the
 * end, the thank-you deadline and the checklist state; this service merges writes, checks that
 * the stories told exist, and keeps the thank-you note's status and sent time consistent.
 * Free of HTTP so the routes and the CLI's import share one path.
 */
import { randomUUID } from 'node:crypto';
import {
  applyChecklistTicks,
  BUILT_IN_COMPANY_IDS,
  checklistProgress,
  emptyChecklist,
  getQuestion,
  interviewEnd,
  interviewTypeFor,
  thankYouDeadline,
} from '@onsite/core';
import { ZodError } from 'zod';
import { isForeignKeyViolation } from '../db/dialect';
import { getCompany } from '../db/repositories/company';
import * as repo from '../db/repositories/interview';
import type { Storage } from '../db/storage';
import { stampClock } from './clock';
import { notFound as notFoundError, ServiceError, versionConflict } from './errors';
import { encodeCursor, versionSchema } from './fields';
import {
  DEFAULT_DURATION_MINUTES,
  type Interview,
  type InterviewCreateInput,
  type InterviewListQuery,
  type InterviewPage,
  type InterviewPatch,
  type InterviewPatchInput,
  interviewCreateSchema,
  interviewPatchSchema,
} from './interview-schema';

export interface InterviewServiceDeps {
  /** The clock: stamps, a note marked sent without a time, and the upcoming/past/overdue filters (tests pin it). */
  now?: () => Date;
  newId?: () => string;
}

export interface InterviewService {
  create(input: InterviewCreateInput): Promise<Interview>;
  get(id: string): Promise<Interview>;
  list(query: InterviewListQuery): Promise<InterviewPage>;
  /** Applies `patch` to the interview at `version`; a stale version throws `version_conflict`. */
  update(id: string, patch: InterviewPatchInput, version: number): Promise<Interview>;
  /** Deletes the interview at `version`; a stale version throws `version_conflict`. */
  delete(id: string, version: number): Promise<void>;
}

const notFound = (id: string) => notFoundError('interview', id);
const conflict = (current: Interview) => versionConflict('interview', current);

function missingStories(missing: string[]): ServiceError {
  return new ServiceError('invalid_reference', `No story with id ${missing.join(', ')}`, {
    field: 'storiesUsed',
    missing,
  });
}

function missingCompany(id: string): ServiceError {
  return new ServiceError('invalid_reference', `No company with id ${id}`, {
    field: 'companyId',
    missing: [id],
  });
}

function missingQuestions(missing: string[]): ServiceError {
  return new ServiceError('invalid_reference', `No question with id ${missing.join(', ')}`, {
    field: 'questionsAsked',
    missing,
  });
}

/** A rule only the merged record can check, reported like any other invalid input (400). */
function invalidInput(path: (string | number)[], message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }]);
}

/** Drops the keys a patch object left undefined, so spreading it keeps the stored values. */
function defined<T extends object>(patch: T | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch ?? {}).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** An untouched interview: what a create starts from before its fields are applied. */
function blankInterview(id: string, at: string): Omit<Interview, 'startsAt' | 'company'> {
  return {
    id,
    companyId: null,
    role: '',
    round: '',
    type: null,
    durationMinutes: DEFAULT_DURATION_MINUTES,
    endsAt: '',
    location: '',
    interviewers: [],
    checklist: emptyChecklist(),
    checklistProgress: checklistProgress(emptyChecklist()),
    notes: '',
    questionsAsked: [],
    storiesUsed: [],
    thankYou: { draft: '', status: 'not-started', sentAt: null, deadline: '' },
    followUp: { date: null, done: false },
    reflection: { text: '', wentWell: '', toImprove: '', selfRating: null },
    outcome: 'pending',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * `base` with `patch` applied and every derived value recomputed: objects merge field by field,
 * lists replace, checklist ticks apply over the stored state, and the end and the thank-you
 * deadline follow the (possibly new) start and duration.
 */
function applyPatch(base: Interview, patch: InterviewPatch, at: string): Interview {
  const {
    checklist: ticks,
    thankYou: thankYouPatch,
    followUp,
    reflection,
    interviewers,
    questionsAsked,
    ...plain
  } = patch;
  const merged: Interview = { ...base, ...defined(plain) };
  if (interviewers !== undefined) {
    merged.interviewers = interviewers.map((person) => ({ name: person.name, role: person.role ?? '' }));
  }
  if (questionsAsked !== undefined) {
    merged.questionsAsked = questionsAsked.map((q) => ({ text: q.text, questionId: q.questionId ?? null }));
  }
  merged.checklist = applyChecklistTicks(ticks ?? {}, base.checklist);
  merged.checklistProgress = checklistProgress(merged.checklist);
  merged.followUp = { ...base.followUp, ...defined(followUp) };
  merged.reflection = { ...base.reflection, ...defined(reflection) };
  merged.thankYou = thankYouOf(base.thankYou, defined(thankYouPatch), at);
  return withTimes(merged);
}

/**
 * `interview` with its end and thank-you deadline computed by core from its start and duration;
 * import runs it too, so a file cannot store times that disagree with them. Throws on an
 * instant core cannot read.
 */
export function withTimes(interview: Interview): Interview {
  const endsAt = interviewEnd(interview.startsAt, interview.durationMinutes);
  return { ...interview, endsAt, thankYou: { ...interview.thankYou, deadline: thankYouDeadline(endsAt) } };
}

/**
 * The note after a write: a sent note has a sent time (the one given, the one it had, or now);
 * a note that is not sent has none, and giving it one is a mistake worth a 400.
 */
function thankYouOf(
  current: Interview['thankYou'],
  patch: Partial<NonNullable<InterviewPatch['thankYou']>>,
  at: string,
): Interview['thankYou'] {
  const status = patch.status ?? current.status;
  const draft = patch.draft ?? current.draft;
  if (status !== 'sent') {
    if (patch.sentAt)
      throw invalidInput(['thankYou', 'sentAt'], 'sentAt can only be set on a note with status "sent"');
    return { draft, status, sentAt: null, deadline: current.deadline };
  }
  const sentAt = patch.sentAt ?? (current.status === 'sent' ? current.sentAt : null) ?? at;
  return { draft, status, sentAt, deadline: current.deadline };
}

export function createInterviewService(storage: Storage, deps: InterviewServiceDeps = {}): InterviewService {
  const clock = deps.now ?? stampClock;
  const newId = deps.newId ?? randomUUID;

  async function staleOrMissing(db: Storage['db'], id: string): Promise<ServiceError> {
    const current = await repo.getInterview(db, id);
    return current ? conflict(current) : notFound(id);
  }

  async function assertStoriesExist(db: Storage['db'], storyIds: readonly string[]): Promise<void> {
    const missing = await repo.missingStoryIds(db, storyIds);
    if (missing.length > 0) throw missingStories(missing);
  }

  /** A companyId names a built-in company (core) or a custom one (the companies noun). */
  async function assertCompanyExists(db: Storage['db'], companyId: string | null): Promise<void> {
    if (companyId === null || (BUILT_IN_COMPANY_IDS as readonly string[]).includes(companyId)) return;
    if (!(await getCompany(db, companyId))) throw missingCompany(companyId);
  }

  /**
   * Each questionId names a bank question (core) or a stored one. Not a foreign key: a stored
   * question deleted later leaves the id in place, like a captured question's interviewId.
   */
  async function assertQuestionsExist(db: Storage['db'], asked: Interview['questionsAsked']): Promise<void> {
    const ids = [...new Set(asked.map((question) => question.questionId))];
    const notInBank = ids.filter((id): id is string => id !== null && getQuestion(id) === undefined);
    const missing = await repo.missingStoredQuestionIds(db, notInBank);
    if (missing.length > 0) throw missingQuestions(missing);
  }

  /** A story deleted between our check and our write surfaces as a foreign-key error: same answer. */
  async function guardReferences<T>(storyIds: readonly string[], work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isForeignKeyViolation(error)) throw missingStories([...storyIds]);
      throw error;
    }
  }

  return {
    async create(input) {
      const fields = interviewCreateSchema.parse(input);
      const at = clock().toISOString();
      const durationMinutes =
        fields.durationMinutes ??
        (fields.type ? interviewTypeFor(fields.type).durationMinutes.max : DEFAULT_DURATION_MINUTES);
      const base = { ...blankInterview(newId(), at), company: fields.company, startsAt: fields.startsAt };
      const interview = applyPatch(base, { ...fields, durationMinutes }, at);
      return guardReferences(interview.storiesUsed, () =>
        storage.transaction(async (trx) => {
          await assertStoriesExist(trx, interview.storiesUsed);
          await assertQuestionsExist(trx, interview.questionsAsked);
          await assertCompanyExists(trx, interview.companyId);
          await repo.insertInterview(trx, interview);
          return interview;
        }),
      );
    },

    async get(id) {
      const interview = await repo.getInterview(storage.db, id);
      if (!interview) throw notFound(id);
      return interview;
    },

    async list(query) {
      const page = await repo.listInterviews(storage.db, storage.dialect, query, clock());
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },

    async update(id, patchInput, versionInput) {
      const patch = interviewPatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return guardReferences(patch.storiesUsed ?? [], () =>
        storage.transaction(async (trx) => {
          const current = await repo.getInterview(trx, id);
          if (!current) throw notFound(id);
          if (current.version !== version) throw conflict(current);
          const at = clock().toISOString();
          const next = { ...applyPatch(current, patch, at), version: version + 1, updatedAt: at };
          if (patch.storiesUsed !== undefined) await assertStoriesExist(trx, patch.storiesUsed);
          if (patch.questionsAsked !== undefined) await assertQuestionsExist(trx, next.questionsAsked);
          if (patch.companyId !== undefined) await assertCompanyExists(trx, next.companyId);
          // Guarded even after the check above: on PostgreSQL another transaction may commit
          // between our read and this write, and WHERE version = ? is what refuses it.
          const storiesChanged = patch.storiesUsed !== undefined;
          if ((await repo.updateInterviewIfVersion(trx, next, version, storiesChanged)) === 0) {
            throw await staleOrMissing(trx, id);
          }
          return next;
        }),
      );
    },

    async delete(id, versionInput) {
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteInterviewIfVersion(trx, id, version)) === 0)
          throw await staleOrMissing(trx, id);
      });
    },
  };
}
