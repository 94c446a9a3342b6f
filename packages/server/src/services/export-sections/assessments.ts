/**
 * Self-assessment runs in an export: stored rows (rows.ts), refused unless the API could serve
 * them. The result (and the columns the list reads from it) is what core makes of the answers at
 * the target level, so import recomputes it as every save does: an edited file cannot store a
 * verdict its answers do not give.
 */
import { assessmentToRow, rowToAssessment } from '../../db/repositories/assessment';
import { assessmentResultOf } from '../assessment';
import { answersSchema, assessmentSchema } from '../assessment-schema';
import { rowSection, untyped } from './rows';
import { storedInstantSchema } from './section';

/**
 * The API's run, with the answers a save accepts (known competencies, ratings 1–5) and the
 * instant the list orders and filters by.
 */
const storedAssessmentSchema = assessmentSchema.extend({
  // A save's rules first (known competencies, ratings 1–5), then the stored shape (evidence always set).
  answers: answersSchema.pipe(assessmentSchema.shape.answers),
  takenAt: storedInstantSchema,
});

const readAssessment = untyped(rowToAssessment);

export const assessmentSection = rowSection({
  name: 'assessments',
  table: 'assessments',
  key: ['id'],
  servedAs: { read: readAssessment, schema: storedAssessmentSchema, jsonColumns: ['answers', 'result'] },
  derived: {
    fromRow: (row) => {
      const run = readAssessment(row);
      const { result, total, readiness, calibrated_level, rated } = assessmentToRow({
        ...run,
        result: assessmentResultOf(run.answers, run.targetLevel),
      });
      return { result, total, readiness, calibrated_level, rated };
    },
  },
  columns: {
    id: 'id',
    target_level: 'text',
    taken_at: 'text',
    notes: 'text',
    answers: 'text',
    result: 'text',
    total: 'real',
    readiness: 'text',
    calibrated_level: 'text?',
    rated: 'int',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});
