/** Turns caller options into the resolved set the rules read; bad options become AnalyzeErrors. */
import { getCompany } from '../framework/companies';
import type { CompanyPrincipleSet } from '../framework/companies/types';
import { INTERVIEW_TYPE_IDS, type InterviewTypeId } from '../framework/ids';
import { resolveLevel } from '../framework/level-aliases';
import { asksForPastStory, asksWhetherEver } from '../framework/questions/past-story';
import { questionKind } from '../framework/questions/question-kind';
import { asksAboutSetback } from '../framework/questions/setback';
import { AnalyzeError } from './errors';
import type { AnalyzeOptions, ResolvedOptions } from './types';

export interface Resolved {
  options: ResolvedOptions;
  company: CompanyPrincipleSet | undefined;
}

export function resolveOptions(input: AnalyzeOptions = {}): Resolved {
  const level = input.level === undefined || input.level === '' ? null : resolveLevel(input.level);
  if (input.level && level === null) {
    throw new AnalyzeError(
      'unknown_level',
      `unknown level "${input.level}" (try L5, L6, L7+, M2, D1, E6, Director, VP)`,
      {
        level: input.level,
      },
    );
  }
  const type = (input.type ?? 'behavioral') as InterviewTypeId;
  if (!INTERVIEW_TYPE_IDS.includes(type)) {
    throw new AnalyzeError(
      'unknown_interview_type',
      `unknown interview type "${input.type}" (one of ${INTERVIEW_TYPE_IDS.join(', ')})`,
      {
        type: input.type,
      },
    );
  }
  let company: CompanyPrincipleSet | undefined;
  if (input.company) {
    company = getCompany(input.company, input.companies);
    if (!company) {
      throw new AnalyzeError('unknown_company', `unknown company "${input.company}"`, {
        company: input.company,
      });
    }
  }
  const duration = input.durationSeconds;
  // At least a second: a shorter "recording" is no measurement, and words per second over a
  // vanishing duration overflow to Infinity, which no report can carry.
  if (duration !== undefined && (!Number.isFinite(duration) || duration < 1 || duration > 24 * 3600)) {
    throw new AnalyzeError(
      'invalid_duration',
      'duration must be a number of seconds from 1 to 86,400 (24 hours)',
      {
        durationSeconds: duration,
      },
    );
  }
  const question = input.question?.trim() || null;
  return {
    company,
    options: {
      level,
      company: company?.id ?? null,
      type,
      question,
      durationSeconds: duration ?? null,
      spoken: input.spoken ?? duration !== undefined,
      // Without the question, behavioural-style rounds still expect a story; design rounds don't.
      asksForPastStory: question ? asksForPastStory(question) : type !== 'system-org-design',
      asksAboutSetback: question ? asksAboutSetback(question) : false,
      questionKind: question ? questionKind(question) : null,
    },
  };
}

/**
 * The answer opens by saying the speaker has not done it: "No.", "No, I haven't…", "Not yet,",
 * "Thankfully, no.", "I have never had to…". (`lower` is the answer lower-cased, quotes folded.)
 */
const NEVER_DONE =
  /^[\s"'(*_-]*(?:(?:thankfully|fortunately|luckily|honestly|actually),? )?(?:(?:no|nope|not yet|not personally|not really|never)\s*[,.!;:\u2013\u2014-]|i (?:have not|haven't|have never|never have|never had to)\b|i've never\b)/;

/**
 * The answer opens by saying yes to a "Have you ever…?" question: "Yes, I have.", "I have, and…",
 * "Unfortunately, yes." The deed asked about is then told, in the question's words.
 */
const YES_DONE =
  /^[\s"'(*_-]*(?:(?:unfortunately|sadly|regrettably|honestly|actually),? )?(?:(?:yes|yeah|yep)\b|i (?:have|did)\b(?! not| never)|i've had to\b)/;

/** True when a "Have you ever…?" question is answered "Yes, I have…": the deed is the question's. */
export function affirmsExperience(options: ResolvedOptions, lower: string): boolean {
  return options.question !== null && asksWhetherEver(options.question) && YES_DONE.test(lower);
}

/**
 * Options as the answer settles them. Asked "Have you ever fired someone?" (a yes-or-no question
 * about experience), "No, I haven't, but…" answers it truly: what follows is how the speaker would
 * go about it, judged as a scenario's plan, not as a story told wrong (a hypothetical, no result).
 * Not for a failure, a mistake or a missed deadline (asksAboutSetback): everyone has one, and "No"
 * there declines the question (hypothetical-answer's noExample).
 */
export function settleByAnswer(options: ResolvedOptions, lower: string): ResolvedOptions {
  if (options.question === null || !options.asksForPastStory || options.asksAboutSetback) return options;
  if (!asksWhetherEver(options.question) || !NEVER_DONE.test(lower)) return options;
  return { ...options, asksForPastStory: false, questionKind: 'scenario' };
}
