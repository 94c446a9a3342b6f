/**
 * A small RuleTester in the ESLint style, for the rule tests beside each rule. Every case runs
 * the real `analyze()` (parse, facts, all rules) and then looks only at one rule's findings:
 * `valid` cases must produce none, `invalid` cases exactly the listed message ids, in the order
 * they appear in the text. Tests assert ids and spans, never the prose of a message.
 *
 * Test-only: it imports Vitest. It lives outside rules/ because every non-test file there is a rule.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { RULES } from './rules';
import type { AnalyzeOptions, AnswerInput, Finding } from './types';

export interface ValidCase {
  /** What the case shows, e.g. "we throughout with clear I decisions". */
  name: string;
  text: AnswerInput;
  options?: AnalyzeOptions;
}

export interface InvalidCase extends ValidCase {
  /** The rule's findings, by message id, in text order. */
  messageIds: string[];
  /**
   * Words each finding must point at, aligned with `messageIds`: the finding's span
   * `text.slice(start, end)` must contain the string (case-insensitive). `null` skips one.
   */
  spans?: (string | null)[];
  /** Each finding's severity, aligned with `messageIds`, when the case is about it. */
  severities?: Finding['severity'][];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const FIELD_ORDER = [
  'situation',
  'task',
  'action',
  'result',
  'learnings',
  'leadershipDimension',
  'strategicImplication',
] as const;

/** The text offsets refer to: the answer itself, or STAR+ fields joined the way analyze() joins them. */
export function textOf(input: AnswerInput): string {
  if (typeof input === 'string') return input;
  return FIELD_ORDER.map((field) => input[field]?.trim() ?? '')
    .filter((value) => value !== '')
    .join('\n\n');
}

function ruleMeta(ruleId: string) {
  const rule = RULES.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule with id "${ruleId}" in RULES`);
  return rule.meta;
}

/**
 * One rule's findings for an answer, after checking the invariants every finding must keep:
 * points ≤ 0, a span inside the text, a known message id and a fully filled message.
 */
export function findingsOf(ruleId: string, input: AnswerInput, options: AnalyzeOptions = {}): Finding[] {
  const meta = ruleMeta(ruleId);
  const report = analyze(input, options);
  const text = textOf(input);
  const mine = report.findings.filter((f) => f.ruleId === ruleId);
  for (const f of mine) {
    expect(f.points, `${ruleId}/${f.messageId} points`).toBeLessThanOrEqual(0);
    expect(f.start, `${ruleId}/${f.messageId} start`).toBeGreaterThanOrEqual(0);
    expect(f.start, `${ruleId}/${f.messageId} start ≤ end`).toBeLessThanOrEqual(f.end);
    expect(f.end, `${ruleId}/${f.messageId} end`).toBeLessThanOrEqual(text.length);
    expect(Object.keys(meta.messages), `${ruleId} message ids`).toContain(f.messageId);
    expect(f.message, `${ruleId}/${f.messageId} message placeholders`).not.toMatch(/\{\{/);
  }
  return mine;
}

/** Registers one Vitest test per case, grouped under the rule's id. */
export function expectRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          const found = findingsOf(ruleId, c.text, c.options);
          expect(found.map((f) => f.messageId)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const found = findingsOf(ruleId, c.text, c.options);
          expect(found.map((f) => f.messageId)).toEqual(c.messageIds);
          if (c.severities) expect(found.map((f) => f.severity)).toEqual(c.severities);
          const text = textOf(c.text);
          (c.spans ?? []).forEach((words, i) => {
            const f = found[i];
            if (words === null || !f) return;
            expect(
              text.slice(f.start, f.end).toLowerCase(),
              `span of finding ${i} (${f.messageId})`,
            ).toContain(words.toLowerCase());
          });
        });
      }
    });
  });
}
