/**
 * The analyzer's rule contract, modelled on ESLint: a rule is one file with `meta` (id,
 * description, default severity, message templates by id) and `check`, which reads the parsed
 * text and the shared facts and reports findings. Findings carry a `messageId`; tests assert
 * the id, never the prose.
 */
import type { Facts } from './facts';
import { sentenceAt } from './positions';
import type { ParsedText } from './text';
import type { ResolvedOptions, Severity } from './types';

export interface RuleMeta {
  id: string;
  /** One line: what the rule looks for, in an interviewer's words. */
  description: string;
  severity: Severity;
  /** Message templates by id; `{{name}}` is filled from the report's `data`. */
  messages: Record<string, string>;
  /**
   * The probe an interviewer asks next when this finding appears, by message id. Lower
   * `priority` is asked first. Follow-ups are derived from findings, so each has a reason.
   */
  followUps?: Record<string, { question: string; priority: number }>;
  /**
   * What the answer must have before the rule can report anything (its own first test returns
   * otherwise): a question, a target level, an approach reading (facts.approach). analyze() runs
   * the rule only when the answer has all of them (see rulesFor); rules.test.ts checks, on random
   * answers, that a rule without them reports nothing.
   */
  needs?: readonly RuleNeed[];
}

/** See RuleMeta.needs. */
export type RuleNeed = 'question' | 'level' | 'approach';

/**
 * What a rule reports. Rules write it as one literal with `start` and `end` written out (and
 * `severity: cond ? … : undefined`): spreading a span or a conditional `{ severity }` into the
 * literal copies it through a slow path (50–300 ns a report when hot; ~4 µs for one report in a
 * profile of analyze() on a 150-word answer).
 */
export interface RuleReport {
  messageId: string;
  start: number;
  end: number;
  /** Score effect, 0 or negative. */
  points: number;
  data?: Record<string, string | number>;
  actual?: string;
  suggestion?: string;
  severity?: Severity;
}

export interface RuleContext {
  parsed: ParsedText;
  options: ResolvedOptions;
  facts: Facts;
  report(finding: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A message template cut at its `{{name}}` placeholders: literal text and placeholders, alternating. */
interface Template {
  literals: string[];
  /** Per placeholder: its name and the placeholder as written (kept when the name has no value). */
  holes: { name: string; whole: string }[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Templates are a fixed set (every rule's messages): each is cut once, not on every finding. */
const templates = new Map<string, Template>();

function cut(template: string): Template {
  const literals: string[] = [];
  const holes: Template['holes'] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    literals.push(template.slice(last, m.index));
    holes.push({ name: m[1] as string, whole: m[0] });
    last = m.index + m[0].length;
  }
  literals.push(template.slice(last));
  return { literals, holes };
}

/** Fills `{{name}}` placeholders; unknown names stay visible so a test catches them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // Most messages have no placeholder; skip the pattern for them.
  if (!template.includes('{{')) return template;
  let cutTemplate = templates.get(template);
  if (cutTemplate === undefined) {
    cutTemplate = cut(template);
    // Bounded in case a caller formats templates of its own (built-in messages are a few dozen).
    if (templates.size >= 1000) templates.clear();
    templates.set(template, cutTemplate);
  }
  const { literals, holes } = cutTemplate;
  let out = literals[0] as string;
  for (let i = 0; i < holes.length; i++) {
    const { name, whole } = holes[i] as Template['holes'][number];
    out += (name in data ? String(data[name]) : whole) + (literals[i + 1] as string);
  }
  return out;
}

/**
 * Points for a rule that can fire several times with a ceiling on its total: the first finding
 * costs `first`, each later one `next`, and none takes the total past `cap` (all negative).
 */
export function cappedCost(cap: number): (first: number, next: number) => number {
  let lost = 0;
  return (first, next) => {
    const points = Math.max(cap - lost, lost === 0 ? first : next);
    lost += points;
    return points;
  };
}

/**
 * Where a finding about a matched phrase points when the phrase itself is the thing to rework: the
 * match's own span, with the phrase as `{{phrase}}` and `actual`.
 */
export function atPhrase(
  parsed: ParsedText,
  match: RegExpExecArray,
): { start: number; end: number; data: { phrase: string }; actual: string } {
  const start = match.index;
  const end = start + match[0].length;
  const phrase = parsed.text.slice(start, end);
  return { start, end, data: { phrase }, actual: phrase };
}

/**
 * Where a finding about a matched phrase points when the whole sentence is the thing to rework:
 * the sentence that holds the match, with the phrase as `{{phrase}}` and `actual`.
 */
export function inSentence(
  parsed: ParsedText,
  match: RegExpExecArray,
): { start: number; end: number; data: { phrase: string }; actual: string } {
  const phrase = parsed.text.slice(match.index, match.index + match[0].length);
  const { start, end } = sentenceAt(parsed, match.index);
  return { start, end, data: { phrase }, actual: phrase };
}
