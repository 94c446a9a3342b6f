/**
 * Self-assessment runs: create, read, list, update with optimistic concurrency, delete, and the
 * questionnaire itself. Every save recomputes the result with core (score, readiness, gaps,
 * calibration), so what is stored always follows from the stored answers and target level.
 * Free of HTTP: the routes and the CLI's import share this one path.
 */
import { randomUUID } from 'node:crypto';
import {
  calibrateSelfAssessment,
  DEFAULT_SELF_ASSESSMENT_LEVEL,
  expectationsFor,
  type LevelId,
  RATING_SCALE,
  READINESS_BANDS,
  SELF_ASSESSMENT_CATEGORIES,
  scoreSelfAssessment,
} from '@onsite/core';
import * as repo from '../db/repositories/assessment';
import type { Storage } from '../db/storage';
import {
  type AnswersInput,
  type Assessment,
  type AssessmentCreateInput,
  type AssessmentForm,
  type AssessmentListQuery,
  type AssessmentPage,
  type AssessmentPatchInput,
  type AssessmentResult,
  assessmentCreateSchema,
  assessmentPatchSchema,
  COMPETENCY_IDS,
  type StoredAnswer,
} from './assessment-schema';
import { stampClock } from './clock';
import { notFound as notFoundError, type ServiceError, versionConflict } from './errors';
import { encodeCursor, versionSchema } from './fields';

export interface AssessmentServiceDeps {
  now?: () => Date;
  newId?: () => string;
}

export interface AssessmentService {
  create(input: AssessmentCreateInput): Promise<Assessment>;
  get(id: string): Promise<Assessment>;
  list(query: AssessmentListQuery): Promise<AssessmentPage>;
  /** Applies `patch` at `version`; `answers`, when given, replace the stored ones whole. */
  update(id: string, patch: AssessmentPatchInput, version: number): Promise<Assessment>;
  delete(id: string, version: number): Promise<void>;
  /** The questionnaire with the expectations of `level` (default: core's default level). */
  form(level?: LevelId): AssessmentForm;
}

/** The answers as stored: questionnaire order, unanswered competencies left out, evidence always a string. */
function normaliseAnswers(input: AnswersInput | undefined): Record<string, StoredAnswer> {
  const answers: Record<string, StoredAnswer> = {};
  for (const id of COMPETENCY_IDS) {
    const answer = input?.[id];
    if (answer) answers[id] = { rating: answer.rating, evidence: answer.evidence ?? '' };
  }
  return answers;
}

/** Core's verdict on the answers at the target level. */
export function assessmentResultOf(answers: Record<string, StoredAnswer>, level: LevelId): AssessmentResult {
  const ratings = Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.rating ?? 0]));
  const score = scoreSelfAssessment(ratings, level);
  const calibration = calibrateSelfAssessment(ratings, level);
  return {
    total: score.total,
    readiness: score.readiness,
    categories: calibration.categories.map((category) => ({
      ...category,
      name: SELF_ASSESSMENT_CATEGORIES.find((c) => c.id === category.id)?.name ?? category.id,
      percent: score.categories.find((c) => c.id === category.id)?.percent ?? 0,
    })),
    topGaps: score.topGaps,
    calibration: { level: calibration.level, atCeiling: calibration.atCeiling },
    rated: calibration.rated,
    of: calibration.of,
    complete: calibration.complete,
  };
}

const notFound = (id: string) => notFoundError('assessment', id);
const conflict = (current: Assessment) => versionConflict('assessment', current);

export function createAssessmentService(
  storage: Storage,
  deps: AssessmentServiceDeps = {},
): AssessmentService {
  const now = () => (deps.now ?? stampClock)().toISOString();
  const newId = deps.newId ?? randomUUID;

  async function staleOrMissing(db: Storage['db'], id: string): Promise<ServiceError> {
    const current = await repo.getAssessment(db, id);
    return current ? conflict(current) : notFound(id);
  }

  return {
    async create(input) {
      const fields = assessmentCreateSchema.parse(input);
      const at = now();
      const targetLevel = fields.targetLevel ?? DEFAULT_SELF_ASSESSMENT_LEVEL;
      const answers = normaliseAnswers(fields.answers);
      const assessment: Assessment = {
        id: newId(),
        targetLevel,
        takenAt: fields.takenAt ?? at,
        notes: fields.notes ?? '',
        answers,
        result: assessmentResultOf(answers, targetLevel),
        version: 1,
        createdAt: at,
        updatedAt: at,
      };
      await storage.transaction((trx) => repo.insertAssessment(trx, assessment));
      return assessment;
    },

    async get(id) {
      const assessment = await repo.getAssessment(storage.db, id);
      if (!assessment) throw notFound(id);
      return assessment;
    },

    async list(query) {
      const page = await repo.listAssessments(storage.db, storage.dialect, query);
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },

    async update(id, patchInput, versionInput) {
      const patch = assessmentPatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return storage.transaction(async (trx) => {
        const current = await repo.getAssessment(trx, id);
        if (!current) throw notFound(id);
        if (current.version !== version) throw conflict(current);
        const targetLevel = patch.targetLevel ?? current.targetLevel;
        const answers = patch.answers === undefined ? current.answers : normaliseAnswers(patch.answers);
        const next: Assessment = {
          ...current,
          targetLevel,
          takenAt: patch.takenAt ?? current.takenAt,
          notes: patch.notes ?? current.notes,
          answers,
          result: assessmentResultOf(answers, targetLevel),
          version: version + 1,
          updatedAt: now(),
        };
        // Guarded as well: on PostgreSQL another transaction may commit between read and write.
        if ((await repo.updateAssessmentIfVersion(trx, next, version)) === 0)
          throw await staleOrMissing(trx, id);
        return next;
      });
    },

    async delete(id, versionInput) {
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteAssessmentIfVersion(trx, id, version)) === 0)
          throw await staleOrMissing(trx, id);
      });
    },

    form(level = DEFAULT_SELF_ASSESSMENT_LEVEL) {
      const expectations = expectationsFor(level);
      return {
        level,
        ratingScale: RATING_SCALE.map(({ value, label }) => ({ value, label })),
        categories: SELF_ASSESSMENT_CATEGORIES.map((category) => ({
          id: category.id,
          name: category.name,
          weightPercent: category.weightPercent,
          ...expectations[category.id],
          competencies: category.competencies.map(({ id, name, weight }) => ({ id, name, weight })),
        })),
        readinessBands: READINESS_BANDS.map(({ id, minScore, advice }) => ({ id, minScore, advice })),
      };
    },
  };
}
