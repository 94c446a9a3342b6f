/**
 * One sha256 over the analyzer's JSON reports, to prove a speed change leaves every report
 * byte-identical: `npx tsx scripts/report-digest.ts` (add `-v` for a digest per group).
 *
 * What it analyses, in a fixed order:
 * - every fixture in packages/core/test/fixtures/<set>/ with the options it was written for
 *   (load.ts's analyzeOptionsOf), and the same text as STAR+ fields (paragraphs spread over
 *   situation/task/action/result/learnings) so the structured-input path is covered too;
 * - 3,000 seeded answers from bench/corpus.ts's stream, with the stream's own options, every
 *   third one also with a company, an interview type, a question and a duration, so the
 *   principle, question and pacing paths run on generated text as well.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { answerStream } from '../bench/corpus';
import { winkLexicon } from '../packages/core/src/analyze/text';
import type { AnalyzeOptions, AnswerInput } from '../packages/core/src/analyze/types';
import { BUILT_IN_COMPANY_IDS, INTERVIEW_TYPE_IDS } from '../packages/core/src/framework/ids';
import { analyze } from '../packages/core/src/index';
import { analyzeOptionsOf, loadAnswers } from '../packages/core/test/fixtures/load';

const verbose = process.argv.includes('-v');
// `--learned-max N`: replace wink's instance after N learned words (text.ts), e.g. 200 to check
// that reports do not depend on what earlier answers taught the instance.
const learnedMaxAt = process.argv.indexOf('--learned-max');
if (learnedMaxAt > 0) winkLexicon(Number(process.argv[learnedMaxAt + 1]));
const FIXTURES = join(import.meta.dirname, '../packages/core/test/fixtures');
const STREAM = { count: 3000, seed: 20261124 };
const QUESTIONS = [
  'Tell me about a time you disagreed with your manager.',
  'Describe a project that failed and what you learned.',
  'How would you design the on-call rotation for a growing team?',
];

const total = createHash('sha256');
let reports = 0;

/** Reports, or the error's code and message when analyze refuses: both are the contract. */
function reportOf(input: AnswerInput, options: AnalyzeOptions): string {
  try {
    return JSON.stringify(analyze(input, options));
  } catch (err) {
    const e = err as { code?: string; message: string };
    return JSON.stringify({ error: e.code ?? 'error', message: e.message });
  }
}

function group(name: string, items: Iterable<[AnswerInput, AnalyzeOptions]>): void {
  const h = createHash('sha256');
  let n = 0;
  for (const [input, options] of items) {
    const json = reportOf(input, options);
    h.update(json).update('\n');
    total.update(json).update('\n');
    n++;
  }
  reports += n;
  if (verbose) console.log(`${name.padEnd(12)} ${String(n).padStart(5)} ${h.digest('hex')}`);
}

/** A fixture's paragraphs spread over the STAR+ fields, last ones joined into learnings. */
function asFields(text: string): AnswerInput {
  const paragraphs = text.split(/\n\s*\n/);
  const keys = ['situation', 'task', 'action', 'result', 'learnings'] as const;
  const fields: Record<string, string> = {};
  paragraphs.forEach((p, i) => {
    const key = keys[Math.min(i, keys.length - 1)] as string;
    fields[key] = fields[key] ? `${fields[key]}\n\n${p}` : p;
  });
  return fields;
}

const sets = readdirSync(FIXTURES)
  .filter((d) => statSync(join(FIXTURES, d)).isDirectory())
  .sort();
for (const set of sets) {
  const answers = loadAnswers(join(FIXTURES, set));
  group(
    set,
    answers.flatMap((a): [AnswerInput, AnalyzeOptions][] => [
      [a.text, analyzeOptionsOf(a)],
      [asFields(a.text), analyzeOptionsOf(a)],
    ]),
  );
}

function* stream(): Generator<[AnswerInput, AnalyzeOptions]> {
  for (const item of answerStream(STREAM.count, STREAM.seed)) {
    const options: AnalyzeOptions = { spoken: item.spoken, level: item.level };
    if (item.index % 3 === 0) {
      const k = item.index / 3;
      options.company = BUILT_IN_COMPANY_IDS[k % BUILT_IN_COMPANY_IDS.length];
      options.type = INTERVIEW_TYPE_IDS[k % INTERVIEW_TYPE_IDS.length];
      options.question = QUESTIONS[k % QUESTIONS.length];
      options.durationSeconds = 60 + (k % 240);
    }
    yield [item.text, options];
  }
}
group('stream', stream());

console.log(`${reports} reports sha256 ${total.digest('hex')}`);
if (verbose) console.log(`wink's current instance has learned ${winkLexicon().learned} words`);
