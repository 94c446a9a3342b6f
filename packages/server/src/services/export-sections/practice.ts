/**
 * Practice sessions and their answers in an export: stored rows (rows.ts), refused unless the
 * API could serve them. What a session derives from its answers (search text, count, mean
 * score) is recomputed once the file's answers are written, and an answer's score from its
 * analysis, so an edited file can never make them disagree with what they summarise.
 */
import type { Kysely } from 'kysely';
import {
  answerToRow,
  getSession,
  rowToAnswer,
  rowToSession,
  updateSessionTotals,
} from '../../db/repositories/practice';
import type { Database } from '../../db/schema';
import { practiceAnswerSchema, practiceSessionSchema } from '../practice-schema';
import { withTotals } from '../practice-totals';
import { rowSection, untyped } from './rows';
import { storedInstantSchema } from './section';

/** The API's session, with the start the list's date filters and ordering compare as text. */
const storedSessionSchema = practiceSessionSchema.extend({ startedAt: storedInstantSchema });

/** Recomputes the session's totals from its stored answers (import writes answers after sessions). */
async function refreshTotals(db: Kysely<Database>, sessionId: unknown): Promise<void> {
  const session = await getSession(db, String(sessionId));
  if (session) await updateSessionTotals(db, withTotals(session));
}

const readAnswer = untyped(rowToAnswer);

/** Why an answer would not show in its session (which drops answers past its last round), or null. */
function placeProblem(answer: Record<string, unknown>, session: Record<string, unknown>): string | null {
  let rounds: unknown;
  try {
    rounds = JSON.parse(String(session.rounds));
  } catch {
    return null; // the session itself is refused for it
  }
  const count = Array.isArray(rounds) ? rounds.length : 0;
  const index = Number(answer.roundIndex);
  return index < count ? null : `roundIndex ${index} is past the session's last round (it has ${count})`;
}

export const practiceSessionSection = rowSection({
  name: 'practiceSessions',
  table: 'practice_sessions',
  key: ['id'],
  servedAs: {
    read: untyped((row: Parameters<typeof rowToSession>[0]) => rowToSession(row, [])),
    schema: storedSessionSchema,
    jsonColumns: ['rounds'],
  },
  derived: {
    fromOthers: ['answers_text', 'answer_count', 'mean_score'],
    afterWrite: (db, row) => refreshTotals(db, row.id),
  },
  columns: {
    id: 'id',
    title: 'text',
    type: 'text',
    started_at: 'text',
    target_level: 'text?',
    company: 'text?',
    notes: 'text',
    rounds: 'text',
    answers_text: 'text',
    answer_count: 'int',
    mean_score: 'real?',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});

export const practiceAnswerSection = rowSection({
  name: 'practiceAnswers',
  table: 'practice_answers',
  key: ['id'],
  rules: (record, ctx) => {
    for (const field of ['roundIndex', 'position']) {
      if (Number(record[field]) < 0)
        ctx.addIssue({ code: 'custom', path: [field], message: 'must be 0 or more' });
    }
  },
  servedAs: { read: readAnswer, schema: practiceAnswerSchema, jsonColumns: ['analysis', 'scores'] },
  derived: {
    fromRow: (row) => ({
      score: answerToRow(readAnswer(row), {
        sessionId: String(row.session_id),
        roundIndex: Number(row.round_index),
        position: Number(row.position),
      }).score,
    }),
    afterWrite: (db, row) => refreshTotals(db, row.session_id),
  },
  columns: {
    id: 'id',
    session_id: 'id',
    round_index: 'int',
    position: 'int',
    question_id: 'text?',
    question_text: 'text',
    transcript: 'text',
    duration_seconds: 'int?',
    story_id: 'text?',
    analysis: 'text?',
    analysis_version: 'int?',
    score: 'int?',
    scores: 'text',
    notes: 'text',
  },
  references: [
    { column: 'session_id', section: 'practiceSessions', check: placeProblem, checkedField: 'roundIndex' },
  ],
});
