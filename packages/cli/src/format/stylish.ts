/**
 * The default report, modelled on ESLint's "stylish" formatter: the file path, then one row per
 * finding (`line:col  severity  message  ruleId`, aligned in columns), then what an interviewer
 * would take away: score, rubric, level signal, STAR+, metrics, delivery, principles, and the
 * follow-up questions the answer invites.
 */
import type { DimensionLevel, Finding, Rating, Report, Severity } from '@onsite/core';
import { createLocator } from '../input';
import { type Palette, palette } from '../io';
import type { AnalysisResult } from './result';

const LABEL_WIDTH = 12;
const MAX_FOLLOW_UPS = 3;
const MAX_METRICS = 6;
const MAX_EVIDENCE_CHARS = 70;

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** "technicalDepth" → "technical depth". */
export function humanize(id: string): string {
  return id.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** 165 → "2:45". */
export function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > MAX_EVIDENCE_CHARS ? `${flat.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : flat}”`;
}

function severityPaint(severity: Severity, p: Palette): (text: string) => string {
  if (severity === 'error') return p.red;
  if (severity === 'warning') return p.yellow;
  return p.blue;
}

function ratingPaint(rating: Rating, p: Palette): (text: string) => string {
  if (rating === 'needs-work') return p.red;
  if (rating === 'good') return p.yellow;
  return p.green;
}

function levelPaint(level: DimensionLevel, p: Palette): (text: string) => string {
  if (level === 'below') return p.red;
  if (level === 'good') return p.yellow;
  return p.green;
}

/** ESLint drops a message's final period in the table; so do we. */
function tableMessage(message: string): string {
  return message
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([^ .])\.$/, '$1');
}

function findingRows(findings: readonly Finding[], text: string, p: Palette, columns: number): string[] {
  const locate = createLocator(text);
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort(
    (a, b) => a.start - b.start || rank[a.severity] - rank[b.severity] || a.end - b.end,
  );
  const rows = sorted.map((finding) => {
    const { line, column } = locate(finding.start);
    return {
      line: String(line),
      column: String(column),
      severity: finding.severity,
      message: tableMessage(finding.message),
      ruleId: finding.ruleId,
      suggestion: finding.suggestion,
    };
  });
  const width = (pick: (row: (typeof rows)[number]) => string) =>
    Math.max(0, ...rows.map((row) => pick(row).length));
  const lineWidth = width((row) => row.line);
  const columnWidth = width((row) => row.column);
  const severityWidth = width((row) => row.severity);
  const messageIndent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);
  // Columns as ESLint aligns them, except that on a narrow terminal the rule id column is not
  // pushed past the edge by the longest message: longer messages simply overflow.
  const room =
    columns > 0 ? columns - messageIndent.length - 2 - width((row) => row.ruleId) : Number.POSITIVE_INFINITY;
  const messageWidth = Math.min(
    width((row) => row.message),
    Math.max(20, room),
  );
  const out: string[] = [];
  for (const row of rows) {
    const position = p.dim(`${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`);
    const severity = severityPaint(row.severity, p)(row.severity.padEnd(severityWidth));
    out.push(`  ${position}  ${severity}  ${row.message.padEnd(messageWidth)}  ${p.dim(row.ruleId)}`);
    if (row.suggestion) out.push(`${messageIndent}${p.cyan(`→ ${tableMessage(row.suggestion)}`)}`);
  }
  return out;
}

function field(label: string, value: string, p: Palette): string {
  return `  ${p.bold(label.padEnd(LABEL_WIDTH))}${value}`;
}

function continuation(value: string): string {
  return `  ${' '.repeat(LABEL_WIDTH)}${value}`;
}

function levelLine(report: Report, p: Palette): string {
  const { signal, evidence } = report.level;
  const target = report.options.level;
  const why =
    evidence.length > 0
      ? ` — ${evidence
          .slice(0, 2)
          .map((item) => quote(item.text))
          .join(', ')}`
      : '';
  if (signal === null) {
    return `${p.dim('no clear level signal')}${target ? ` (target ${target})` : ''}`;
  }
  if (!target) return `reads as ${p.bold(signal)}${why}`;
  const order = ['L5', 'L6', 'L7+'];
  const gap = order.indexOf(signal) - order.indexOf(target);
  const verdict =
    gap === 0 ? p.green('on target') : gap > 0 ? p.green('above target') : p.red('below target');
  return `reads as ${p.bold(signal)}, target ${target}: ${verdict}${why}`;
}

/** What a question that owes no story asks for instead, as the STAR+ line says it. */
const NOT_A_STORY: Partial<Record<string, string>> = {
  view: 'not owed: a view is read for its reasons and the experience behind them',
  approach: 'not owed: an approach is read for its method and a real case',
  scenario: 'not owed: a scenario is read for its plan and a real case',
};

function starLine(report: Report, p: Palette): string {
  // A red ✗ for each part of a story the question never asked for would read as five problems.
  const instead = report.options.questionKind ? NOT_A_STORY[report.options.questionKind] : undefined;
  if (instead) return p.dim(instead);
  return Object.entries(report.star)
    .map(([part, { present }]) => (present ? p.green(`✓ ${part}`) : p.red(`✗ ${part}`)))
    .join('  ');
}

