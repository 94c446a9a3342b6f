/**
 * `onsite framework [TOPIC] [--json]`: the Level 4 framework as text. Without a topic, lists
 * the topics; with one (an id or a unique prefix of it), prints its sections.
 */
import { parseArgs } from 'node:util';
import type { FrameworkTopic } from '@onsite/core';
import { EXIT_OK, UsageError, usageFromParseArgs } from '../errors';
import { type Io, palette, useColor, wrap, wrapWidth, writeLine } from '../io';
import { pickChoice } from '../validate';
import { version } from '../version';

type Core = typeof import('@onsite/core');
type Topic = FrameworkTopic;

export const HELP = `Usage: onsite framework [TOPIC] [options]

Without TOPIC, lists the framework's topics. With TOPIC (its id, or a unique prefix of it),
prints it: interview types, rubric, level calibration, STAR+, pitfalls, companies, …

Options:
  --json         print the topic list, or the topic's sections, as JSON
  -h, --help     show this help
  --version      show the version

Exit status: 0 success, 2 usage error (such as an unknown topic).

Examples:
  onsite framework
  onsite framework rubric
  onsite framework companies --json`;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw usageFromParseArgs(error, 'framework');
  }
}

/** Every topic: the framework's own first, then companies and questions. */
export function allTopics(core: Core): readonly Topic[] {
  return core.topicRegistry(core.FRAMEWORK_TOPICS, [core.COMPANIES_TOPIC], [core.QUESTIONS_TOPIC]).topics;
}

function formatList(topics: readonly Topic[], color: boolean, width: number): string {
  const p = palette(color);
  const idWidth = Math.max(...topics.map((topic) => topic.id.length)) + 2;
  const out = ['Framework topics — run `onsite framework <topic>` to read one:', ''];
  for (const topic of topics) {
    out.push(`  ${p.bold(topic.id.padEnd(idWidth))}${topic.title}`);
    out.push(...wrap(topic.summary, width, `  ${' '.repeat(idWidth)}`).map((line) => p.dim(line)));
  }
  return `${out.join('\n')}\n`;
}

function formatTopic(topic: Topic, color: boolean, width: number): string {
  const p = palette(color);
  const out = [p.bold(p.underline(topic.title)), ...wrap(topic.summary, width)];
  for (const section of topic.render()) {
    out.push('', p.bold(section.heading));
    for (const line of section.lines) out.push(...(line === '' ? [''] : wrap(line, width, '  ')));
  }
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
    throw new UsageError(`expected at most one topic, got ${positionals.length}`, 'framework');
  }
  const core = await import('@onsite/core');
  const topics = allTopics(core);
  const color = useColor(io);
  const wanted = positionals[0];
  if (wanted === undefined) {
    const list = topics.map(({ id, title, summary }) => ({ id, title, summary }));
    io.stdout.write(
      values.json ? `${JSON.stringify(list, null, 2)}\n` : formatList(topics, color, wrapWidth(io.stdout)),
    );
    return EXIT_OK;
  }
  const id = pickChoice(
    topics.map((topic) => topic.id),
    wanted,
  );
  const topic = topics.find((candidate) => candidate.id === id);
  if (!topic) {
    const known = topics.map((candidate) => candidate.id).join(', ');
    throw new UsageError(`unknown topic '${wanted}' (expected one of: ${known})`, 'framework', false);
  }
  if (values.json) {
    const { id: topicId, title, summary } = topic;
    io.stdout.write(
      `${JSON.stringify({ id: topicId, title, summary, sections: topic.render() }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(formatTopic(topic, color, wrapWidth(io.stdout)));
  }
  return EXIT_OK;
}
