/**
 * Interview Timer presets (TOOLS-SPEC §7), plus the presets the spec points to elsewhere: the
 * mock loop's Cross-functional and full Bar Raiser rounds (§5), the technical-leadership
 * whiteboard (§12), the 80-minute system+org round (§7) and the behavioral solo/partner drills.
 *
 * `format` settles the round-length conflict: a `full-round` preset fits its interview type's
 * canonical duration; a `compressed` one is deliberately shorter practice and says so.
 */
import type { InterviewTypeId } from './ids';

export interface TimerPhase {
  name: string;
  minutes: number;
  /** What to do in the phase (shown in Guided mode). */
  prompt: string;
}

export type PresetFormat = 'full-round' | 'compressed' | 'practice-drill';

export interface TimerPreset {
  id: string;
  name: string;
  totalMinutes: number;
  interviewType: InterviewTypeId;
  format: PresetFormat;
  /** Where the preset comes from. */
  source: string;
  phases: readonly TimerPhase[];
}

export const TIMER_PRESETS: readonly TimerPreset[] = [
  {
    id: 'hiring-manager',
    name: 'Hiring Manager',
    totalMinutes: 60,
    interviewType: 'behavioral',
    format: 'full-round',
    source: 'interview-timer.md',
    phases: [
      { name: 'Introduction', minutes: 5, prompt: 'Greet, build rapport, agree the agenda.' },
      { name: 'Your Background', minutes: 15, prompt: 'Walk through your path and the scope you hold now.' },
      { name: 'Deep Dive Stories', minutes: 25, prompt: 'Tell 2–3 STAR+ stories in full.' },
      { name: 'Role Discussion', minutes: 10, prompt: 'Discuss the role, its challenges and your fit.' },
      { name: 'Your Questions', minutes: 5, prompt: 'Ask your prepared questions.' },
    ],
  },
  {
    id: 'behavioral',
    name: 'Behavioral',
    totalMinutes: 45,
    interviewType: 'behavioral',
    format: 'full-round',
    source: 'interview-timer.md',
    phases: [
      { name: 'Warm-up', minutes: 3, prompt: 'Brief introductions.' },
      { name: 'Story 1', minutes: 12, prompt: 'A leadership story.' },
      { name: 'Story 2', minutes: 12, prompt: 'A conflict story.' },
      { name: 'Story 3', minutes: 12, prompt: 'A story about impact at scale.' },
      { name: 'Follow-ups', minutes: 6, prompt: 'Answer probing questions; offer depth.' },
    ],
  },
  {
    id: 'system-design',
    name: 'System Design',
    totalMinutes: 60,
    interviewType: 'system-org-design',
    format: 'full-round',
    source: 'interview-timer.md',
    phases: [
      { name: 'Requirements', minutes: 10, prompt: 'Clarify users, scale and constraints.' },
      { name: 'High-Level Design', minutes: 20, prompt: 'Sketch the main components and data flow.' },
      { name: 'Deep Dive', minutes: 20, prompt: 'Go deep on the critical path and bottlenecks.' },
      { name: 'Trade-offs', minutes: 5, prompt: 'Name alternatives and why you chose this one.' },
      { name: 'Wrap-up', minutes: 5, prompt: 'Summarise and say what you would do next.' },
    ],
  },
  {
    id: 'technical-leadership',
    name: 'Technical Leadership',
    totalMinutes: 45,
    interviewType: 'technical-leadership',
    format: 'compressed',
    source: 'interview-timer.md (script only)',
    phases: [
      { name: 'Technical Background', minutes: 5, prompt: 'Your technical path and current depth.' },
      { name: 'Architecture Discussion', minutes: 15, prompt: 'An architecture you shaped and why.' },
      { name: 'Technical Decision', minutes: 15, prompt: 'A hard technical call and its trade-offs.' },
      { name: 'Innovation & Future', minutes: 10, prompt: 'Where the technology should go next.' },
    ],
  },
  {
    id: 'bar-raiser-quick',
    name: 'Bar Raiser Quick Round',
    totalMinutes: 30,
    interviewType: 'culture-values',
    format: 'compressed',
    source: 'interview-timer.md (script only)',
    phases: [
      { name: 'Quick Intro', minutes: 2, prompt: 'One-breath introduction.' },
      { name: 'Core Story', minutes: 15, prompt: 'Your strongest story, with follow-ups.' },
      { name: 'Values Deep Dive', minutes: 10, prompt: 'Probe the values the story shows.' },
      { name: 'Questions', minutes: 3, prompt: 'One or two sharp questions.' },
    ],
  },
  {
    id: 'bar-raiser',
    name: 'Bar Raiser',
    totalMinutes: 60,
    interviewType: 'culture-values',
    format: 'full-round',
    source: 'mock-interview-guide.md round 6',
    phases: [
      { name: 'Failure', minutes: 20, prompt: 'A real failure, what you learned, and how you applied it.' },
      {
        name: 'Raising the Bar',
        minutes: 20,
        prompt: 'How you raised standards in people, quality and culture.',
      },
      { name: 'Your Questions', minutes: 20, prompt: 'Strategic questions for the bar raiser.' },
    ],
  },
  {
    id: 'cross-functional',
    name: 'Cross-functional',
    totalMinutes: 45,
    interviewType: 'behavioral',
    format: 'full-round',
    source: 'mock-interview-guide.md round 5',
    phases: [
      { name: 'Influence Without Authority', minutes: 20, prompt: 'Moving partners you do not manage.' },
      {
        name: 'Disagreement with Product',
        minutes: 15,
        prompt: 'A disagreement with a PM and how it resolved.',
      },
      {
        name: 'Executive Communication',
        minutes: 10,
        prompt: 'Explaining a technical matter to executives.',
      },
    ],
  },
  {
    id: 'whiteboard',
    name: 'Technical Leadership Whiteboard',
    totalMinutes: 60,
    interviewType: 'technical-leadership',
    format: 'full-round',
    source: 'technical-leadership/index.md',
    phases: [
      { name: 'Problem Space', minutes: 5, prompt: 'Requirements, constraints, success criteria.' },
      { name: 'High-Level Design', minutes: 15, prompt: 'Boxes and arrows, data flow, key components.' },
      { name: 'Deep Dives', minutes: 30, prompt: 'Critical path, scaling bottlenecks, failure cases.' },
      { name: 'Trade-offs', minutes: 10, prompt: 'Alternatives, pros and cons, why this design.' },
    ],
  },
  {
    id: 'system-org-design',
    name: 'System + Org Design',
    totalMinutes: 80,
    interviewType: 'system-org-design',
    format: 'full-round',
    source: 'system-org-design/index.md',
    phases: [
      { name: 'Clarify', minutes: 10, prompt: 'Ask the opening questions; pin down scope.' },
      { name: 'System Design', minutes: 15, prompt: 'The technical architecture.' },
      { name: 'Org Design', minutes: 15, prompt: 'Teams, ownership and reporting lines.' },
      { name: 'Integration', minutes: 10, prompt: 'How system boundaries and team boundaries line up.' },
      { name: 'Evolution', minutes: 10, prompt: 'How both change at 2x and 5x.' },
      { name: 'Deep Dive', minutes: 10, prompt: 'Whatever the interviewer wants to probe.' },
      { name: 'Q&A', minutes: 10, prompt: 'Questions both ways.' },
    ],
  },
  {
    id: 'behavioral-solo',
    name: 'Behavioral Solo Drill',
    totalMinutes: 30,
    interviewType: 'behavioral',
    format: 'practice-drill',
    source: 'behavioral/index.md',
    phases: [
      { name: 'Pick a question', minutes: 5, prompt: 'Choose a question and the story for it.' },
      { name: 'Outline', minutes: 2, prompt: 'Jot the STAR+ beats.' },
      { name: 'Deliver', minutes: 5, prompt: 'Answer aloud and record it.' },
      { name: 'Critique', minutes: 3, prompt: 'Listen back; note what to fix.' },
      { name: 'Redo', minutes: 5, prompt: 'Answer again with the fixes.' },
      { name: 'Follow-ups', minutes: 10, prompt: 'Answer the probes an interviewer would ask.' },
    ],
  },
  {
    id: 'behavioral-partner',
    name: 'Behavioral Partner Drill',
    totalMinutes: 60,
    interviewType: 'behavioral',
    format: 'practice-drill',
    source: 'behavioral/index.md',
    phases: [
      { name: 'Brief', minutes: 5, prompt: 'Tell your partner the role and level.' },
      { name: 'Three Questions', minutes: 30, prompt: 'Answer three questions in full.' },
      { name: 'Deep Dives', minutes: 10, prompt: 'Your partner probes one story hard.' },
      { name: 'Feedback', minutes: 10, prompt: 'Partner feedback, specific and candid.' },
      { name: 'Actions', minutes: 5, prompt: 'Agree what to practise next.' },
    ],
  },
];

export function timerPresetFor(id: string): TimerPreset | null {
  return TIMER_PRESETS.find((p) => p.id === id) ?? null;
}

export function phaseMinutesTotal(preset: TimerPreset): number {
  return preset.phases.reduce((sum, phase) => sum + phase.minutes, 0);
}

/** The phase running at `elapsedSeconds`, or null once the round is over. */
export function phaseAt(
  preset: TimerPreset,
  elapsedSeconds: number,
): { index: number; phase: TimerPhase } | null {
  let end = 0;
  for (const [index, phase] of preset.phases.entries()) {
    end += phase.minutes * 60;
    if (elapsedSeconds < end) return { index, phase };
  }
  return null;
}
