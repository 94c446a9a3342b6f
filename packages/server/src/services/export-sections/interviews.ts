/**
 * Interviews and the stories told in them, in an export: stored rows (rows.ts), refused unless
 * the API could serve them. The end, the thank-you deadline, the company filter's key and the
 * questions' search text are recomputed with the code every save runs, so an edited file can
 * never make them disagree with the start, duration, company and questions they follow.
 */
import { emptyChecklist } from '@onsite/core';
import { z } from 'zod';
import { interviewToRow, rowToInterview } from '../../db/repositories/interview-rows';
import { dateSchema } from '../fields';
import { withTimes } from '../interview';
import { EARLIEST_START, INTERVIEW_LIMITS, interviewSchema, LATEST_START } from '../interview-schema';
import { isBuiltInCompanyId } from './companies';
import { rowSection, untyped } from './rows';
import { storedInstantSchema } from './section';

/**
 * The API's interview with the rules its service keeps on every write: a start core can compute
 * with, within the years the calendar sorts; a duration within a day; a real follow-up date; a
 * sent time exactly when the note is sent.
 */
const storedInterviewSchema = interviewSchema
  .extend({
    startsAt: storedInstantSchema.refine((at) => at >= EARLIEST_START && at <= LATEST_START, {
      message: `must fall between ${EARLIEST_START.slice(0, 10)} and ${LATEST_START.slice(0, 10)}`,
    }),
    durationMinutes: z.number().int().min(1).max(INTERVIEW_LIMITS.durationMinutes),
    thankYou: interviewSchema.shape.thankYou.extend({ sentAt: storedInstantSchema.nullable() }),
    followUp: interviewSchema.shape.followUp.extend({ date: dateSchema.nullable() }),
    reflection: interviewSchema.shape.reflection.extend({
      selfRating: z.number().int().min(1).max(5).nullable(),
    }),
  })
  .refine((interview) => (interview.thankYou.status === 'sent') === (interview.thankYou.sentAt !== null), {
    message: 'a sent time is set exactly when the status is "sent"',
    path: ['thankYou', 'sentAt'],
  });

const readInterview = untyped((row: Parameters<typeof rowToInterview>[0]) => rowToInterview(row, []));

export const interviewSection = rowSection({
  name: 'interviews',
  table: 'interviews',
  key: ['id'],
  servedAs: {
    read: readInterview,
    schema: storedInterviewSchema,
    jsonColumns: ['interviewers', 'checklist', 'questions_asked'],
    placeholders: { checklist: JSON.stringify(emptyChecklist()) },
    // The served shape nests what the row keeps flat; errors name the file's fields.
    renamed: {
      checklistProgress: 'checklist',
      'thankYou.draft': 'thankYouDraft',
      'thankYou.status': 'thankYouStatus',
      'thankYou.sentAt': 'thankYouSentAt',
      'thankYou.deadline': 'thankYouDeadline',
      'followUp.date': 'followUpDate',
      'followUp.done': 'followUpDone',
      'reflection.text': 'reflection',
      'reflection.wentWell': 'reflectionWentWell',
      'reflection.toImprove': 'reflectionToImprove',
      'reflection.selfRating': 'selfRating',
    },
  },
  derived: {
    fromRow: (row) => {
      const { company_key, questions_text, ends_at, thank_you_deadline } = interviewToRow(
        withTimes(readInterview(row)),
      );
      return { company_key, questions_text, ends_at, thank_you_deadline };
    },
  },
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
    created_at: 'instant',
    updated_at: 'instant',
  },
  // The service refuses a companyId that names no company (422 invalid_reference), and deleting a
  // custom company unlinks its interviews: so must import, for a built-in company or a custom one
  // in the file or stored.
  references: [{ column: 'company_id', section: 'companies', unless: isBuiltInCompanyId }],
});

/**
 * A story told in an interview: both ends are references (checked by import), and the position
 * is the order the API lists them in, within the number of stories an interview keeps. There is
 * no mapper of its own to serve it through: the interview's GET reads these rows as `storiesUsed`.
 */
export const interviewStorySection = rowSection({
  name: 'interviewStories',
  table: 'interview_stories',
  key: ['interview_id', 'story_id'],
  rules: (record, ctx) => {
    const position = Number(record.position);
    if (position < 0 || position >= INTERVIEW_LIMITS.storiesUsed) {
      ctx.addIssue({
        code: 'custom',
        path: ['position'],
        message: `must be 0 to ${INTERVIEW_LIMITS.storiesUsed - 1}`,
      });
    }
  },
  columns: { interview_id: 'id', story_id: 'id', position: 'int' },
  references: [
    { column: 'interview_id', section: 'interviews' },
    { column: 'story_id', section: 'stories' },
  ],
});
