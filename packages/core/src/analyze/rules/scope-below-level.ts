/**
 * Scope for the target level: a director loop expects stories at director scale (50–150
 * engineers, a product line, $50M+ or 100M+ users). A well-told story at a smaller scale still
 * signals the level below. Only runs when a target level is given.
 */
import { calibrationFor, levelRank } from '../../framework/calibration';
import { asksAboutYourself, asksForReasoning } from '../../framework/questions/question-kind';
import { firstSentence } from '../positions';
import { defineRule } from '../rule';
import type { ResolvedOptions } from '../types';

/** What an answer that never states its scale costs, whatever the target level. */
const UNSTATED_COST = -6;

/** Whether the answer owes its scale: a story (or an answer to no stated question), or a self-pitch. */
function owesScale(options: ResolvedOptions): boolean {
  if (!asksForReasoning(options.questionKind)) return true;
  return options.question !== null && asksAboutYourself(options.question);
}

export default defineRule({
  meta: {
    id: 'scope-below-level',
    description:
      'The scope of the story (people, users, money, org breadth) should match the level you target.',
    severity: 'warning',
    needs: ['level'],
    messages: {
      belowLevel:
        'Scope reads as {{signal}}, below the {{target}} target ({{role}}: {{team}} engineers, {{impact}}).',
      noScope:
        'No scope stated: nothing says how many people, users or dollars were involved; {{target}} ({{role}}) means {{team}} engineers and {{impact}}.',
    },
    followUps: {
      belowLevel: {
        question: 'How large was the organisation and the business impact involved?',
        priority: 3,
      },
      noScope: {
        question: 'How many people were involved, and how big was the business at stake?',
        priority: 2,
      },
    },
  },
  check({ facts, parsed, options, report }) {
    if (!options.level) return;
    const target = calibrationFor(options.level);
    const signal = facts.scope.level;
    const gap = levelRank(options.level) - (signal ? levelRank(signal) : -1);
    if (gap <= 0) return;
    const data = {
      target: target.id,
      role: target.role,
      team: target.teamSize.max ? `${target.teamSize.min}–${target.teamSize.max}` : `${target.teamSize.min}+`,
      impact: target.impact.summary,
      signal: signal ?? 'below L5',
    };
    const strongest = [...facts.scope.evidence].sort(
      (a, b) => (b.level ? levelRank(b.level) : -1) - (a.level ? levelRank(a.level) : -1),
    )[0];
    // Not stating the scale is a gap an interviewer fills with one question, not evidence of a
    // smaller story: one fixed cost, never a red flag. A stated scale below the target is evidence.
    // Keywords alone ("the finance department", "a reorg") show a floor, not a ceiling: below
    // the target they leave the scale unstated rather than prove it smaller.
    const unstated = !facts.scope.measured;
    // A way of working, a view or a plan owes no scale ("What's your greatest weakness?", "Why did
    // you leave?", "How do you prioritise?"): only a story, or a pitch of who one is, does. A
    // scale stated below the target is still evidence, whatever the question.
    if (unstated && !owesScale(options)) return;
    const span = strongest ? { start: strongest.start, end: strongest.end } : firstSentence(parsed);
    report({
      messageId: unstated ? 'noScope' : 'belowLevel',
      start: span.start,
      end: span.end,
      data,
      actual: strongest?.text,
      // One rung short is a stretch story; two or three is the wrong story for this loop.
      points: unstated ? UNSTATED_COST : gap === 1 ? -6 : gap === 2 ? -12 : -20,
      // Two rungs short is the wrong story for this loop: a red flag in the debrief.
      severity: gap >= 2 && !unstated ? 'error' : undefined,
      suggestion: `State the scale in numbers (people led, users, revenue or budget), or choose a story at ${target.id} scope.`,
    });
  },
});
