/**
 * A report depends on the answer and its options only, never on what the process analysed
 * before: a server analyses answers for weeks in one process, and the CLI analyses several
 * files in one run. (wink-nlp learns words as it reads; text.ts makes the parse independent of
 * that. Before it did, 21 of the corpus answers got a different report the second time.)
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../src/analyze/analyze';
import { ANSWERS_DIR, analyzeOptionsOf, loadAnswers } from './fixtures/load';

const FIXTURES = join(ANSWERS_DIR, '..');
const sets = readdirSync(FIXTURES).filter((name) => statSync(join(FIXTURES, name)).isDirectory());

it('gives every corpus answer the same report after the whole corpus has been read', () => {
  const answers = sets.flatMap((set) => loadAnswers(join(FIXTURES, set)));
  expect(answers.length).toBeGreaterThan(500);
  const first = answers.map((a) => JSON.stringify(analyze(a.text, analyzeOptionsOf(a))));
  const changed = answers
    .filter((a, i) => JSON.stringify(analyze(a.text, analyzeOptionsOf(a))) !== first[i])
    .map((a) => a.id);
  expect(changed).toEqual([]);
});
