/**
 * Business outcome: senior interviewers translate every story into what it did for customers,
 * revenue, cost or risk. Technical or team wins with no link to the business read as L4 work.
 */
import { lastSentence } from '../positions';
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'missing-business-outcome',
    description: 'Tie the result to the business: customers, revenue, cost, risk or speed to market.',
    severity: 'warning',
    messages: {
      missingBusiness:
        'No link to a business outcome: the answer never says what this meant for customers or the company.',
    },
    followUps: {
      missingBusiness: {
        question: 'What did this mean for the business — customers, revenue, cost or risk?',
        priority: 2,
      },
    },
  },
  check({ facts, parsed, report }) {
    if (facts.businessLink) return;
    report({
      messageId: 'missingBusiness',
      ...lastSentence(parsed),
      points: -7,
      suggestion: 'Add the business effect: "…which cut churn by 2 points, about $1.2M a year."',
    });
  },
});
