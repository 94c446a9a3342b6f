/**
 * Renderers for the interview-facing topics: types, rubric, levels, pitfalls, power story,
 * checklists and routine. Each turns framework data into plain-text sections.
 */
import { CALIBRATION } from './calibration';
import { ALL_CHECKLISTS } from './checklists';
import { EXECUTIVE_TOOL_SELECTION, INTERVIEW_TYPES, type ToolSelection } from './interview-types';
import { aliasesFor, describeLevel } from './level-aliases';
import { ORG_DESIGN_SCOPE } from './level-ladders';
import { IMPLEMENTATION_DETAIL_MINUTES, PITFALLS, ZOOM_LEVELS } from './pitfalls';
import { FOUNDATION_LEVELS, MIGRATION_EXAMPLE, POWER_STORY_STEPS } from './power-story';
import {
  DAILY_PLANS,
  HUB_LEVEL_PATHS,
  HUB_MILESTONES,
  MONTHLY_CALIBRATION,
  SIX_WEEK_WORKFLOW,
  SUCCESS_METRICS,
  WEEKLY_ROUTINE,
} from './routine';
import { RUBRIC } from './rubric';
import { toolFor } from './tools';
import { bullet, type FrameworkTopic, formatRange } from './topic-types';

function toolNames(ids: ToolSelection['primary']): string {
  return ids.map((id) => toolFor(id).name).join(', ');
}

function selectionLines(selection: ToolSelection): string[] {
  return [
    `Tools: primary ${toolNames(selection.primary)}; secondary ${toolNames(selection.secondary)}; practise with ${toolNames(selection.practice)}`,
  ];
}

export const INTERVIEW_TYPES_TOPIC: FrameworkTopic = {
  id: 'interview-types',
  title: 'Interview types',
  summary: 'The four round types: what each probes, how long it runs, who judges it, which tools help.',
  render: () => [
    ...INTERVIEW_TYPES.map((type) => ({
      heading: `${type.name} (${formatRange(type.durationMinutes, 'min')})`,
      lines: [
        `Focus: ${type.focus}`,
        `Structure: ${type.structure.join('; ')}`,
        `Evaluators: ${type.evaluators.join(', ')}`,
        `Success looks like: ${type.successMetrics.join(', ')}`,
        `Assessed: ${type.assessedDimensions.join(', ')}`,
        ...selectionLines(type.tools),
        ...type.guideNotes.map(bullet),
      ],
    })),
    { heading: 'Executive conversations', lines: selectionLines(EXECUTIVE_TOOL_SELECTION) },
  ],
};

export const RUBRIC_TOPIC: FrameworkTopic = {
  id: 'rubric',
  title: 'What distinguishes great candidates',
  summary: 'Five dimensions, each graded good, great or exceptional, with the signals behind each band.',
  render: () =>
    RUBRIC.map((dimension) => ({
      heading: dimension.name,
      lines: [
        dimension.asks,
        `Below the bar: ${dimension.below}`,
        ...(['good', 'great', 'exceptional'] as const).map((band) => {
          const b = dimension.bands[band];
          return `${band[0]!.toUpperCase()}${band.slice(1)}: ${b.summary}. ${b.description} Listen for: ${b.signals.join('; ')}.`;
        }),
      ],
    })),
};

export const LEVELS_TOPIC: FrameworkTopic = {
  id: 'levels',
  title: 'Level calibration',
  summary: 'The canonical L5 / L6 / L7+ ladder, and how other ladders (M2, E6, IC7, Director…) map onto it.',
  render: () =>
    CALIBRATION.map((level) => ({
      heading: `${level.id} — ${level.role}`,
      lines: [
        describeLevel(level.id),
        `Examples: ${level.examples.join(', ')}`,
        `Roadmap horizon: ${level.roadmapHorizon}`,
        `Designs organisations of: ${formatRange(ORG_DESIGN_SCOPE[level.id], 'engineers')}`,
        `Also written as: ${aliasesFor(level.id)
          .filter((a) => a.ladder !== 'seed')
          .map((a) => `${a.alias} (${a.ladder})`)
          .join(', ')}`,
      ],
    })),
};

