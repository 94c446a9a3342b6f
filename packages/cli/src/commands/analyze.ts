/**
 * `onsite analyze [--json] [--level L] [--company C] [--type T] [--question Q] FILE... | -`
 *
 * Lints interview answers like ESLint lints code. Each input is read, checked and analysed on
 * its own: a bad input costs one stderr line and exit status 2, and the others still report.
 */
import { parseArgs } from 'node:util';
import type { AnalyzeError, AnalyzeOptions, CompetencyTag } from '@onsite/core';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  errorLine,
  InputError,
  UsageError,
  usageFromParseArgs,
} from '../errors';
import { formatJson } from '../format/json';
import type { AnalysisResult } from '../format/result';
import { formatStylish } from '../format/stylish';
import { type Frontmatter, readOperand, shiftSpans, splitFrontmatter } from '../input';
import { type Io, useColor, wrapWidth, writeLine } from '../io';
import { type Checked, checkCompany, checkLevel, checkTag, checkType } from '../validate';
import { version } from '../version';

type Core = typeof import('@onsite/core');

export const HELP = `Usage: onsite analyze [options] FILE... | -

Reads interview answers (plain text, or Markdown with YAML frontmatter) and reports what an
interviewer would notice: findings by line:col, then score, rubric dimensions, level signal,
STAR+ parts, metrics, delivery, principles shown and the follow-ups you should expect.
Use - to read one answer from standard input.

Options:
  --level LEVEL      target level: L5, L6, L7+ or an alias (M2, E6, IC7, Director, VP…)
  --company NAME     judge against a company's principles: amazon, google, meta,
                     microsoft, apple, netflix
  --type TYPE        interview type: behavioral, technical-leadership,
                     system-org-design, culture-values (a unique prefix is enough)
  --question TEXT    the question the answer responds to
  --json             print [{"filePath": …, "report": …}] instead of the text report
  -h, --help         show this help
  --version          show the version

Frontmatter (all optional; flags override it):
  title, question, level, company, type, tags (list), spoken (true/false),
  duration (seconds, or "m:ss")

Exit status: 0 no error-severity finding, 1 at least one error-severity finding,
2 usage error or unreadable input (one line on stderr per problem).

Examples:
  onsite analyze answers/*.md
  onsite analyze --level L6 --company amazon --json story.md
  pbpaste | onsite analyze --question "Tell me about a time you disagreed" -`;

interface Flags {
  json: boolean;
  level?: string;
  company?: string;
  type?: string;
  question?: string;
}

function parse(argv: readonly string[]): {
  flags: Flags;
  operands: string[];
  help: boolean;
  version: boolean;
} {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        level: { type: 'string' },
        company: { type: 'string' },
        type: { type: 'string' },
        question: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    const flags: Flags = { json: values.json === true };
    if (values.level !== undefined) flags.level = values.level;
    if (values.company !== undefined) flags.company = values.company;
    if (values.type !== undefined) flags.type = values.type;
    if (values.question !== undefined) flags.question = values.question;
    return { flags, operands: positionals, help: values.help === true, version: values.version === true };
  } catch (error) {
    throw usageFromParseArgs(error, 'analyze');
  }
}

function unwrap<T>(checked: Checked<T>, fail: (reason: string) => Error): T {
  if (!checked.ok) throw fail(checked.reason);
  return checked.value;
}

/** Flags are checked once, before any file is read: a bad flag is a usage error. */
function checkFlags(core: Core, flags: Flags): AnalyzeOptions {
  const usage = (reason: string) => new UsageError(reason, 'analyze', false);
  const options: AnalyzeOptions = {};
  if (flags.level !== undefined) options.level = unwrap(checkLevel(core, flags.level), usage);
  if (flags.company !== undefined) options.company = unwrap(checkCompany(core, flags.company), usage);
  if (flags.type !== undefined) options.type = unwrap(checkType(core, flags.type), usage);
  if (flags.question !== undefined) {
    if (flags.question.trim() === '') throw usage("option '--question' needs a non-empty value");
    options.question = flags.question.trim();
  }
  return options;
}