function metricsLine(report: Report, p: Palette): string {
  const { metrics } = report;
  if (metrics.length === 0)
    return p.red('none — add a number: how many, how much, how fast, from what to what');
  const shown = metrics.slice(0, MAX_METRICS).map((metric) => quote(metric.text));
  const more = metrics.length > MAX_METRICS ? `, +${metrics.length - MAX_METRICS} more` : '';
  return `${metrics.length}: ${shown.join(', ')}${more}`;
}

function speechLine(report: Report, p: Palette): string {
  const { words, estimatedSeconds, fillers, wpm } = report.speech;
  const time =
    wpm === undefined ? `~${clock(estimatedSeconds)} spoken` : `${clock(estimatedSeconds)} at ${wpm} wpm`;
  // Grouped case-insensitively, shown as first written ("I think" ×2, not "i think").
  const counts = new Map<string, { text: string; count: number }>();
  for (const filler of fillers) {
    const key = filler.text.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { text: filler.text, count: 1 });
  }
  const list = [...counts.values()].map(({ text, count }) =>
    count > 1 ? `“${text}” ×${count}` : `“${text}”`,
  );
  const fillerText =
    fillers.length === 0 ? 'no fillers' : `${plural(fillers.length, 'filler')}: ${list.join(', ')}`;
  return `${plural(words, 'word')} · ${time} · ${fillers.length === 0 ? fillerText : p.yellow(fillerText)}`;
}

/** What the answer was judged against, so a flag overriding frontmatter is visible. */
function contextLine(report: Report, p: Palette, labels: Labels): string {
  const { type, level, company, question, spoken } = report.options;
  const parts = [`${labels.interviewType?.(type) ?? type.replace(/-/g, ' ')} interview`];
  parts.push(level ? `target ${level}` : 'no target level');
  if (company) parts.push(`${labels.company?.(company) ?? company} principles`);
  if (spoken) parts.push('spoken');
  if (question) parts.push(quote(question));
  return parts.join(p.dim(' · '));
}

function summaryLines(report: Report, p: Palette, labels: Labels): string[] {
  const lines: string[] = [];
  lines.push(field('Judged as', contextLine(report, p, labels), p));
  lines.push(
    field('Score', `${p.bold(`${report.score}/100`)}  ${ratingPaint(report.rating, p)(report.rating)}`, p),
  );
  const dimensions = Object.entries(report.dimensions).map(
    ([id, result]) => `${humanize(id)} ${levelPaint(result.level, p)(result.level)}`,
  );
  lines.push(field('Rubric', dimensions.join(p.dim(' · ')), p));
  lines.push(field('Level', levelLine(report, p), p));
  lines.push(field('STAR+', starLine(report, p), p));
  lines.push(field('Metrics', metricsLine(report, p), p));
  lines.push(field('Speech', speechLine(report, p), p));
  const principles = report.principles.map((hit) => hit.name);
  lines.push(field('Principles', principles.length > 0 ? principles.join(', ') : p.dim('none shown'), p));
  const followUps = report.followUps.slice(0, MAX_FOLLOW_UPS);
  followUps.forEach((followUp, index) => {
    const text = `${index + 1}. ${followUp.question}`;
    lines.push(index === 0 ? field('Follow-ups', text, p) : continuation(text));
  });
  if (followUps.length === 0) lines.push(field('Follow-ups', p.dim('none expected'), p));
  return lines;
}

/** Display names for ids (the caller has the framework data; this module stays free of it). */
export interface Labels {
  interviewType?: (id: string) => string;
  company?: (id: string) => string;
}

export interface StylishOptions {
  color: boolean;
  /** Terminal width; 0 or absent when output is piped (then columns are never narrowed). */
  columns?: number;
  labels?: Labels;
}

/** Formats every result, then one closing line with the problem count (as ESLint does). */
export function formatStylish(results: readonly AnalysisResult[], options: StylishOptions): string {
  const p = palette(options.color);
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    const { report } = result;
    for (const finding of report.findings) counts[finding.severity] += 1;
    const title = result.title ? `  ${p.dim(quote(result.title))}` : '';
    out.push(`${p.underline(result.filePath)}${title}`);
    out.push(...findingRows(report.findings, result.text, p, options.columns ?? 0));
    if (report.findings.length === 0) out.push(`  ${p.green('no findings')}`);
    out.push('');
    out.push(...summaryLines(report, p, options.labels ?? {}));
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  const answers = plural(results.length, 'answer');
  if (total === 0) {
    out.push(p.green(`✔ no problems in ${answers}`));
  } else {
    const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
    if (counts.info > 0) parts.push(`${counts.info} info`);
    const line = `✖ ${plural(total, 'problem')} (${parts.join(', ')}) in ${answers}`;
    out.push(counts.error > 0 ? p.red(p.bold(line)) : p.yellow(p.bold(line)));
  }
  return `${out.join('\n')}\n`;
}
