/**
 * Realistic story bodies for POST /api/stories: every STAR+ field filled with text of the length
 * people write (the action the longest), about half with the power-story fields too, a few
 * metrics, tags, principles and a target level. Text comes from bench/corpus.ts, so the same
 * seed gives the same portfolio.
 */
import { COMPETENCY_TAGS } from '../../packages/core/src/framework/ids';
import { buildAnswer, seeded } from '../corpus';

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Whole sentences of a corpus answer until about `words` words (written: no fillers). */
function prose(words: number, seed: number): string {
  const sentences = buildAnswer({ words: Math.max(words, 60), seed, fillerRate: 0 })
    .replace(/\n\n/g, ' ')
    .split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  let count = 0;
  for (const sentence of sentences) {
    if (count >= words) break;
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  return out.join(' ');
}

const VERBS = ['Cut', 'Rebuilt', 'Turned around', 'Scaled', 'Untangled', 'Stabilised', 'Re-planned'];
const SUBJECTS = [
  'checkout p99 latency before the holiday peak',
  'the on-call rotation after a burnout wave',
  'the billing monolith release train',
  'senior hiring in a hot market',
  'warehouse spend without slowing analysts',
  'mobile release quality after a bad launch',
  'a failing cross-team platform migration',
  'an underperforming team inherited in a reorg',
];
const PRINCIPLES = [
  'amazon.ownership',
  'amazon.deliver-results',
  'amazon.have-backbone-disagree-and-commit',
  'amazon.earn-trust',
  'google.focus-on-the-user',
  'meta.move-fast',
  'netflix.context-not-control',
];
const LEVELS = ['L5', 'L6', 'L7+', 'M2', 'Director'];
const METRICS = [
  'p99 latency {a} ms → {b} ms',
  'pages per week {a} → {b}',
  'deploys per month {b} → {a}',
  'time to offer {a} → {b} days',
  'cloud spend −{p}% quarter over quarter',
  'crash-free sessions 97.{b}% → 99.{a}%',
  'attrition {p}% → 0% over two halves',
];

export interface StoryBody {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  learnings: string;
  leadershipDimension: string;
  strategicImplication: string;
  context?: string;
  principle?: string;
  concept?: string;
  application?: string;
  impact?: string;
  metrics: string[];
  tags: string[];
  principles: string[];
  targetLevel: string | null;
}

/** Story number `index` of the seeded portfolio (about 550–1,000 words of text in all). */
export function storyBody(index: number, seed = 20261124): StoryBody {
  const rng = seeded(seed + index * 7919);
  const s = (): number => int(rng, 1, 2 ** 31);
  const tags = [
    ...new Set([pick(rng, COMPETENCY_TAGS), pick(rng, COMPETENCY_TAGS), pick(rng, COMPETENCY_TAGS)]),
  ];
  const body: StoryBody = {
    title: `${pick(rng, VERBS)} ${pick(rng, SUBJECTS)} (${2019 + (index % 7)})`,
    situation: prose(int(rng, 60, 120), s()),
    task: prose(int(rng, 30, 70), s()),
    action: prose(int(rng, 150, 350), s()),
    result: prose(int(rng, 50, 120), s()),
    learnings: prose(int(rng, 40, 90), s()),
    leadershipDimension: prose(int(rng, 25, 60), s()),
    strategicImplication: prose(int(rng, 30, 80), s()),
    metrics: Array.from({ length: int(rng, 1, 4) }, () =>
      pick(rng, METRICS)
        .replace('{a}', String(int(rng, 10, 99)))
        .replace('{b}', String(int(rng, 10, 99)))
        .replace('{p}', String(int(rng, 5, 60))),
    ),
    tags: tags.slice(0, int(rng, 1, 3)),
    principles: [...new Set([pick(rng, PRINCIPLES), pick(rng, PRINCIPLES)])].slice(0, int(rng, 0, 2)),
    targetLevel: rng() < 0.1 ? null : pick(rng, LEVELS),
  };
  if (rng() < 0.5) {
    body.context = prose(int(rng, 20, 50), s());
    body.principle = prose(int(rng, 20, 40), s());
    body.concept = prose(int(rng, 20, 40), s());
    body.application = prose(int(rng, 30, 60), s());
    body.impact = prose(int(rng, 20, 50), s());
  }
  return body;
}
