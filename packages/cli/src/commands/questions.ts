/**
 * `onsite questions [--type] [--level] [--tag] [--kind] [--category] [--difficulty] [--search]
 * [--json] [ID]`: the question bank, filtered. With an id, one question in full.
 */
import { parseArgs } from 'node:util';
import type { Question, QuestionFilter } from '@onsite/core';
import { EXIT_OK, UsageError, usageFromParseArgs } from '../errors';
import { type Io, palette, useColor, wrap, wrapWidth, writeLine } from '../io';
import { type Checked, checkChoice, checkLevel, checkTag, checkType } from '../validate';
import { version } from '../version';

type Core = typeof import('@onsite/core');

export const HELP = `Usage: onsite questions [options] [ID]

Lists the question bank, filtered; every filter given must hold. With an ID, prints that
question in full: the follow-ups an interviewer asks next and what a strong answer shows.

Options:
  --type TYPE          behavioral, technical-leadership, system-org-design, culture-values
                       (a unique prefix is enough: --type tech)
  --level LEVEL        L5, L6, L7+ or an alias (M2, E6, Director, VP…)
  --tag TAG            competency: hiring, performance, conflict, technical, strategy,
                       change, influence, scale, culture, crisis, innovation, diversity,
                       business, failure
  --kind KIND          past-story, situational, design, opinion
  --category NAME      people, technical, organizational, business, behavioral, situational
  --difficulty LEVEL   medium, hard, expert
  --search WORDS       words that must all appear in the question or its tags
  --json               print the matching questions as a JSON array
  -h, --help           show this help
  --version            show the version

Exit status: 0 success (even when nothing matches), 2 usage error.

Examples:
  onsite questions --type behavioral --level L6 --tag conflict
  onsite questions --search "technical debt" --json
  onsite questions beh-disagree-with-boss`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        type: { type: 'string' },
        level: { type: 'string' },
        tag: { type: 'string' },
        kind: { type: 'string' },
        category: { type: 'string' },
        difficulty: { type: 'string' },
        search: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw usageFromParseArgs(error, 'questions');
  }
}

function unwrap<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new UsageError(checked.reason, 'questions', false);
  return checked.value;
}

type Values = ReturnType<typeof parse>['values'];

function buildFilter(core: Core, values: Values): QuestionFilter {
  const filter: QuestionFilter = {};
  if (values.type !== undefined) filter.type = unwrap(checkType(core, values.type));
  if (values.level !== undefined) filter.level = unwrap(checkLevel(core, values.level));
  if (values.tag !== undefined) filter.tag = unwrap(checkTag(core, values.tag));
  if (values.kind !== undefined) filter.kind = unwrap(checkChoice('kind', core.QUESTION_KINDS, values.kind));
  if (values.category !== undefined) {
    filter.category = unwrap(checkChoice('category', core.QUESTION_CATEGORIES, values.category));
  }
  if (values.difficulty !== undefined) {
    filter.difficulty = unwrap(checkChoice('difficulty', core.QUESTION_DIFFICULTIES, values.difficulty));
  }
  if (values.search !== undefined && values.search.trim() !== '') filter.search = values.search;
  return filter;
}

function describeFilter(filter: QuestionFilter): string {
  const parts = Object.entries(filter).map(
    ([key, value]) => `${key} ${key === 'search' ? `"${value}"` : value}`,
  );
  return parts.length > 0 ? ` matching ${parts.join(', ')}` : '';
}

function formatList(
  questions: readonly Question[],
  filter: QuestionFilter,
  color: boolean,
  width: number,
): string {
  const p = palette(color);
  const out: string[] = [];
  for (const question of questions) {
    const meta = [question.type, question.kind, question.difficulty, question.levels.join(' ')].join(' · ');
    out.push(`${p.bold(question.id)}  ${p.dim(meta)}`);
    out.push(...wrap(question.text, width, '  '));
    out.push(`  ${p.dim(`tags: ${question.competencies.join(', ')}`)}`);
    out.push('');
  }
  const count = `${questions.length} question${questions.length === 1 ? '' : 's'}${describeFilter(filter)}`;
  out.push(questions.length > 0 ? count : `${count} — loosen a filter, or run 'onsite questions' for all`);
  return `${out.join('\n')}\n`;
}

function formatOne(question: Question, color: boolean, width: number): string {
  const p = palette(color);
  const out = [
    ...wrap(question.text, width).map((line) => p.bold(line)),
    '',
    `  ${p.bold('id'.padEnd(12))}${question.id}`,
    `  ${p.bold('type'.padEnd(12))}${question.type} (${question.kind}, ${question.category})`,
    `  ${p.bold('levels'.padEnd(12))}${question.levels.join(', ')} · ${question.difficulty}`,
    `  ${p.bold('tags'.padEnd(12))}${question.competencies.join(', ')}`,
  ];
  if (question.principles.length > 0)
    out.push(`  ${p.bold('principles'.padEnd(12))}${question.principles.join(', ')}`);
  out.push('', p.bold('Follow-ups an interviewer asks next'));
  for (const followUp of question.followUps) out.push(...wrap(`• ${followUp}`, width, '  '));
  out.push('', p.bold('What a strong answer shows'));
  for (const signal of question.lookingFor) out.push(...wrap(`• ${signal}`, width, '  '));
  return `${out.join('\n')}\n`;
}

export async function run(io: Io): Promise<number> {
  const { values, positionals } = parse(io.argv);
  if (values.help) {
    writeLine(io.stdout, HELP);
    return EXIT_OK;
  }
  if (values.version) {
    writeLine(io.stdout, version());
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one question id, got ${positionals.length}`, 'questions');
  }
  const core = await import('@onsite/core');
  const filter = buildFilter(core, values);
  const color = useColor(io);
  const id = positionals[0];
  if (id !== undefined) {
    const question = core.getQuestion(id.trim().toLowerCase());
    if (!question) {
      throw new UsageError(
        `unknown question id '${id}' (run 'onsite questions' to list them)`,
        'questions',
        false,
      );
    }
    io.stdout.write(
      values.json
        ? `${JSON.stringify(question, null, 2)}\n`
        : formatOne(question, color, wrapWidth(io.stdout)),
    );
    return EXIT_OK;
  }
  const questions = core.filterQuestions(core.QUESTION_BANK, filter);
  io.stdout.write(
    values.json
      ? `${JSON.stringify(questions, null, 2)}\n`
      : formatList(questions, filter, color, wrapWidth(io.stdout)),
  );
  return EXIT_OK;
}
