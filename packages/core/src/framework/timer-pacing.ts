/**
 * How the Interview Timer paces a round (TOOLS-SPEC §7): colour by time left, when to alert,
 * the practice modes, the drills, the practice log and the six-week timer plan. Pure: the
 * caller passes elapsed or remaining seconds; nothing here reads a clock.
 */
import { phaseMinutesTotal, type TimerPreset } from './timer';

export type TimerColour = 'green' | 'yellow' | 'red';

/** Fractions of total time left: green above 50%, yellow from 20% to 50%, red below 20%. */
export const COLOUR_THRESHOLDS = { greenAbove: 0.5, redBelow: 0.2 } as const;

export function timerColour(remainingSeconds: number, totalSeconds: number): TimerColour {
  const left = totalSeconds > 0 ? remainingSeconds / totalSeconds : 0;
  if (left > COLOUR_THRESHOLDS.greenAbove) return 'green';
  if (left < COLOUR_THRESHOLDS.redBelow) return 'red';
  return 'yellow';
}

/** One alert a minute before the end. */
export const FINAL_WARNING_SECONDS = 60;

export type AlertKind = 'phase-boundary' | 'final-minute' | 'time-up';

export interface TimerAlert {
  /** Seconds since the start. */
  atSecond: number;
  kind: AlertKind;
}

/** Alerts at each phase boundary, 60 s before the end, and at zero; sorted by time. */
export function alertsFor(preset: TimerPreset): TimerAlert[] {
  const total = phaseMinutesTotal(preset) * 60;
  const alerts: TimerAlert[] = [];
  let boundary = 0;
  for (const phase of preset.phases.slice(0, -1)) {
    boundary += phase.minutes * 60;
    alerts.push({ atSecond: boundary, kind: 'phase-boundary' });
  }
  alerts.push({ atSecond: total - FINAL_WARNING_SECONDS, kind: 'final-minute' });
  alerts.push({ atSecond: total, kind: 'time-up' });
  return alerts.sort((a, b) => a.atSecond - b.atSecond);
}

export type TimerModeId = 'guided' | 'realistic' | 'pressure' | 'recording';

export interface TimerMode {
  id: TimerModeId;
  name: string;
  description: string;
  /** Share of the preset's time the mode gives you (pressure practises at 90%). */
  timeFactor: number;
}

export const TIMER_MODES: readonly TimerMode[] = [
  { id: 'guided', name: 'Guided', description: 'Shows each phase’s prompt as you go.', timeFactor: 1 },
  { id: 'realistic', name: 'Realistic', description: 'Only the clock, as in the real room.', timeFactor: 1 },
  { id: 'pressure', name: 'Pressure', description: 'Less time than the real round.', timeFactor: 0.9 },
  {
    id: 'recording',
    name: 'Recording',
    description: 'Pauses between phases so you can take notes.',
    timeFactor: 1,
  },
];

/** Seconds a preset runs for in a mode (pressure: 90% of the total). */
export function modeSeconds(preset: TimerPreset, mode: TimerModeId): number {
  const factor = TIMER_MODES.find((m) => m.id === mode)?.timeFactor ?? 1;
  return Math.round(phaseMinutesTotal(preset) * 60 * factor);
}

export interface DrillSet {
  id: 'lightning' | 'focus' | 'speed-30s' | 'speed-2min' | 'speed-5min';
  name: string;
  secondsEach: number;
  topics: readonly string[];
}

export const DRILLS: readonly DrillSet[] = [
  {
    id: 'lightning',
    name: 'Lightning',
    secondsEach: 300,
    topics: [
      'Elevator pitch',
      'A failure',
      'A conflict',
      'A technical decision',
      'Your leadership philosophy',
    ],
  },
  {
    id: 'focus',
    name: 'Focus',
    secondsEach: 900,
    topics: ['Metrics', 'Org design', 'Strategy', 'Stakeholders', 'Culture'],
  },
  {
    id: 'speed-30s',
    name: 'Speed: 30 seconds',
    secondsEach: 30,
    topics: [
      'Your current role',
      'Why you are leaving',
      'Why this company',
      'Your biggest win',
      'Your philosophy',
    ],
  },
  {
    id: 'speed-2min',
    name: 'Speed: 2 minutes',
    secondsEach: 120,
    topics: ['Scaling', 'Letting someone go', 'A cross-functional win', 'Technical debt', 'Diversity'],
  },
  {
    id: 'speed-5min',
    name: 'Speed: 5 minutes, full STAR+',
    secondsEach: 300,
    topics: ['A transformation', 'A crisis', 'A pivot', 'Innovation', 'Changing a culture'],
  },
];

/** Fields of one practice-log entry; time management is rated 1–5 stars. */
export const PRACTICE_LOG_FIELDS = [
  'date',
  'type',
  'allPhasesCompleted',
  'timeManagementStars',
  'notes',
] as const;
export const TIME_MANAGEMENT_STARS = { min: 1, max: 5 } as const;

export const TIMER_PRACTICE_PLAN: readonly { weeks: string; focus: string }[] = [
  { weeks: '1–2', focus: 'Run every interview type three times' },
  { weeks: '3–4', focus: 'Practise at 90% of the time, and record yourself' },
  { weeks: '5–6', focus: 'Add interruptions and adapt to the interviewer' },
];
