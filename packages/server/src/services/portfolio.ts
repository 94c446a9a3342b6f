/**
 * The portfolio: the story matrix (with gaps, overuse and progress) and the story matcher.
 * Core does the thinking; this reads every story once, with its stored analysis summarised
 * (never re-analysed), and how often each was told.
 */
import {
  BUILT_IN_COMPANIES,
  buildMatrix,
  type CompanyPrincipleSet,
  getCompany,
  getQuestion,
  matchStories,
  type PortfolioStory,
  type QuestionSignals,
  type StatedQuestion,
  type SummarizableReport,
  statedQuestionSignals,
  summarizeReport,
  textQuestionSignals,
} from '@onsite/core';
import type { z } from 'zod';
import { getCompany as getCustomCompany } from '../db/repositories/company';
import { getQuestion as getStoredQuestion } from '../db/repositories/question';
import { listAllStoriesForPortfolio, type PortfolioStoryRow } from '../db/repositories/story';
import { countStoryUsage } from '../db/repositories/story-usage';
import type { Storage } from '../db/storage';
import { ServiceError } from './errors';
import {
  type MatchQuery,
  type MatchResponse,
  type MatrixQuery,
  type MatrixResponse,
  matchQuerySchema,
  matrixQuerySchema,
} from './portfolio-schema';
import { STORY_TEXT_FIELDS, type Story } from './story-schema';

export interface PortfolioService {
  matrix(query: MatrixQuery): Promise<MatrixResponse>;
  match(query: MatchQuery): Promise<MatchResponse>;
}

/** A bank id is one kebab-case token with a type prefix; no real question reads like that. */
const BANK_ID = /^(?:beh|tl|sod|cv)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A stored question's id is a server-made UUID. */
const STORED_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The built-in sets, plus the custom one asked about (its principle ids never clash with theirs). */
function withCustom(company: CompanyPrincipleSet | null): readonly CompanyPrincipleSet[] {
  return company && !company.builtIn ? [...BUILT_IN_COMPANIES, company] : BUILT_IN_COMPANIES;
}

/** A stored story as the portfolio reads it: the same mapping as a row of every story. */
export function portfolioStoryOf(story: Story): PortfolioStory {
  return toPortfolioStory({
    id: story.id,
    title: story.title,
    texts: STORY_TEXT_FIELDS.map((field) => story[field]),
    metrics: story.metrics,
    tags: story.tags,
    principles: story.principles,
    targetLevel: story.targetLevel,
    // Only an analysis of the story's current version counts, as listAllStoriesForPortfolio reads it.
    analysis: story.analysis !== null && story.analysisVersion === story.version ? story.analysis : null,
  });
}

/** A story row with any analysis the summary can read (a stored Report, or a served story's). */
type PortfolioSource = Omit<PortfolioStoryRow, 'analysis'> & { analysis: SummarizableReport | null };

function toPortfolioStory(row: PortfolioSource): PortfolioStory {
  return {
    id: row.id,
    title: row.title,
    text: row.texts.filter((text) => text !== '').join('\n'),
    tags: row.tags,
    principles: row.principles,
    metrics: row.metrics,
    targetLevel: row.targetLevel,
    analysis: row.analysis ? summarizeReport(row.analysis) : null,
  };
}

export function createPortfolioService(storage: Storage): PortfolioService {
  /** A built-in set, else one of the user's custom sets; anything else is a reference to nothing. */
  async function companyFor(id: string): Promise<CompanyPrincipleSet> {
    const builtIn = getCompany(id);
    if (builtIn) return builtIn;
    const custom = await getCustomCompany(storage.db, id.toLowerCase());
    if (!custom) throw new ServiceError('invalid_reference', `No company with id ${id}`, { company: id });
    return {
      id: custom.id,
      name: custom.name,
      builtIn: false,
      // Stored only after core validated the set, so every id has core's principle-id form.
      principles: custom.principles as CompanyPrincipleSet['principles'],
      interviewNotes: custom.interviewNotes,
    };
  }

  async function load() {
    const [rows, usage] = await Promise.all([
      listAllStoriesForPortfolio(storage.db),
      countStoryUsage(storage.db),
    ]);
    return { stories: rows.map(toPortfolioStory), usage };
  }

  /** What the question asks for: a bank id, the id of a stored question, or the question itself. */
  async function signalsFor(
    query: z.output<typeof matchQuerySchema>,
    company: CompanyPrincipleSet | null,
  ): Promise<QuestionSignals> {
    const text = query.question.trim();
    if (BANK_ID.test(text) || STORED_ID.test(text)) {
      const question = getQuestion(text) ?? (await storedQuestion(text));
      if (!question)
        throw new ServiceError('invalid_reference', `No question with id ${text}`, { question: text });
      const levels = question.levels.length === 0 && query.level ? [query.level] : question.levels;
      return statedQuestionSignals({ ...question, levels }, withCustom(company));
    }
    // Free text names principles loosely: look only at the company asked about, when there is one.
    return textQuestionSignals(text, {
      level: query.level ?? null,
      ...(company ? { companies: [company] } : {}),
    });
  }

  async function storedQuestion(id: string): Promise<StatedQuestion | undefined> {
    const stored = await getStoredQuestion(storage.db, id);
    if (!stored) return undefined;
    const { text, tags, principles, levels } = stored;
    return { id, text, competencies: tags, principles, levels };
  }

  return {
    async matrix(input) {
      const query = matrixQuerySchema.parse(input);
      const company = query.company === undefined ? null : await companyFor(query.company);
      const { stories, usage } = await load();
      return buildMatrix(stories, { company, level: query.level ?? null, usage });
    },

    async match(input) {
      const query = matchQuerySchema.parse(input);
      const company = query.company === undefined ? null : await companyFor(query.company);
      const signals = await signalsFor(query, company);
      const { stories, usage } = await load();
      return matchStories(stories, signals, { usage, limit: query.limit, companies: withCustom(company) });
    },
  };
}
