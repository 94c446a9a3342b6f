/** Questions in an export: stored rows (rows.ts), refused unless the API could serve them. */
import { questionToRow, rowToQuestion } from '../../db/repositories/question';
import { questionSchema } from '../question-schema';
import { rowSection, untyped } from './rows';

const readQuestion = untyped(rowToQuestion);

export const questionSection = rowSection({
  name: 'questions',
  table: 'questions',
  key: ['id'],
  servedAs: {
    read: readQuestion,
    schema: questionSchema,
    jsonColumns: ['tags', 'principles', 'levels'],
  },
  // The company filter's key is the name trimmed and lower-cased: recomputed, since a file
  // whose key disagreed would hide the question from that company's filter.
  derived: { fromRow: (row) => ({ company_key: questionToRow(readQuestion(row)).company_key }) },
  columns: {
    id: 'id',
    source: 'text',
    text: 'text',
    interview_type: 'text?',
    tags: 'text',
    principles: 'text',
    levels: 'text',
    notes: 'text',
    company: 'text?',
    company_key: 'text?',
    asked_at: 'text?',
    round: 'text?',
    interview_id: 'text?',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});
