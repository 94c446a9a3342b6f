/**
 * Practice sessions: create, read, list, update with optimistic concurrency, delete. Every save
 * checks what answers point at (their own ids, stories, questions) and analyses each transcript
 * with core at the session's level, company and (round) type, with the answer's question and
 * duration. Free of HTTP: the routes and the CLI's import share this one path.
 */
import { randomUUID } from 'node:crypto';
import {
  AnalyzeError,
  type AnalyzeOptions,
  analyze,
  BUILT_IN_COMPANY_IDS,
  type CompanyPrincipleSet,
  getQuestion,
  type Report,
} from '@onsite/core';
import * as repo from '../db/repositories/practice';
import type { Storage } from '../db/storage';
import { stampClock } from './clock';
import { createCompanyService } from './company';
import { notFound as notFoundError, ServiceError, versionConflict } from './errors';
import { encodeCursor, versionSchema } from './fields';
import {
  type PracticeAnswer,
  type PracticeAnswerInput,
  type PracticeCreateInput,
  type PracticeListQuery,
  type PracticePage,
  type PracticePatchInput,
  type PracticeRound,
  type PracticeRoundInput,
  type PracticeSession,
  practiceCreateSchema,
  practicePatchSchema,
} from './practice-schema';
import { withTotals } from './practice-totals';

export interface PracticeServiceDeps {
  now?: () => Date;
  newId?: () => string;
}

export interface PracticeService {
  create(input: PracticeCreateInput): Promise<PracticeSession>;
  get(id: string): Promise<PracticeSession>;
  list(query: PracticeListQuery): Promise<PracticePage>;
  /**
   * Applies `patch` at `version`. `rounds`, when sent, replaces every round; an answer that
   * carries the `id` of one of the session's answers keeps it (fields it omits keep their values),
   * one without an id is new, and answers not sent are removed.
   */
  update(id: string, patch: PracticePatchInput, version: number): Promise<PracticeSession>;
  delete(id: string, version: number): Promise<void>;
}

type Db = Storage['db'];
/** The session fields an analysis depends on. */
type SessionContext = Pick<PracticeSession, 'type' | 'targetLevel' | 'company'>;

const BUILT_IN_COMPANIES: ReadonlySet<string> = new Set(BUILT_IN_COMPANY_IDS);

/**
 * What core is asked for one answer. A built-in company goes by id; a custom one (the companies
 * noun's) is passed as its principle set; a company that is neither is analysed without principles.
 */
function analyzeOptionsFor(
  answer: PracticeAnswer,
  roundType: PracticeRound['type'],
  session: SessionContext,
  customCompany?: CompanyPrincipleSet,
) {
  const options: AnalyzeOptions = { type: roundType ?? session.type };
  if (session.targetLevel) options.level = session.targetLevel;
  if (session.company && BUILT_IN_COMPANIES.has(session.company)) options.company = session.company;
  else if (customCompany) {
    options.company = customCompany.id;
    options.companies = [customCompany];
  }
  if (answer.questionText.trim() !== '') options.question = answer.questionText;
  if (answer.durationSeconds !== null) options.durationSeconds = answer.durationSeconds;
  return options;
}

/** Core's analysis of the transcript; null while it is empty. */
function analyseAnswer(transcript: string, options: AnalyzeOptions): Report | null {
  try {
    return analyze(transcript, options);
  } catch (error) {
    if (error instanceof AnalyzeError && error.code === 'empty_answer') return null;
    throw error;
  }
}

/** Everything an answer's analysis depends on: equal keys give equal analyses (core is deterministic). */
const analysisKey = (answer: PracticeAnswer, options: AnalyzeOptions) =>
  JSON.stringify([
    answer.transcript,
    options.type,
    options.level,
    options.company,
    options.question,
    options.durationSeconds,
  ]);

interface BadReference {
  round: number;
  answer: number;
  field: 'id' | 'storyId' | 'questionId';
  value: string;
}

function invalidReferences(bad: BadReference[]): ServiceError {
  const fields = [...new Set(bad.map((b) => b.field))].join(', ');
  return new ServiceError('invalid_reference', `Some answers name records that do not exist (${fields})`, {
    references: bad,
  });
}

const notFound = (id: string) => notFoundError('practice session', id);
const conflict = (current: PracticeSession) => versionConflict('practice session', current);

