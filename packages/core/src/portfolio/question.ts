/**
 * What a question asks for, as the matcher weighs it: competencies, company principles and
 * levels. A bank question (or a stored one) states them; a question typed in free text is read
 * for cues (one competency cue is enough, since a question is short and every word is chosen),
 * and for the principles of the company given, by name or cues.
 */
import { BUILT_IN_COMPANIES } from '../framework/companies';
import type { CompanyPrincipleSet } from '../framework/companies/types';
import type { CompetencyTag, LevelId } from '../framework/ids';
import type { Question } from '../framework/questions/types';
import { findPrincipleCues } from './principle-cues';
import { findQuestionCompetencies } from './question-cues';

export interface QuestionCompetency {
  competency: CompetencyTag;
  /** The words that showed it; empty for a bank question, which states its competencies. */
  cues: string[];
}

export interface QuestionPrinciple {
  id: string;
  name: string;
  cues: string[];
}

export interface QuestionSignals {
  text: string;
  /** The bank question's id, or null for free text. */
  questionId: string | null;
  competencies: QuestionCompetency[];
  principles: QuestionPrinciple[];
  /** The levels the question suits; empty when unknown. */
  levels: LevelId[];
}

/**
 * The principle's name from its company set (found by the prefix of its id). A bank question may
 * name a principle no set defines (the bank keeps ids a set has since dropped): it still counts
 * for stories mapped to it, under a name read from the id ("netflix.candor" → "Candor").
 */
function principleNamed(id: string, companies: readonly CompanyPrincipleSet[]): QuestionPrinciple {
  const dot = id.indexOf('.');
  const principle = companies.find((c) => c.id === id.slice(0, dot))?.principles.find((p) => p.id === id);
  if (principle) return { id, name: principle.name, cues: [] };
  const words = id.slice(dot + 1).split('-');
  const name = words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
  return { id, name, cues: [] };
}

/** A question that states what it asks for: a bank question, or one the user stored with tags. */
export type StatedQuestion = Pick<Question, 'id' | 'text'> & {
  competencies: readonly CompetencyTag[];
  principles: readonly string[];
  levels: readonly LevelId[];
};

/**
 * A question with stated competencies, principles and levels. One stored without competency tags
 * is read for cues like free text, so an untagged question still finds its stories.
 */
export function statedQuestionSignals(
  question: StatedQuestion,
  companies: readonly CompanyPrincipleSet[] = BUILT_IN_COMPANIES,
): QuestionSignals {
  return {
    text: question.text,
    questionId: question.id,
    competencies:
      question.competencies.length > 0
        ? question.competencies.map((competency) => ({ competency, cues: [] }))
        : findQuestionCompetencies(question.text),
    principles: question.principles.map((id) => principleNamed(id, companies)),
    levels: [...question.levels],
  };
}

/**
 * A free-text question. `level`, when given, is the level the candidate interviews for. Principles
 * are looked for only among `companies` (none by default): without a company, a word such as
 * "judgment" or "innovation" is a competency, not one company's principle of that name.
 */
export function textQuestionSignals(
  text: string,
  options: { level?: LevelId | null; companies?: readonly CompanyPrincipleSet[] } = {},
): QuestionSignals {
  const companies = options.companies ?? [];
  return {
    text,
    questionId: null,
    competencies: findQuestionCompetencies(text),
    principles: companies.flatMap((company) =>
      findPrincipleCues(text, company).map((hit) => ({ id: hit.id, name: hit.name, cues: hit.cues })),
    ),
    levels: options.level ? [options.level] : [],
  };
}
