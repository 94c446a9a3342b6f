/**
 * Interview-day checklists (seed "Interview Day Execution") and the before/during/after success
 * checklist. Item ids are stable so the interview-day tracker can store ticks against them.
 */

export const CHECKLIST_IDS = [
  'pre-interview',
  'during-interview',
  'post-interview',
  'success-before',
  'success-during',
  'success-after',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export interface ChecklistItem {
  /** `<checklist>.<slug>`, never reused for a different meaning. */
  id: string;
  text: string;
}

export interface Checklist {
  id: ChecklistId;
  title: string;
  /** When in the interview's life the list applies. */
  when: string;
  items: readonly ChecklistItem[];
}

/** Thank-you notes go out within this many hours (post-interview list and mock guide). */
export const THANK_YOU_WITHIN_HOURS = 24;

export const INTERVIEW_DAY_CHECKLISTS: readonly Checklist[] = [
  {
    id: 'pre-interview',
    title: 'Pre-interview',
    when: 'The hour before',
    items: [
      { id: 'pre.company-news', text: "Skim the company's latest news and its leadership principles" },
      { id: 'pre.calm-body', text: 'Do a power pose and a few breathing exercises' },
      { id: 'pre.portfolio-matrix', text: 'Look over your story portfolio matrix' },
      { id: 'pre.clarifying-questions', text: 'Have clarifying questions ready for each interviewer' },
      { id: 'pre.tech-setup', text: 'Check camera, microphone and links if the interview is virtual' },
    ],
  },
  {
    id: 'during-interview',
    title: 'During the interview',
    when: 'In the room',
    items: [
      { id: 'during.rapport', text: 'Build rapport in the first 2–3 minutes' },
      { id: 'during.interviewer-notes', text: "Write down each interviewer's name and role" },
      { id: 'during.star-plus', text: 'Answer with STAR+ every time' },
      { id: 'during.quantify', text: 'Put a number on the impact of every story' },
      { id: 'during.closing-questions', text: 'Close with one or two thoughtful questions' },
    ],
  },
  {
    id: 'post-interview',
    title: 'Post-interview',
    when: 'Afterwards',
    items: [
      { id: 'post.thank-you', text: `Send thank-you notes within ${THANK_YOU_WITHIN_HOURS} hours` },
      { id: 'post.log-questions', text: 'Record the questions you were asked, for future preparation' },
      { id: 'post.reflect', text: 'Note what to do better next time' },
      { id: 'post.recruiter', text: 'Ask the recruiter about the timeline' },
    ],
  },
];

export const SUCCESS_CHECKLISTS: readonly Checklist[] = [
  {
    id: 'success-before',
    title: 'Before the interview',
    when: 'Days before',
    items: [
      { id: 'success-before.map-stories', text: 'Map 20 or more stories to principles and concepts' },
      { id: 'success-before.timer', text: 'Rehearse against the interview timer' },
      { id: 'success-before.self-assessment', text: 'Finish the self-assessment' },
      { id: 'success-before.company-values', text: "Study the company's values" },
    ],
  },
  {
    id: 'success-during',
    title: 'During the interview',
    when: 'In the room',
    items: [
      { id: 'success-during.first-principles', text: 'Ground answers in first principles' },
      { id: 'success-during.business-language', text: 'Use business language where it fits' },
      { id: 'success-during.systems-thinking', text: 'Show systems thinking' },
      { id: 'success-during.quantify', text: 'Quantify every impact' },
      { id: 'success-during.growth', text: 'Show what you learned and how you grew' },
    ],
  },
  {
    id: 'success-after',
    title: 'After the interview',
    when: 'Afterwards',
    items: [
      { id: 'success-after.follow-up', text: 'Send considered follow-ups' },
      { id: 'success-after.log-questions', text: 'Record the questions for future preparation' },
      { id: 'success-after.reflect', text: 'Reflect on what to improve' },
    ],
  },
];

export const ALL_CHECKLISTS: readonly Checklist[] = [...INTERVIEW_DAY_CHECKLISTS, ...SUCCESS_CHECKLISTS];

export function checklistFor(id: ChecklistId): Checklist {
  const found = ALL_CHECKLISTS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown checklist ${id}`);
  return found;
}
