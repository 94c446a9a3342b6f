/**
 * The seed's four common pitfalls. Each names the analyzer concern that detects it, so a finding
 * can link back to the framework's advice and the framework page can say "Onsite checks this".
 */

/** Analyzer concern ids; the analyzer's rules use the same ids. */
export const PITFALL_CONCERN_IDS = [
  'implementation-detail',
  'unquantified-impact',
  'attribution-balance',
  'no-check-in',
] as const;
export type PitfallConcernId = (typeof PITFALL_CONCERN_IDS)[number];

export interface Pitfall {
  id: string;
  name: string;
  /** How the pitfall shows up in the room. */
  symptom: string;
  /** A line that exhibits it. */
  example: string;
  mitigation: string;
  /** A line that avoids it. */
  betterExample: string;
  /** The analyzer concern that detects it. */
  concern: PitfallConcernId;
}

/** The detail-pitfall's threshold: half an hour or more spent on how it was built. */
export const IMPLEMENTATION_DETAIL_MINUTES = 30;

/** Zoom levels, outermost first: start strategic, descend only as far as the interviewer wants. */
export const ZOOM_LEVELS = ['strategic', 'tactical', 'implementation'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

export const PITFALLS: readonly Pitfall[] = [
  {
    id: 'over-indexing-on-technical-detail',
    name: 'Over-indexing on technical details',
    symptom: `Thirty minutes or more (${IMPLEMENTATION_DETAIL_MINUTES}+) go on how something was implemented.`,
    example: 'A long walk through the schema, the queue settings and the retry code.',
    mitigation:
      'Move through zoom levels: strategic first, then tactical, and implementation only on request.',
    betterExample:
      'Why the migration mattered, how the plan was staged, then one technical decision in depth.',
    concern: 'implementation-detail',
  },
  {
    id: 'lack-of-quantification',
    name: 'Lack of quantification',
    symptom: 'Results are described with adjectives instead of numbers.',
    example: '"Performance got a lot better."',
    mitigation: 'Attach a metric to every result, ideally with the before and after values.',
    betterExample: '"Latency fell 47%: p99 went from 200ms to 106ms."',
    concern: 'unquantified-impact',
  },
  {
    id: 'hero-narrative',
    name: 'Hero narrative',
    symptom: 'The candidate is the only actor; the team appears, if at all, as an obstacle.',
    example: '"I rescued the company on my own."',
    mitigation: 'Credit the team, show how you enabled them, and stress the systemic fix over the rescue.',
    betterExample: '"I set up the incident rotation; the team then cut repeat incidents by half."',
    concern: 'attribution-balance',
  },
  {
    id: 'not-reading-the-room',
    name: 'Not reading the room',
    symptom: 'The interviewer drifts, looks confused or checks the clock, and the answer carries on.',
    example: 'Ten uninterrupted minutes on one story with no pause for the interviewer.',
    mitigation: 'Pause now and then to ask whether to go deeper or move on.',
    betterExample: '"Shall I go further into the rollout, or is this the level you want?"',
    concern: 'no-check-in',
  },
];

export function pitfallForConcern(concern: PitfallConcernId): Pitfall {
  const found = PITFALLS.find((p) => p.concern === concern);
  if (!found) throw new Error(`no pitfall for concern ${concern}`);
  return found;
}
