import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../facts';
import { resolveOptions } from '../options';
import type { Rule, RuleContext, RuleReport } from '../rule';
import { parseText } from '../text';
import type { AnalyzeOptions } from '../types';
import { RULES, rulesFor } from '.';

/**
 * Sentences that set off the rules with needs (a declined goal, a stock weakness, no criticism, a
 * view, a method) and plain story sentences, so that a rule run without its needs would have
 * something to report if it could.
 */
const SENTENCES = [
  "I haven't really thought about where I want to be.",
  "Honestly, I'm a perfectionist and I work too hard.",
  'I rarely get criticized by my managers.',
  'What would success look like in the first six months?',
  'I believe in transparency because my last team taught me that.',
  'First I list the work, then I rank it by impact and cost.',
  'Communication is key.',
  'I want to move into product management somewhere else.',
  'We migrated the billing monolith to services over two quarters.',
  'I hired two engineers and coached the team lead.',
  'Latency dropped by 40 percent and churn fell.',
  'The team still uses the playbook today.',
  'I learned to write down the trade-off before deciding.',
  'My manager told me my updates were too long, so I now lead with the decision.',
];
const QUESTIONS = [
  undefined,
  'What is your greatest weakness?',
  'Where do you see yourself in five years?',
  'Do you have any questions for us?',
  'Tell me about a time you received critical feedback.',
  'Why do you want this role?',
  'How do you prioritise competing work?',
  'Tell me about yourself.',
  'Tell me about a conflict with a peer.',
  'What would you do if your team missed a deadline?',
];
const LEVELS = [undefined, 'L5', 'L6', 'L7', 'Director'];

/** What a rule reports on an answer, run on its own (as analyze() would run it). */
function reportsOf(rule: Rule, context: Omit<RuleContext, 'report'>): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.check({ ...context, report: (r) => reports.push(r) });
  return reports;
}

describe('rulesFor', () => {
  it('leaves out only rules that would report nothing: every rule left out has a need the answer lacks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...QUESTIONS),
        fc.constantFrom(...LEVELS),
        (sentences, question, level) => {
          const input: AnalyzeOptions = { spoken: true };
          if (question !== undefined) input.question = question;
          if (level !== undefined) input.level = level;
          const resolved = resolveOptions(input);
          const parsed = parseText(sentences.join(' '));
          const facts = computeFacts(parsed, resolved.options, resolved.company);
          const chosen = rulesFor(resolved.options, facts);
          // In RULES order, so findings are reported in the same order.
          expect(chosen).toEqual(RULES.filter((rule) => chosen.includes(rule)));
          for (const rule of RULES) {
            if (chosen.includes(rule)) continue;
            expect(reportsOf(rule, { parsed, options: resolved.options, facts }), rule.meta.id).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('runs every rule when the answer has a question, a level and an approach reading', () => {
    const resolved = resolveOptions({ question: 'What is your greatest weakness?', level: 'L6' });
    const parsed = parseText(`${SENTENCES[1]} ${SENTENCES[5]}`);
    const facts = computeFacts(parsed, resolved.options, resolved.company);
    expect(facts.approach).not.toBeNull();
    expect(rulesFor(resolved.options, facts)).toEqual([...RULES]);
  });
});
