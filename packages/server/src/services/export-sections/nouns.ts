/**
 * The nouns beside stories, exported as their stored rows (rows.ts). Each column list is checked
 * against the table's interface by the compiler: a column added to a table without being added
 * here is a type error, so an export can never silently drop a field.
 */
import { parseCustomCompany } from '@onsite/core';
import { z } from 'zod';
import { rowToEntry } from '../../db/repositories/plan';
import { rowToQuestion } from '../../db/repositories/question';
import { PLAN_ENTRY_KINDS, PLAN_ENTRY_STATUSES, planDateSchema } from '../plan-schema';
import { questionSchema } from '../question-schema';
import { rowSection } from './rows';
import { exportedInstantSchema } from './section';

/**
 * A plan entry as the plan service reads it: the API's entry shape adds fields computed from the
 * plan's zone, so the stored record has its own schema, with the enums and formats the service relies on.
 */
const storedPlanEntrySchema = z.object({
  kind: z.enum(PLAN_ENTRY_KINDS),
  status: z.enum(PLAN_ENTRY_STATUSES),
  localDate: planDateSchema,
  // One message for a malformed instant, not the format's and the calendar's both.
  start: z.string().refine((text) => exportedInstantSchema.safeParse(text).success, {
    message: 'expected an ISO-8601 UTC instant like 2026-01-31T09:30:00.000Z',
  }),
});

/**
 * A custom company row must still be a set core accepts, under its own id: an edited export can
 * neither smuggle in a set core would refuse nor shadow a built-in company (core refuses those ids).
 */
function companyRules(record: Record<string, unknown>, ctx: z.RefinementCtx): void {
  let definition: unknown;
  try {
    definition = JSON.parse(String(record.definition));
  } catch {
    ctx.addIssue({ code: 'custom', path: ['definition'], message: 'definition is not JSON' });
    return;
  }
  const parsed = parseCustomCompany(definition);
  if (!parsed.ok) {
    for (const error of parsed.errors) {
      ctx.addIssue({ code: 'custom', path: ['definition'], message: `${error.code}: ${error.message}` });
    }
    return;
  }
  if (parsed.company.id !== record.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: `id must be the set's own id (${parsed.company.id})`,
    });
  }
}

export const questionSection = rowSection({
  name: 'questions',
  table: 'questions',
  key: ['id'],
  servedAs: {
    read: (row) => rowToQuestion(row as unknown as Parameters<typeof rowToQuestion>[0]),
    schema: questionSchema,
    jsonColumns: ['tags', 'principles', 'levels'],
  },
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
    created_at: 'text',
    updated_at: 'text',
  },
});

export const companySection = rowSection({
  name: 'companies',
  table: 'companies',
  key: ['id'],
  rules: companyRules,
  columns: {
    id: 'id',
    name: 'text',
    definition: 'text',
    principles_text: 'text',
    version: 'version',
    created_at: 'text',
    updated_at: 'text',
  },
});

export const companyNotesSection = rowSection({
  name: 'companyNotes',
  table: 'company_notes',
  key: ['id'],
  columns: {
    id: 'id',
    notes: 'text',
    news: 'text',
    questions_to_ask: 'text',
    search_text: 'text',
    version: 'version',
    updated_at: 'text',
  },
});

export const practiceSessionSection = rowSection({
  name: 'practiceSessions',
  table: 'practice_sessions',
  key: ['id'],
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
    created_at: 'text',
    updated_at: 'text',
  },
});

export const practiceAnswerSection = rowSection({
  name: 'practiceAnswers',
  table: 'practice_answers',
  key: ['id'],
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
  references: [{ column: 'session_id', section: 'practiceSessions' }],
});

export const assessmentSection = rowSection({
  name: 'assessments',
  table: 'assessments',
  key: ['id'],
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
    created_at: 'text',
    updated_at: 'text',
  },
});

export const interviewSection = rowSection({
  name: 'interviews',
  table: 'interviews',
  key: ['id'],
  columns: {
    id: 'id',
    company: 'text',
    company_key: 'text',
    company_id: 'text?',
    role: 'text',
    round: 'text',
    type: 'text?',
    starts_at: 'text',
    duration_minutes: 'int',
    ends_at: 'text',
    location: 'text',
    interviewers: 'text',
    checklist: 'text',
    notes: 'text',
    questions_asked: 'text',
    questions_text: 'text',
    thank_you_draft: 'text',
    thank_you_status: 'text',
    thank_you_sent_at: 'text?',
    thank_you_deadline: 'text',
    follow_up_date: 'text?',
    follow_up_done: 'int',
    reflection: 'text',
    reflection_went_well: 'text',
    reflection_to_improve: 'text',
    self_rating: 'int?',
    outcome: 'text',
    version: 'version',
    created_at: 'text',
    updated_at: 'text',
  },
});

export const interviewStorySection = rowSection({
  name: 'interviewStories',
  table: 'interview_stories',
  key: ['interview_id', 'story_id'],
  columns: { interview_id: 'id', story_id: 'id', position: 'int' },
  references: [
    { column: 'interview_id', section: 'interviews' },
    { column: 'story_id', section: 'stories' },
  ],
});

export const planSettingsSection = rowSection({
  name: 'planSettings',
  table: 'plan_settings',
  key: ['id'],
  columns: {
    id: 'id',
    timezone: 'text',
    practice_time: 'text',
    weekdays: 'text',
    calibration_ordinal: 'text',
    calibration_weekday: 'text',
    calibration_time: 'text',
    start_date: 'text',
    active: 'int',
    version: 'version',
    created_at: 'text',
    updated_at: 'text',
  },
});

export const planEntrySection = rowSection({
  name: 'planEntries',
  table: 'plan_entries',
  key: ['id'],
  servedAs: {
    read: (row) => rowToEntry(row as unknown as Parameters<typeof rowToEntry>[0]),
    schema: storedPlanEntrySchema,
    renamed: { start: 'startsAt' },
  },
  columns: {
    id: 'id',
    kind: 'text',
    title: 'text',
    local_date: 'text',
    starts_at: 'text',
    duration_minutes: 'int',
    status: 'text',
    note: 'text',
    version: 'version',
    created_at: 'text',
    updated_at: 'text',
  },
});
