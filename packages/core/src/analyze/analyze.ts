/**
 * analyze(answer, options) → Report. Deterministic and offline: parse once, read the facts once,
 * run every rule, then place the rubric dimensions, the level signal, the follow-ups and the score.
 */

import { coordinatedDeeds } from './detect/verbs';
import { placeDimensions } from './dimensions';
import { AnalyzeError, MAX_ANSWER_CHARS } from './errors';
import { computeFacts, type Facts } from './facts';
import { deriveFollowUps } from './follow-ups';
import { resolveOptions, settleByAnswer } from './options';
import { formatMessage, type Rule, type RuleContext } from './rule';
import { RULES, rulesFor } from './rules';
import { score } from './scoring';
import { sortSmall } from './sort-small';
import { parseText } from './text';
import type { AnalyzeOptions, AnswerInput, Finding, Report, StarFields, StarPartId } from './types';

/** Field order when structured STAR+ input is joined into one text. */
const FIELD_ORDER: [keyof StarFields, StarPartId | null][] = [
  ['situation', 'situation'],
  ['task', 'task'],
  ['action', 'action'],
  ['result', 'result'],
  ['learnings', 'learning'],
  ['leadershipDimension', null],
  ['strategicImplication', null],
];

interface Joined {
  text: string;
  parts: Partial<Record<StarPartId, { start: number; end: number }>>;
}

function join(input: AnswerInput): Joined {
  if (typeof input === 'string') return { text: input, parts: {} };
  const pieces: string[] = [];
  const parts: Joined['parts'] = {};
  let offset = 0;
  for (const [field, part] of FIELD_ORDER) {
    const value = input[field]?.trim();
    if (!value) continue;
    if (pieces.length > 0) offset += 2;
    if (part) parts[part] = { start: offset, end: offset + value.length };
    pieces.push(value);
    offset += value.length;
  }
  return { text: pieces.join('\n\n'), parts };
}

export function analyze(input: AnswerInput, options: AnalyzeOptions = {}): Report {
  if (typeof input !== 'string' && (typeof input !== 'object' || input === null)) {
    throw new AnalyzeError('empty_answer', 'the answer must be text or STAR+ fields');
  }
  const joined = join(input);
  if (joined.text.trim() === '') throw new AnalyzeError('empty_answer', 'the answer is empty');
  if (joined.text.length > MAX_ANSWER_CHARS) {
    throw new AnalyzeError('answer_too_long', `the answer is longer than ${MAX_ANSWER_CHARS} characters`, {
      length: joined.text.length,
    });
  }
  const resolved = resolveOptions(options);
  const parsed = parseText(joined.text);
  const settled = settleByAnswer(resolved.options, parsed.lower);
  const facts = computeFacts(parsed, settled, resolved.company);
  if (typeof input !== 'string') applyFields(facts, joined);

  const findings: Finding[] = [];
  // One context for every rule: `report` files the finding under the rule that is running.
  let rule: Rule = RULES[0];
  const context: RuleContext = {
    parsed,
    options: settled,
    facts,
    report(r) {
      findings.push(
        makeFinding(
          rule.meta.id,
          r.severity ?? rule.meta.severity,
          r.messageId,
          formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
          r,
        ),
      );
    },
  };
  for (rule of rulesFor(settled, facts)) rule.check(context);
  sortSmall(findings, (a, b) => a.start - b.start || a.end - b.end);

  // For an approach answer, the steps of the method it describes are the speaker's steps too.
  // "I set up…, created… and provided…" is three steps, though one clause.
  let ownClauses = 0;
  for (const a of facts.actions) if (a.subject === 'i') ownClauses++;
  const ownSteps =
    ownClauses + coordinatedDeeds(parsed, facts.actions) + (facts.approach?.method.length ?? 0);
  const scored = score(findings, { ownSteps });
  return {
    score: scored.score,
    rating: scored.rating,
    findings,
    star: facts.star.parts,
    dimensions: placeDimensions(facts, parsed.text, findings),
    level: {
      signal: facts.scope.level,
      // Each piece of evidence without its level, as a literal (scope.ts writes start, end, text,
      // level, reason: the keys keep that order).
      evidence: facts.scope.evidence
        .slice(0, 6)
        .map((e) => ({ start: e.start, end: e.end, text: e.text, reason: e.reason })),
    },
    metrics: facts.metrics,
    speech: facts.speech,
    principles: facts.principles,
    followUps: deriveFollowUps(findings, RULES),
    scoring: { items: scored.items },
    options: settled,
  };
}

/**
 * A finding, written as one object literal per set of keys (the optional `actual` and
 * `suggestion` last, in that order). V8 keeps the hidden class of an object literal alive with
 * the literal; one built by adding keys afterwards has a class that only lives as long as some
 * finding does, and a full gc that frees it throws away the optimised code of everything that
 * reads findings (scoring, follow-ups, dimensions).
 */
function makeFinding(
  ruleId: string,
  severity: Finding['severity'],
  messageId: string,
  message: string,
  r: { start: number; end: number; points: number; actual?: string; suggestion?: string },
): Finding {
  const { start, end, points, actual, suggestion } = r;
  if (actual !== undefined) {
    return suggestion !== undefined
      ? { ruleId, severity, messageId, message, start, end, points, actual, suggestion }
      : { ruleId, severity, messageId, message, start, end, points, actual };
  }
  return suggestion !== undefined
    ? { ruleId, severity, messageId, message, start, end, points, suggestion }
    : { ruleId, severity, messageId, message, start, end, points };
}

/** With structured input the candidate said which part is which; trust that over detection. */
function applyFields(facts: Facts, joined: Joined): void {
  for (const part of ['situation', 'task', 'action', 'result', 'learning'] as StarPartId[]) {
    const span = joined.parts[part];
    facts.star.parts[part] = span ? { present: true, start: span.start, end: span.end } : { present: false };
  }
}
