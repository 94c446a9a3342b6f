/**
 * The 2–3 questions an interviewer would probe next. They come from what the answer leaves open
 * (each rule names its probe), most important first; a solid answer still gets the "why" ladder:
 * interviewers dig beneath good answers to test judgement, not only beneath weak ones.
 */
import { formatMessage, type Rule } from './rule';
import { sortSmall } from './sort-small';
import type { Finding, FollowUp } from './types';

const WHY_LADDER: FollowUp[] = [
  {
    question: 'What was the hardest trade-off in that, and what did you give up to make it?',
    reason: 'The answer is complete; the "why" ladder tests the judgement beneath it.',
  },
  {
    question: 'If you faced the same problem at ten times the scale, what would you do differently?',
    reason: 'Probes whether the approach transfers to the larger scope of the new role.',
  },
  {
    question: 'What would your team say you could have done better there?',
    reason: 'Checks self-awareness and how the candidate hears feedback.',
  },
];

/** Rules by id, built once per rule list (analyze() always passes the same RULES). */
const rulesById = new WeakMap<readonly Rule[], Map<string, Rule>>();

function indexRules(rules: readonly Rule[]): Map<string, Rule> {
  let byId = rulesById.get(rules);
  if (!byId) {
    byId = new Map(rules.map((r) => [r.meta.id, r]));
    rulesById.set(rules, byId);
  }
  return byId;
}

export function deriveFollowUps(findings: Finding[], rules: readonly Rule[]): FollowUp[] {
  const byId = indexRules(rules);
  const candidates: (FollowUp & { priority: number; order: number })[] = [];
  findings.forEach((f, order) => {
    const probe = byId.get(f.ruleId)?.meta.followUps?.[f.messageId];
    if (!probe) return;
    candidates.push({
      question: formatMessage(probe.question, { word: f.actual ?? '' }),
      reason: f.message,
      ruleId: f.ruleId,
      priority: probe.priority,
      order,
    });
  });
  sortSmall(candidates, (a, b) => a.priority - b.priority || a.order - b.order);
  const chosen: FollowUp[] = [];
  const seenRules = new Set<string>();
  for (const c of candidates) {
    if (chosen.length === 3) break;
    // One probe per rule and per question: an interviewer does not ask the same thing twice.
    if (seenRules.has(c.ruleId ?? '') || chosen.some((x) => x.question === c.question)) continue;
    seenRules.add(c.ruleId ?? '');
    chosen.push(
      c.ruleId
        ? { question: c.question, reason: c.reason, ruleId: c.ruleId }
        : { question: c.question, reason: c.reason },
    );
  }
  for (const probe of WHY_LADDER) {
    if (chosen.length >= 2) break;
    chosen.push(probe);
  }
  return chosen;
}
