/**
 * Renderers for the preparation tools: STAR+, portfolio, hooks, timer, self-assessment and the
 * mock loop. Each turns framework data into plain-text sections.
 */

import { CALIBRATION } from './calibration';
import { COMPETENCIES } from './competencies';
import {
  COMPANY_TRANSLATION_FOCUS,
  HOOK_BEATS,
  HOOK_INTENSITY,
  HOOK_PATTERNS,
  HOOK_RED_FLAGS,
  HOOK_WORKSHEET,
  PRINCIPLE_TENSIONS,
  PRINCIPLES_PER_STORY,
} from './hooks';
import {
  IMPROVEMENT_SIGNALS,
  MOCK_LOOP,
  MOCK_LOOP_TOTAL_MINUTES,
  MOCK_SELF_CHECK,
  POSITIVE_SIGNALS,
} from './mock-loop';
import { IMPACT_LEVELS, MATRIX_AXES, PORTFOLIO_TARGET, STORY_CATEGORIES, STRENGTH_SCALE } from './portfolio';
import {
  DEPLOYMENT_GUIDE,
  MAINTENANCE_RULES,
  PORTFOLIO_RED_FLAGS,
  SELECTION_FACTORS,
} from './portfolio-guide';
import {
  EXPECTATION_ROW_FOR_LEVEL,
  expectationsFor,
  RATING_SCALE,
  READINESS_BANDS,
  SELF_ASSESSMENT_CATEGORIES,
} from './self-assessment';
import {
  AMBIGUITY_MOVES,
  ANSWER_LENGTH_SECONDS,
  QUANTIFY_CHECKLIST,
  STAKEHOLDER_GROUPS,
  STAR_PLUS_PARTS,
  STAR_RED_FLAGS,
  TWO_MINUTE_SCRIPT,
} from './star-plus';
import {
  COMPANY_ADAPTATIONS,
  DEPTH_VERSIONS,
  POWER_PHRASE_GROUPS,
  SCENARIO_FAMILIES,
} from './star-plus-practice';
import { TIMER_PRESETS } from './timer';
import { COLOUR_THRESHOLDS, DRILLS, TIMER_MODES } from './timer-pacing';
import { bullet, type FrameworkTopic, formatRange, formatSeconds } from './topic-types';

export const STAR_PLUS_TOPIC: FrameworkTopic = {
  id: 'star-plus',
  title: 'STAR+ answers',
  summary: 'STAR plus learnings, scale and impact; the two-minute script and its red flags.',
  render: () => [
    { heading: 'Parts', lines: STAR_PLUS_PARTS.map((p) => `${p.name}${p.plus ? ' (+)' : ''}: ${p.prompt}`) },
    {
      heading: `Two-minute script (${formatSeconds(ANSWER_LENGTH_SECONDS.target)}; never under ${ANSWER_LENGTH_SECONDS.redFlagBelow} s, at most ${formatSeconds(ANSWER_LENGTH_SECONDS.max)})`,
      lines: TWO_MINUTE_SCRIPT.map((b) =>
        b.seconds === null ? `· ${b.guidance}` : `${b.seconds} s  ${b.guidance}`,
      ),
    },
    { heading: 'Always quantify', lines: QUANTIFY_CHECKLIST.map(bullet) },
    { heading: 'Stakeholders to show', lines: STAKEHOLDER_GROUPS.map(bullet) },
    { heading: 'Deciding under ambiguity', lines: AMBIGUITY_MOVES.map(bullet) },
    { heading: 'Red flags', lines: STAR_RED_FLAGS.map((f) => `${f.area}: ${f.text}`) },
    {
      heading: 'Scenario families',
      lines: SCENARIO_FAMILIES.map((f) => `${f.name}: ${f.scenarios.join('; ')}`),
    },
    { heading: 'Power phrases', lines: POWER_PHRASE_GROUPS.map((g) => `${g.name}: ${g.phrases.join(' ')}`) },
    {
      heading: 'Company adaptations',
      lines: COMPANY_ADAPTATIONS.map((a) => `${a.company}: ${a.emphasis} (${a.examples.join('; ')})`),
    },
    {
      heading: 'Depth versions',
      lines: DEPTH_VERSIONS.map((d) => {
        const { min, max } = d.seconds;
        const length =
          max === null
            ? `${formatSeconds(min)}+`
            : min === max
              ? formatSeconds(min)
              : `${formatSeconds(min)} to ${formatSeconds(max)}`;
        return `${d.name} (${length}): ${d.use}`;
      }),
    },
  ],
};

export const PORTFOLIO_TOPIC: FrameworkTopic = {
  id: 'portfolio',
  title: 'Story portfolio',
  summary: `${formatRange(PORTFOLIO_TARGET)} stories by category, the coverage matrix, and how to deploy and keep them.`,
  render: () => [
    {
      heading: 'Categories',
      lines: STORY_CATEGORIES.map(
        (c) => `${c.name}: ${formatRange(c.quota, 'stories')} (measure ${c.metricHints.join(', ')})`,
      ),
    },
    { heading: 'Competency tags', lines: COMPETENCIES.map((c) => `${c.id}: ${c.description}`) },
    {
      heading: 'Matrix',
      lines: [
        `Axes: ${MATRIX_AXES.join(', ')}`,
        `Strength: ${STRENGTH_SCALE.map((s) => `${s.value} ${s.label}`).join(', ')}`,
        `Impact levels: ${IMPACT_LEVELS.map((l) => `${l.label} (${formatRange(l.people, 'people')})`).join(', ')}`,
      ],
    },
    {
      heading: 'Deployment',
      lines: [
        ...DEPLOYMENT_GUIDE.map((d) => `${d.context}: ${formatRange(d.stories)} ${d.kind}`),
        ...SELECTION_FACTORS.map(bullet),
      ],
    },
    { heading: `Maintenance (${MAINTENANCE_RULES.cadence})`, lines: MAINTENANCE_RULES.rules.map(bullet) },
    { heading: 'Red flags', lines: PORTFOLIO_RED_FLAGS.map((f) => `${f.scope}: ${f.text}`) },
  ],
};