/** Frontmatter supplies defaults; the checked flags win. */
function optionsFor(
  core: Core,
  name: string,
  frontmatter: Frontmatter,
  fromFlags: AnalyzeOptions,
  warn: (line: string) => void,
): AnalyzeOptions {
  const bad = (reason: string) => new InputError(name, `frontmatter: ${reason}`);
  const options: AnalyzeOptions = {};
  if (frontmatter.level !== undefined && fromFlags.level === undefined) {
    options.level = unwrap(checkLevel(core, frontmatter.level), bad);
  }
  if (frontmatter.company !== undefined && fromFlags.company === undefined) {
    options.company = unwrap(checkCompany(core, frontmatter.company), bad);
  }
  if (frontmatter.type !== undefined && fromFlags.type === undefined) {
    options.type = unwrap(checkType(core, frontmatter.type), bad);
  }
  if (frontmatter.question !== undefined) options.question = frontmatter.question;
  if (frontmatter.spoken !== undefined) options.spoken = frontmatter.spoken;
  if (frontmatter.durationSeconds !== undefined) options.durationSeconds = frontmatter.durationSeconds;
  if (frontmatter.tags !== undefined) {
    const tags: CompetencyTag[] = [];
    for (const tag of frontmatter.tags) {
      const checked = checkTag(core, tag);
      if (checked.ok) tags.push(checked.value);
      else warn(`onsite: ${name}: warning: frontmatter: ignoring ${checked.reason}`);
    }
    options.tags = tags;
  }
  return { ...options, ...fromFlags };
}

/** Turns the analyzer's stable error codes into words, at the edge (DESIGN.md). */
export function describeAnalyzeError(error: AnalyzeError): string {
  switch (error.code) {
    case 'empty_answer':
      return 'empty answer: there is nothing to analyse';
    case 'answer_too_long':
      return 'answer is too long (the limit is 1,000,000 characters)';
    case 'unknown_level':
      return `unknown level (expected L5, L6, L7+ or an alias): ${error.message}`;
    case 'unknown_company':
      return `unknown company: ${error.message}`;
    case 'unknown_interview_type':
      return `unknown interview type: ${error.message}`;
    case 'invalid_duration':
      return 'duration must be from 1 second to 24 hours';
    default:
      return error.message;
  }
}

async function analyzeOperand(
  core: Core,
  operand: string,
  fromFlags: AnalyzeOptions,
  io: Io,
): Promise<AnalysisResult> {
  const source = await readOperand(operand, io);
  const { frontmatter, body, bodyOffset } = await splitFrontmatter(source.name, source.text);
  const options = optionsFor(core, source.name, frontmatter, fromFlags, (line) => writeLine(io.stderr, line));
  let report: ReturnType<Core['analyze']>;
  try {
    report = core.analyze(body, options);
  } catch (error) {
    if (error instanceof core.AnalyzeError) throw new InputError(source.name, describeAnalyzeError(error));
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(source.name, `the analyzer failed (a bug in onsite, please report it): ${message}`);
  }
  const result: AnalysisResult = {
    filePath: source.filePath,
    text: source.text,
    report: shiftSpans(report, bodyOffset),
  };
  if (frontmatter.title !== undefined) result.title = frontmatter.title;
  return result;
}

export async function run(io: Io): Promise<number> {
  const { flags, operands, help, version: wantsVersion } = parse(io.argv);
  if (help) {
    writeLine(io.stdout, HELP);
    return EXIT_OK;
  }
  if (wantsVersion) {
    writeLine(io.stdout, version());
    return EXIT_OK;
  }
  if (operands.length === 0) {
    throw new UsageError('missing FILE operand (give one or more files, or - for stdin)', 'analyze');
  }
  if (operands.filter((operand) => operand === '-').length > 1) {
    throw new UsageError("standard input ('-') can be read only once", 'analyze');
  }
  const core = await import('@onsite/core');
  const fromFlags = checkFlags(core, flags);

  const results: AnalysisResult[] = [];
  let failed = false;
  for (const operand of operands) {
    try {
      results.push(await analyzeOperand(core, operand, fromFlags, io));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      writeLine(io.stderr, errorLine(error));
    }
  }

  if (flags.json) io.stdout.write(formatJson(results));
  else if (results.length > 0) {
    const labels = {
      interviewType: (id: string) => core.INTERVIEW_TYPES.find((type) => type.id === id)?.name ?? id,
      company: (id: string) => core.getCompany(id)?.name ?? id,
    };
    io.stdout.write(formatStylish(results, { color: useColor(io), columns: wrapWidth(io.stdout), labels }));
  }

  if (failed) return EXIT_USAGE;
  const hasError = results.some((result) =>
    result.report.findings.some((finding) => finding.severity === 'error'),
  );
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}
