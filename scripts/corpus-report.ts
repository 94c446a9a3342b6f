/**
 * Prints how the analyzer does on the labelled corpora: for each twin pair the two scores and
 * whether the strong answer won, then accuracy figures. `npm run corpus` (add `-- -v` to list
 * the findings behind every score).
 */
import { join } from 'node:path';
import { analyze } from '../packages/core/src/index';
import {
  type AnswerFixture,
  analyzeOptionsOf,
  loadAnswers,
  twinPairs,
} from '../packages/core/test/fixtures/load';

const verbose = process.argv.includes('-v');
const FIXTURES = join(import.meta.dirname, '../packages/core/test/fixtures');

const optionsOf = analyzeOptionsOf;
const lost = (a: AnswerFixture) =>
  analyze(a.text, optionsOf(a))
    .findings.filter((f) => f.points < 0)
    .map((f) => `${f.ruleId}/${f.messageId} ${f.points}`)
    .join(', ');

function report(name: string, dir: string): void {
  let answers: AnswerFixture[];
  try {
    answers = loadAnswers(dir);
  } catch {
    console.log(`${name}: not present (${dir})\n`);
    return;
  }
  console.log(`${name} (${dir})`);
  let won = 0;
  let gap = 0;
  const pairs = twinPairs(answers);
  for (const p of pairs) {
    const s = analyze(p.strong.text, optionsOf(p.strong));
    const w = analyze(p.weak.text, optionsOf(p.weak));
    if (s.score > w.score) won++;
    gap += s.score - w.score;
    const mark = s.score > w.score ? 'ok ' : 'MISS';
    console.log(
      `  ${mark} ${p.pair.padEnd(20)} ${p.pitfall.padEnd(25)} strong ${String(s.score).padStart(3)} ${s.rating.padEnd(11)} weak ${String(w.score).padStart(3)} ${w.rating.padEnd(11)} (${p.strong.words}/${p.weak.words} words)`,
    );
    if (verbose || s.score <= w.score)
      console.log(`       strong: ${lost(p.strong)}\n       weak:   ${lost(p.weak)}`);
  }
  const singles = answers.filter((a) => a.pair === null);
  let banded = 0;
  for (const a of singles) {
    const r = analyze(a.text, optionsOf(a));
    const ok =
      a.label === 'exceptional'
        ? r.rating === 'great' || r.rating === 'exceptional'
        : r.rating === 'needs-work';
    if (ok) banded++;
    console.log(
      `  ${ok ? 'ok ' : 'MISS'} ${a.id.padEnd(26)} ${a.label.padEnd(12)} ${String(r.score).padStart(3)} ${r.rating}`,
    );
    if (verbose || !ok) console.log(`       ${lost(a)}`);
  }
  console.log(
    `  → ${won}/${pairs.length} pairs strong > weak (${((100 * won) / Math.max(1, pairs.length)).toFixed(1)}%), mean gap ${(gap / Math.max(1, pairs.length)).toFixed(1)} points; ${banded}/${singles.length} standalone answers in their band\n`,
  );
}

report('Authored corpus', join(FIXTURES, 'answers'));
report('Public-style held-out set', join(FIXTURES, 'heldout'));
report('Second public-style set (blind when written; tuned on since)', join(FIXTURES, 'heldout-2'));
report('Third set (blind when written; tuned on since)', join(FIXTURES, 'heldout-3'));
report(
  'Hard cases (development set: polished blame, invisible self, hero stories; tuned on)',
  join(FIXTURES, 'hard-cases'),
);
report('Fourth blind set (measurement only: never tune on it)', join(FIXTURES, 'heldout-4'));
report(
  'Fifth blind set (public-post registers; measurement only: never tune on it)',
  join(FIXTURES, 'heldout-5'),
);
report(
  'Sixth blind set (mock-interview and rate-my-answer registers; measurement only: never tune on it)',
  join(FIXTURES, 'heldout-6'),
);
