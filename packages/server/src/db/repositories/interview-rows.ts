/**
 * Interview rows ⇄ records: the one place the columns are mapped to the API's camelCase and the
 * JSON columns are (de)serialised; shared by the noun's queries (interview.ts) and the reads
 * other nouns use (interview-feeds.ts).
 */
import { type ChecklistState, checklistProgress } from '@onsite/core';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Interview, InterviewSummary } from '../../services/interview-schema';
import type { Database } from '../schema';
import type { InterviewTable } from '../tables/interview';

type Db = Kysely<Database>;
export type InterviewRow = Selectable<InterviewTable>;

// Rows are only ever written from interviewToRow's output (validated interviews), so their JSON is trusted.
function parseJson<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** The company filter's key for a name: trimmed and lower-cased the same way on write and read. */
export function companyKey(name: string): string {
  return name.trim().toLowerCase();
}

export function rowToInterview(row: InterviewRow, storiesUsed: string[]): Interview {
  const checklist = parseJson<ChecklistState>(row.checklist);
  return {
    id: row.id,
    company: row.company,
    companyId: row.company_id,
    role: row.role,
    round: row.round,
    type: row.type as Interview['type'],
    startsAt: row.starts_at,
    durationMinutes: Number(row.duration_minutes),
    endsAt: row.ends_at,
    location: row.location,
    interviewers: parseJson<Interview['interviewers']>(row.interviewers),
    checklist,
    checklistProgress: checklistProgress(checklist),
    notes: row.notes,
    questionsAsked: parseJson<Interview['questionsAsked']>(row.questions_asked),
    storiesUsed,
    thankYou: {
      draft: row.thank_you_draft,
      status: row.thank_you_status as Interview['thankYou']['status'],
      sentAt: row.thank_you_sent_at,
      deadline: row.thank_you_deadline,
    },
    followUp: { date: row.follow_up_date, done: Number(row.follow_up_done) === 1 },
    reflection: {
      text: row.reflection,
      wentWell: row.reflection_went_well,
      toImprove: row.reflection_to_improve,
      selfRating: row.self_rating === null ? null : Number(row.self_rating),
    },
    outcome: row.outcome as Interview['outcome'],
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function interviewToRow(interview: Interview): Insertable<InterviewTable> {
  return {
    id: interview.id,
    company: interview.company,
    company_key: companyKey(interview.company),
    company_id: interview.companyId,
    role: interview.role,
    round: interview.round,
    type: interview.type,
    starts_at: interview.startsAt,
    duration_minutes: interview.durationMinutes,
    ends_at: interview.endsAt,
    location: interview.location,
    interviewers: JSON.stringify(interview.interviewers),
    checklist: JSON.stringify(interview.checklist),
    notes: interview.notes,
    questions_asked: JSON.stringify(interview.questionsAsked),
    questions_text: interview.questionsAsked.map((question) => question.text).join('\n'),
    thank_you_draft: interview.thankYou.draft,
    thank_you_status: interview.thankYou.status,
    thank_you_sent_at: interview.thankYou.sentAt,
    thank_you_deadline: interview.thankYou.deadline,
    follow_up_date: interview.followUp.date,
    follow_up_done: interview.followUp.done ? 1 : 0,
    reflection: interview.reflection.text,
    reflection_went_well: interview.reflection.wentWell,
    reflection_to_improve: interview.reflection.toImprove,
    self_rating: interview.reflection.selfRating,
    outcome: interview.outcome,
    version: interview.version,
    created_at: interview.createdAt,
    updated_at: interview.updatedAt,
  };
}

/** Story links of many interviews at once (id → story ids in their order), in bounded batches. */
async function storiesOf(db: Db, interviewIds: readonly string[]): Promise<Map<string, string[]>> {
  const byInterview = new Map<string, string[]>(interviewIds.map((id) => [id, []]));
  const BATCH = 500; // far below both engines' limits on bound parameters
  for (let i = 0; i < interviewIds.length; i += BATCH) {
    const rows = await db
      .selectFrom('interview_stories')
      .select(['interview_id', 'story_id'])
      .where('interview_id', 'in', interviewIds.slice(i, i + BATCH))
      .orderBy('interview_id')
      .orderBy('position')
      .execute();
    for (const row of rows) byInterview.get(row.interview_id)?.push(row.story_id);
  }
  return byInterview;
}

/** Whole records for `rows`, with their story links read in one batch. */
export async function withStories(db: Db, rows: InterviewRow[]): Promise<Interview[]> {
  if (rows.length === 0) return [];
  const stories = await storiesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => rowToInterview(row, stories.get(row.id) ?? []));
}

export const SUMMARY_COLUMNS = [
  'id',
  'company',
  'company_id',
  'role',
  'round',
  'type',
  'starts_at',
  'duration_minutes',
  'ends_at',
  'location',
  'interviewers',
  'checklist',
  'thank_you_status',
  'thank_you_sent_at',
  'thank_you_deadline',
  'follow_up_date',
  'follow_up_done',
  'self_rating',
  'outcome',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof InterviewTable)[];
type SummaryRow = Pick<InterviewRow, (typeof SUMMARY_COLUMNS)[number]>;

export function toSummary(row: SummaryRow): InterviewSummary {
  return {
    id: row.id,
    company: row.company,
    companyId: row.company_id,
    role: row.role,
    round: row.round,
    type: row.type as InterviewSummary['type'],
    startsAt: row.starts_at,
    durationMinutes: Number(row.duration_minutes),
    endsAt: row.ends_at,
    location: row.location,
    interviewers: parseJson<InterviewSummary['interviewers']>(row.interviewers),
    checklistProgress: checklistProgress(parseJson<ChecklistState>(row.checklist)),
    thankYou: {
      status: row.thank_you_status as InterviewSummary['thankYou']['status'],
      sentAt: row.thank_you_sent_at,
      deadline: row.thank_you_deadline,
    },
    followUp: { date: row.follow_up_date, done: Number(row.follow_up_done) === 1 },
    selfRating: row.self_rating === null ? null : Number(row.self_rating),
    outcome: row.outcome as InterviewSummary['outcome'],
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