export const HOOKS_TOPIC: FrameworkTopic = {
  id: 'hooks',
  title: 'Principle hooks',
  summary: "Tying stories to a company's principles: beats, patterns, intensity, tensions and traps.",
  render: () => [
    { heading: 'Beats', lines: HOOK_BEATS.map((b, i) => `${i + 1}. ${b.name}: ${b.guidance}`) },
    {
      heading: 'Patterns',
      lines: HOOK_PATTERNS.map((p) => `${p.name}: ${p.description}${p.example ? ` E.g. ${p.example}` : ''}`),
    },
    { heading: 'Intensity by stage', lines: HOOK_INTENSITY.map((i) => `${i.name}: ${i.guidance}`) },
    {
      heading: 'Tensions to prepare',
      lines: [
        ...PRINCIPLE_TENSIONS.map((t) => `${t.a} vs ${t.b}`),
        `Map ${PRINCIPLES_PER_STORY.min}–${PRINCIPLES_PER_STORY.max} principles per story, one primary.`,
      ],
    },
    {
      heading: 'Translating for a company',
      lines: COMPANY_TRANSLATION_FOCUS.map((c) => `${c.company}: ${c.focus.join(', ')}`),
    },
    { heading: 'Red flags', lines: HOOK_RED_FLAGS.map((f) => bullet(f.text)) },
    { heading: 'Worksheet', lines: HOOK_WORKSHEET.map((f) => `${f.section}: ${f.label}`) },
  ],
};

export const TIMER_TOPIC: FrameworkTopic = {
  id: 'timer',
  title: 'Interview timer',
  summary: 'Round presets with phases, pacing colours, alerts, practice modes and drills.',
  render: () => [
    ...TIMER_PRESETS.map((p) => ({
      heading: `${p.name} — ${p.totalMinutes} min (${p.format})`,
      lines: p.phases.map((ph) => `${ph.minutes} min  ${ph.name}: ${ph.prompt}`),
    })),
    {
      heading: 'Pacing',
      lines: [
        `Green while more than ${COLOUR_THRESHOLDS.greenAbove * 100}% of the time is left, yellow down to ${COLOUR_THRESHOLDS.redBelow * 100}%, red below.`,
        'Alerts at every phase boundary, with 60 seconds left, and at zero.',
        ...TIMER_MODES.map(
          (m) =>
            `${m.name}: ${m.description}${m.timeFactor !== 1 ? ` Runs at ${m.timeFactor * 100}% of the time.` : ''}`,
        ),
      ],
    },
    {
      heading: 'Drills',
      lines: DRILLS.map((d) => `${d.name} (${formatSeconds(d.secondsEach)} each): ${d.topics.join(', ')}`),
    },
  ],
};

export const SELF_ASSESSMENT_TOPIC: FrameworkTopic = {
  id: 'self-assessment',
  title: 'Leadership self-assessment',
  summary: 'Rate 25 weighted competencies 1–5 and compare with what your target level expects.',
  render: () => [
    ...SELF_ASSESSMENT_CATEGORIES.map((c) => ({
      heading: `${c.name} (${c.weightPercent}%)`,
      lines: c.competencies.map((k) => `${k.name} (weight ${k.weight})`),
    })),
    { heading: 'Ratings', lines: RATING_SCALE.map((r) => `${r.value} ${r.label}`) },
    {
      heading: 'Expected by level',
      lines: CALIBRATION.map((level) => {
        const row = expectationsFor(level.id);
        const cells = SELF_ASSESSMENT_CATEGORIES.map((c) => `${c.id} ${row[c.id].expected}`).join(', ');
        return `${level.id} (page row ${EXPECTATION_ROW_FOR_LEVEL[level.id]}): ${cells}`;
      }),
    },
    {
      heading: 'Scoring',
      lines: [
        'Category % = Σ(rating × weight) ÷ (Σ weight × 5) × 100; total = Σ category % × category weight.',
        ...READINESS_BANDS.map((b) => `${b.minScore > 0 ? `≥ ${b.minScore}` : 'Below 60'}: ${b.advice}`),
      ],
    },
  ],
};

export const MOCK_LOOP_TOPIC: FrameworkTopic = {
  id: 'mock-loop',
  title: 'Mock interview loop',
  summary: `Six rounds, ${MOCK_LOOP_TOTAL_MINUTES} minutes, with a self-check and the feedback to listen for.`,
  render: () => [
    ...MOCK_LOOP.map((r) => ({
      heading: `${r.number}. ${r.name} — ${r.minutes} min: ${r.focus}`,
      lines: r.segments.map((s) => `${s.minutes} min  ${s.name}`),
    })),
    { heading: 'Self-check', lines: MOCK_SELF_CHECK.map((c) => `[ ] ${c.text}`) },
    { heading: 'Good signs', lines: POSITIVE_SIGNALS.map(bullet) },
    { heading: 'Work on', lines: IMPROVEMENT_SIGNALS.map(bullet) },
  ],
};
