/**
 * Business outcome: senior interviewers translate every story into what it did for customers,
 * revenue, cost or risk. Technical or team wins with no link to the business read as L4 work.
 */
import type { LevelId } from '../../framework/ids';
import { asksAboutWeakness } from '../../framework/questions/question-kind';
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

/**
 * What a result with no business link costs, by target level. A senior engineering manager is
 * judged on delivery and can name the business effect later; a VP owns the business outcome, so
 * at L7+ a story that never reaches it is the story of the level below. Without a target level
 * the middle rung is assumed.
 */
export const MISSING_BUSINESS_COST: Readonly<Record<LevelId | 'none', number>> = {
  L5: -6,
  L6: -7,
  'L7+': -9,
  none: -7,
};

export default defineRule({
  meta: {
    id: 'missing-business-outcome',
    description: 'Tie the result to the business: customers, revenue, cost, risk or speed to market.',
    severity: 'warning',
    messages: {
      missingBusiness:
        'No link to a business outcome: the answer never says what this meant for customers or the company.',
      missingBusinessPeople:
        'The result is about people ("{{outcome}}") but never says what it meant for the work or the company.',
    },
    followUps: {
      missingBusiness: {
        question: 'What did this mean for the business — customers, revenue, cost or risk?',
        priority: 2,
      },
      missingBusinessPeople: {
        question: 'What did that change for the team’s delivery or for the company?',
        priority: 3,
      },
    },
  },
  check({ facts, parsed, options, report }) {
    if (facts.businessLink) return;
    // "Why this role?", "Tell me about yourself", "What's your greatest weakness?": the answer is
    // about the speaker (motives, pitch, a trait and its remedy), and no interviewer asks what
    // it did for revenue.
    if (
      options.questionKind === 'view' ||
      (options.question !== null && asksAboutWeakness(options.question))
    ) {
      return;
    }
    // A growth or people story that ends in a concrete people outcome has already shown impact;
    // the business link is the next rung, not a gap of the same size.
    const people = facts.peopleOutcome;
    if (people) {
      report({
        messageId: 'missingBusinessPeople',
        start: people.start,
        end: people.end,
        data: { outcome: people.text },
        actual: people.text,
        points: -3,
        suggestion: 'Add what it changed: "…and the payments integration shipped a quarter early under her."',
      });
      return;
    }
    const span = lastSentence(parsed);
    report({
      messageId: 'missingBusiness',
      start: span.start,
      end: span.end,
      points: MISSING_BUSINESS_COST[options.level ?? 'none'],
      suggestion: 'Add the business effect: "…which cut churn by 2 points, about $1.2M a year."',
    });
  },
});