export function createPracticeService(storage: Storage, deps: PracticeServiceDeps = {}): PracticeService {
  const now = () => (deps.now ?? stampClock)().toISOString();
  const newId = deps.newId ?? randomUUID;
  const companies = createCompanyService(storage);

  /**
   * The rounds as they will be stored: references checked, questions filled in, transcripts
   * analysed (an unchanged answer keeps its analysis and the version that computed it).
   */
  /** The user's custom principle set with this id, when the session names one. */
  async function customCompanyOf(db: Db, company: string | null): Promise<CompanyPrincipleSet | undefined> {
    if (!company || BUILT_IN_COMPANIES.has(company)) return undefined;
    return companies.customSet(company, db);
  }

  async function buildRounds(
    db: Db,
    input: PracticeRoundInput[],
    session: SessionContext,
    version: number,
    current: PracticeSession | null,
  ): Promise<PracticeRound[]> {
    const customCompany = await customCompanyOf(db, session.company);
    const previousCustom =
      current && current.company !== session.company
        ? await customCompanyOf(db, current.company)
        : customCompany;
    const previous = new Map<string, { answer: PracticeAnswer; key: string }>();
    for (const round of current?.rounds ?? []) {
      for (const answer of round.answers) {
        previous.set(answer.id, {
          answer,
          key: analysisKey(answer, analyzeOptionsFor(answer, round.type, current ?? session, previousCustom)),
        });
      }
    }
    const bad: BadReference[] = [];
    const merged = input.map((round, r) =>
      (round.answers ?? []).map((answer, a) => {
        const kept = answer.id === undefined ? undefined : previous.get(answer.id)?.answer;
        if (answer.id !== undefined && !kept)
          bad.push({ round: r, answer: a, field: 'id', value: answer.id });
        return mergeAnswer(answer, kept, newId);
      }),
    );

    await checkLinks(db, merged, previous, bad);
    if (bad.length > 0) throw invalidReferences(bad);

    return input.map((round, r) => {
      const type = round.type ?? null;
      const answers = (merged[r] ?? []).map((answer) => {
        const options = analyzeOptionsFor(answer, type, session, customCompany);
        const before = previous.get(answer.id);
        if (before?.answer.analysis && before.key === analysisKey(answer, options)) {
          return {
            ...answer,
            analysis: before.answer.analysis,
            analysisVersion: before.answer.analysisVersion,
          };
        }
        const analysis = analyseAnswer(answer.transcript, options);
        return { ...answer, analysis, analysisVersion: analysis ? version : null };
      });
      return { name: round.name ?? `Round ${r + 1}`, type, answers };
    });
  }

  /** A stored session back in input form, so "rounds not sent" goes through the same path. */
  const asInput = (session: PracticeSession): PracticeRoundInput[] =>
    session.rounds.map((round) => ({
      name: round.name,
      type: round.type,
      answers: round.answers.map((a) => ({ id: a.id })),
    }));

  async function staleOrMissing(db: Db, id: string): Promise<ServiceError> {
    const current = await repo.getSession(db, id);
    return current ? conflict(current) : notFound(id);
  }

  return {
    async create(input) {
      const fields = practiceCreateSchema.parse(input);
      const at = now();
      return storage.transaction(async (trx) => {
        const context: SessionContext = {
          type: fields.type,
          targetLevel: fields.targetLevel ?? null,
          company: fields.company ?? null,
        };
        const session = withTotals({
          id: newId(),
          title: fields.title,
          ...context,
          startedAt: fields.startedAt ?? at,
          notes: fields.notes ?? '',
          rounds: await buildRounds(trx, fields.rounds ?? [], context, 1, null),
          version: 1,
          createdAt: at,
          updatedAt: at,
        });
        await repo.insertSession(trx, session);
        return session;
      });
    },

    async get(id) {
      const session = await repo.getSession(storage.db, id);
      if (!session) throw notFound(id);
      return session;
    },

    async list(query) {
      const page = await repo.listSessions(storage.db, storage.dialect, query);
      return { items: page.items, nextCursor: page.next ? encodeCursor(page.next) : null };
    },

    async update(id, patchInput, versionInput) {
      const patch = practicePatchSchema.parse(patchInput);
      const version = versionSchema.parse(versionInput);
      return storage.transaction(async (trx) => {
        const current = await repo.getSession(trx, id);
        if (!current) throw notFound(id);
        if (current.version !== version) throw conflict(current);
        const context: SessionContext = {
          type: patch.type ?? current.type,
          targetLevel: patch.targetLevel === undefined ? current.targetLevel : patch.targetLevel,
          company: patch.company === undefined ? current.company : patch.company,
        };
        const next = withTotals({
          ...current,
          ...context,
          title: patch.title ?? current.title,
          startedAt: patch.startedAt ?? current.startedAt,
          notes: patch.notes ?? current.notes,
          rounds: await buildRounds(trx, patch.rounds ?? asInput(current), context, version + 1, current),
          version: version + 1,
          updatedAt: now(),
        });
        // Guarded as well: on PostgreSQL another transaction may commit between read and write.
        if ((await repo.updateSessionIfVersion(trx, next, version)) === 0)
          throw await staleOrMissing(trx, id);
        return next;
      });
    },

    async delete(id, versionInput) {
      const version = versionSchema.parse(versionInput);
      await storage.transaction(async (trx) => {
        if ((await repo.deleteSessionIfVersion(trx, id, version)) === 0) throw await staleOrMissing(trx, id);
      });
    },
  };
}