export const PITFALLS_TOPIC: FrameworkTopic = {
  id: 'pitfalls',
  title: 'Common pitfalls',
  summary: 'Four ways strong candidates lose the room, and what to do instead.',
  render: () => [
    ...PITFALLS.map((p) => ({
      heading: p.name,
      lines: [
        `Symptom: ${p.symptom}`,
        `Sounds like: ${p.example}`,
        `Instead: ${p.mitigation}`,
        `Better: ${p.betterExample}`,
        `Onsite checks this as: ${p.concern}`,
      ],
    })),
    {
      heading: 'Zoom levels',
      lines: [
        `${ZOOM_LEVELS.join(' → ')}; never spend ${IMPLEMENTATION_DETAIL_MINUTES}+ minutes at the bottom.`,
      ],
    },
  ],
};

export const POWER_STORY_TOPIC: FrameworkTopic = {
  id: 'power-story',
  title: 'The Power Story',
  summary: 'One story that shows first principles, business concepts and applied experience at once.',
  render: () => [
    {
      heading: 'Foundation levels',
      lines: FOUNDATION_LEVELS.map((l) => `Level ${l.id} ${l.name}: ${l.practices.join('; ')}`),
    },
    {
      heading: 'Structure',
      lines: POWER_STORY_STEPS.map(
        (s, i) => `${i + 1}. ${s.name}: ${s.purpose}${s.foundation ? ` (Level ${s.foundation})` : ''}`,
      ),
    },
    {
      heading: `Example: ${MIGRATION_EXAMPLE.title}`,
      lines: POWER_STORY_STEPS.map((s) => `${s.name}: ${MIGRATION_EXAMPLE[s.id]}`),
    },
  ],
};

export const CHECKLISTS_TOPIC: FrameworkTopic = {
  id: 'checklists',
  title: 'Interview-day checklists',
  summary: 'What to do the hour before, in the room and afterwards, plus the success checklist.',
  render: () =>
    ALL_CHECKLISTS.map((c) => ({
      heading: `${c.title} (${c.when.toLowerCase()})`,
      lines: c.items.map((item) => `[ ] ${item.text}`),
    })),
};

export const ROUTINE_TOPIC: FrameworkTopic = {
  id: 'routine',
  title: 'Practice routine',
  summary: 'Weekly and monthly habits, the six-week workflow, daily 30-minute plans and milestones.',
  render: () => [
    {
      heading: 'Weekly',
      lines: WEEKLY_ROUTINE.map(
        (s) => `${s.day[0]!.toUpperCase()}${s.day.slice(1)}: ${s.activity} (${s.hubActivity.toLowerCase()})`,
      ),
    },
    { heading: 'Monthly calibration', lines: MONTHLY_CALIBRATION.map(bullet) },
    {
      heading: 'Six-week workflow',
      lines: SIX_WEEK_WORKFLOW.map(
        (p) => `Weeks ${p.weeks.from}–${p.weeks.to} ${p.name}: ${p.steps.join(' → ')}`,
      ),
    },
    {
      heading: 'Daily 30 minutes',
      lines: DAILY_PLANS.map((plan) => {
        const phase = SIX_WEEK_WORKFLOW.find((p) => p.id === plan.phase)!;
        return `Weeks ${phase.weeks.from}–${phase.weeks.to}: ${plan.blocks.map((b) => `${b.minutes} min: ${b.activity}`).join(', ')}`;
      }),
    },
    { heading: 'You are ready when', lines: SUCCESS_METRICS.map((m) => bullet(m.text)) },
    { heading: 'Milestones', lines: HUB_MILESTONES.map((m) => `${m.name}: ${m.tiers.join(' → ')}`) },
    {
      heading: 'Suggested tool order by level',
      lines: HUB_LEVEL_PATHS.map(
        (p) => `${p.levels.join('/')} (hub label ${p.sourceLabel}): ${p.steps.join(' → ')}`,
      ),
    },
  ],
};
