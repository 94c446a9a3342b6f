/**
 * "What distinguishes great candidates": five dimensions, each with three bands above the bar.
 * The seed gives one phrase per cell; we add what an interviewer actually listens for, so the
 * analyzer and the coaching text can point at evidence rather than adjectives.
 */
import type { DimensionId, DimensionLevel } from './ids';

export type RubricBandId = Exclude<DimensionLevel, 'below'>;

export interface RubricBand {
  /** The seed's cell, restated. */
  summary: string;
  /** What an answer at this band does. */
  description: string;
  /** Observable things in an answer that place it in this band. */
  signals: readonly string[];
}

export interface RubricDimension {
  id: DimensionId;
  name: string;
  /** The question the dimension answers about the candidate. */
  asks: string;
  /** What an answer that does not yet reach Good looks like. */
  below: string;
  bands: Readonly<Record<RubricBandId, RubricBand>>;
}

export const RUBRIC: readonly RubricDimension[] = [
  {
    id: 'storytelling',
    name: 'Storytelling',
    asks: 'Can they make a complex piece of work easy to follow and worth remembering?',
    below: 'The story wanders, the candidate’s own role is unclear, or there is no result.',
    bands: {
      good: {
        summary: 'A clean STAR structure',
        description: 'Situation, task, action and result arrive in order and in proportion.',
        signals: ['Short setup', 'A clear "I" in the actions', 'An explicit outcome'],
      },
      great: {
        summary: 'Impact in numbers, plus what was learned',
        description: 'The result is measured and the candidate says what they took from it.',
        signals: ['Before/after figures', 'A named lesson', 'Where the lesson was used again'],
      },
      exceptional: {
        summary: 'Draws out strategic implications and how it scaled',
        description: 'The story ends on what changed for the wider organisation and what it enabled later.',
        signals: ['Second-order effects', 'Reuse by other teams', 'A link to company strategy'],
      },
    },
  },
  {
    id: 'technicalDepth',
    name: 'Technical Depth',
    asks: 'Do they understand the systems their teams build well enough to make sound calls?',
    below: 'Technology is vague or hand-waved; no trade-off is named.',
    bands: {
      good: {
        summary: 'Understands the systems',
        description: 'Explains how the system works and why it was built that way.',
        signals: ['Correct vocabulary', 'Names the main components', 'Knows the key constraints'],
      },
      great: {
        summary: 'Designs with scale in mind',
        description: 'Anticipates growth and chooses architecture for load, failure and cost.',
        signals: ['Capacity or latency targets', 'Failure modes considered', 'Explicit trade-offs'],
      },
      exceptional: {
        summary: 'Moves the state of the art and shapes the industry',
        description: 'Their technical choices became patterns others adopted outside the team.',
        signals: ['Open-sourced or published work', 'Patterns adopted by other orgs', 'Talks or patents'],
      },
    },
  },
  {
    id: 'leadershipRange',
    name: 'Leadership Range',
    asks: 'How far does their leadership reach beyond the people who report to them?',
    below: 'Leadership is described as assigning tasks, or the team is invisible.',
    bands: {
      good: {
        summary: 'Runs teams well',
        description: 'Sets goals, gives feedback and keeps a team delivering.',
        signals: ['Hiring and coaching examples', 'Performance conversations', 'Delivery cadence'],
      },
      great: {
        summary: 'Leads by influence',
        description: 'Gets peers, partners and leaders without a reporting line to move.',
        signals: ['Alignment across teams', 'Persuasion with data', 'Credit shared with others'],
      },
      exceptional: {
        summary: 'Changes how organisations work',
        description: 'Reshapes structure, culture or operating model across many teams.',
        signals: ['Org redesign', 'New operating mechanisms', 'Leaders grown who now lead others'],
      },
    },
  },
  {
    id: 'businessAcumen',
    name: 'Business Acumen',
    asks: 'Do they connect engineering work to what the business needs and earns?',
    below: 'Outcomes are technical only; no customer, revenue or cost is mentioned.',
    bands: {
      good: {
        summary: 'Knows the metrics',
        description: 'Can say which business numbers the work affected.',
        signals: ['Names KPIs', 'Knows the users affected', 'Understands the budget'],
      },
      great: {
        summary: 'Delivers business results',
        description: 'Chooses and steers work by its business return, and shows the return.',
        signals: ['Revenue, cost or growth figures', 'ROI reasoning', 'Prioritisation by value'],
      },
      exceptional: {
        summary: 'Opens new business models',
        description: 'Engineering work created a new product line, market or way of earning.',
        signals: ['New revenue streams', 'Platform plays', 'Market or pricing change'],
      },
    },
  },
  {
    id: 'cultureFit',
    name: 'Culture Fit',
    asks: 'Do their actions reflect the company’s values, and do they make the culture better?',
    below: 'Values are recited rather than shown, or the story runs against them.',
    bands: {
      good: {
        summary: 'Acts in line with the values',
        description: 'Decisions in the story match what the company says it values.',
        signals: ['A value shown in an action', 'Consistent choices under pressure'],
      },
      great: {
        summary: 'Lives the values and teaches them',
        description: 'Others picked the values up from the candidate’s example and coaching.',
        signals: ['Mentoring on values', 'Rituals or norms introduced', 'Values used to settle tensions'],
      },
      exceptional: {
        summary: 'Moves the company culture forward',
        description: 'Changed what the culture is, beyond their own organisation.',
        signals: ['Company-wide programmes', 'Changed hiring or promotion bars', 'Measured culture shift'],
      },
    },
  },
];

export function rubricFor(id: DimensionId): RubricDimension {
  const found = RUBRIC.find((d) => d.id === id);
  if (!found) throw new Error(`unknown dimension ${id}`);
  return found;
}
