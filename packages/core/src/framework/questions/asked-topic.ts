/**
 * A small, pure heuristic: which situation does a behavioral question put at the centre? "Tell
 * me about a disagreement…" asks for a disagreement; "…influenced a team you had no authority
 * over" asks for people outside your line; "…an underperformer" for a person's performance. Questions about customers are not
 * checked: a customer is named in too many ways (sellers, hotels, riders…) to tell by words. An
 * answer can be a fine story and still not contain the thing asked about; the analyzer checks
 * the answer names it at least once.
 */
import type { CompetencyTag } from '../ids';
import { normaliseQuestion } from './past-story';

/** The competencies (framework/ids.ts) whose questions are checked, narrowest reading first. */
export const ASKED_TOPICS = [
  'conflict',
  'influence',
  'performance',
  'hiring',
] as const satisfies readonly CompetencyTag[];
export type AskedTopic = (typeof ASKED_TOPICS)[number];

/** Wordings that make each topic the centre of the question (not a passing mention). */
const TOPIC_PATTERNS: Record<AskedTopic, readonly RegExp[]> = {
  conflict: [
    /\b(disagree|disagreed|disagreement|disagreements|conflict|conflicts|conflicting views|clash|clashed)\b/,
    /\b(push|pushed) ?back\b/,
    /\bdifficult (coworker|co-worker|colleague|peer|stakeholder|person|relationship|team ?mate|partner|manager|boss)\b/,
  ],
  influence: [
    /\b(no|without|little) (formal |direct )?authority\b/,
    /\b(influence|influenced|persuade|persuaded|convince|convinced) (a|an|another|other|the|your|people|peers?|stakeholders?|leaders?|executives?|someone|senior)\b/,
    /\b(get|got|gain|gained|win|won|build|built) buy-?in\b/,
  ],
  // A person's performance: "a performance problem" alone may be a slow system.
  performance: [
    /\b(underperform\w*|under-perform\w*|low[- ]perform\w*|poor performer|poor performers)\b/,
    /\b(team member|engineer|report|employee|colleague|person|someone|manager)(?:'s)? (performance|was not performing|wasn't performing)\b/,
    /\bperformance (issue|issues|problem|problems|gap|concern|concerns) (with|of|on) (a|an|one|your|someone|the person|a member)\b/,
  ],
  hiring: [/\b(hire|hired|hiring|recruit|recruited|recruiting)\b/],
};

/** The topics a question centres on, in ASKED_TOPICS order; none for most questions. */
export function askedTopics(questionText: string): AskedTopic[] {
  const text = normaliseQuestion(questionText);
  return ASKED_TOPICS.filter((topic) => TOPIC_PATTERNS[topic].some((pattern) => pattern.test(text)));
}
