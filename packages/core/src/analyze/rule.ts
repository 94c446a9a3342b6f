/**
 * The analyzer's rule contract, modelled on ESLint: a rule is one file with `meta` (id,
 * description, default severity, message templates by id) and `check`, which reads the parsed
 * text and the shared facts and reports findings. Findings carry a `messageId`; tests assert
 * the id, never the prose.
 */
import type { Facts } from './facts';
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
}

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

/** Fills `{{name}}` placeholders; unknown names stay visible so a test catches them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  // Most messages have no placeholder; skip the pattern for them.
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