/**
 * Checks the stories and questions the answers link to, and fills in a question's text from the
 * bank or your own question when only its id was sent. Only links an answer did not already
 * have are checked: a kept link may name a story (or one of your questions) deleted since, and
 * that must not block editing the session. Problems are added to `bad`.
 */
async function checkLinks(
  db: Db,
  rounds: PracticeAnswer[][],
  previous: ReadonlyMap<string, { answer: PracticeAnswer }>,
  bad: BadReference[],
): Promise<void> {
  const all = rounds.flat();
  const isNew = (answer: PracticeAnswer, field: 'storyId' | 'questionId') =>
    answer[field] !== null && answer[field] !== previous.get(answer.id)?.answer[field];
  const newStoryIds = all.flatMap((a) => (a.storyId && isNew(a, 'storyId') ? [a.storyId] : []));
  const ownQuestionIds = all.flatMap((a) =>
    a.questionId && !getQuestion(a.questionId) ? [a.questionId] : [],
  );
  const existingStories = await repo.existingStoryIds(db, [...new Set(newStoryIds)]);
  const ownQuestions = await repo.questionTexts(db, [...new Set(ownQuestionIds)]);
  rounds.forEach((answers, r) => {
    answers.forEach((answer, a) => {
      const { storyId, questionId } = answer;
      if (storyId && isNew(answer, 'storyId') && !existingStories.has(storyId)) {
        bad.push({ round: r, answer: a, field: 'storyId', value: storyId });
      }
      if (
        questionId &&
        isNew(answer, 'questionId') &&
        !getQuestion(questionId) &&
        !ownQuestions.has(questionId)
      ) {
        bad.push({ round: r, answer: a, field: 'questionId', value: questionId });
      }
      if (questionId && answer.questionText.trim() === '') {
        answer.questionText = getQuestion(questionId)?.text ?? ownQuestions.get(questionId) ?? '';
      }
    });
  });
}

/** An answer from its input: a kept answer's omitted fields keep their stored values; a new one gets defaults. */
function mergeAnswer(
  input: PracticeAnswerInput,
  kept: PracticeAnswer | undefined,
  newId: () => string,
): PracticeAnswer {
  return {
    id: kept?.id ?? newId(),
    questionId: input.questionId === undefined ? (kept?.questionId ?? null) : input.questionId,
    // A new question id without its text drops the old text, so the new question's is filled in.
    questionText:
      input.questionText ??
      (input.questionId !== undefined && input.questionId !== kept?.questionId
        ? ''
        : (kept?.questionText ?? '')),
    transcript: input.transcript ?? kept?.transcript ?? '',
    durationSeconds:
      input.durationSeconds === undefined ? (kept?.durationSeconds ?? null) : input.durationSeconds,
    storyId: input.storyId === undefined ? (kept?.storyId ?? null) : input.storyId,
    analysis: null,
    analysisVersion: null,
    scores:
      input.scores?.map((card) => ({
        by: card.by,
        peerName: card.peerName ?? null,
        ratings: card.ratings,
      })) ??
      kept?.scores ??
      [],
    notes: input.notes ?? kept?.notes ?? '',
  };
}
