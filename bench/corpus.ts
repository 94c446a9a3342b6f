/**
 * Deterministic interview answers for the bench. Leadership stories in STAR+ order, built from
 * sentence templates, a topic, seeded numbers and (for spoken answers) fillers. Same seed, same text.
 */

/** mulberry32: a tiny seeded PRNG, enough to vary text reproducibly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

/** Fisher–Yates with the seeded generator: the same seed gives the same order. */
function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

interface Topic {
  system: string;
  metric: string;
  partner: string;
  problem: string;
  goal: string;
  /** The metric's before/after range and unit, e.g. [400, 1200, 90, 350, 'milliseconds']. */
  range: readonly [number, number, number, number, string];
}

const TOPICS: readonly Topic[] = [
  {
    system: 'the checkout service',
    metric: 'p99 latency',
    partner: 'the payments team',
    problem: 'checkout was timing out during peak traffic',
    goal: 'get checkout under 300 milliseconds',
    range: [400, 1200, 90, 350, 'milliseconds'],
  },
  {
    system: 'our on-call rotation',
    metric: 'pages per week',
    partner: 'the SRE group',
    problem: 'engineers were burning out from night pages',
    goal: 'halve the paging load without hiding real incidents',
    range: [30, 80, 5, 20, 'pages a week'],
  },
  {
    system: 'the legacy billing monolith',
    metric: 'deploy frequency',
    partner: 'finance and the billing product manager',
    problem: 'every billing change needed a two-week release train',
    goal: 'let teams ship billing changes daily',
    range: [2, 4, 20, 60, 'deploys a month'],
  },
  {
    system: 'the hiring pipeline',
    metric: 'time to offer',
    partner: 'recruiting',
    problem: 'we were losing senior candidates to faster competitors',
    goal: 'hire twelve senior engineers in two quarters',
    range: [40, 70, 12, 25, 'days'],
  },
  {
    system: 'the data platform',
    metric: 'cloud spend',
    partner: 'the analytics org',
    problem: 'our warehouse bill was growing faster than revenue',
    goal: 'cut infrastructure cost without slowing analysts down',
    range: [300, 900, 120, 280, 'thousand dollars a month'],
  },
  {
    system: 'the mobile release process',
    metric: 'crash-free sessions',
    partner: 'the design and QA leads',
    problem: 'a bad release had hurt our app store rating',
    goal: 'restore quality while keeping a weekly release cadence',
    range: [95, 97, 99, 100, 'percent'],
  },
];

const SITUATION = [
  'At my last company I managed {team} engineers across {teams} teams, and {problem}.',
  'About {months} months into the role I realised that {problem}, and nobody owned the fix.',
  'Our {metric} had drifted for {months} months, and leadership was asking why {system} kept slipping.',
  'The context was a {money} business line where {system} sat on the critical path for every customer.',
  'We had just come out of a reorg, {partner} was frustrated, and {problem}.',
];

const TASK = [
  'My job was to {goal}, and I had one quarter to show progress.',
  'I owned the outcome: {goal}, while keeping the roadmap commitments we had already made.',
  'The VP asked me to {goal}, and I agreed on a target of {pct} percent improvement in {metric}.',
];

const ACTION = [
  'I started by pulling {weeks} weeks of data on {metric} so we argued about facts, not opinions.',
  'I sat down with {partner} and we agreed on a shared definition of done for {system}.',
  'I wrote a two-page proposal with three options, the trade-offs of each, and my recommendation.',
  'I asked two senior engineers to lead the design review, and I coached them instead of deciding for them.',
  'We split the work into {n} milestones, each one shippable on its own, so we could stop at any point.',
  'I pushed back on a request to add scope, because it would have delayed the fix by {weeks} weeks.',
  'When the first rollout failed, I ran a blameless review and we changed the canary process the same week.',
  'I set up a weekly review with {partner} where we looked at {metric} together and made decisions on the spot.',
  'I moved {n} engineers from feature work for {weeks} weeks, and I explained the cost to product openly.',
  'I disagreed with my director about the timeline, laid out the risks in writing, and we settled on a phased plan.',
  'I hired a staff engineer to own the technical direction and gave her the authority to say no.',
  'We instrumented {system} end to end, which showed that {pct} percent of the time went to one dependency.',
  'I delegated the migration plan to a tech lead who wanted to grow, and I reviewed it with her every Friday.',
  'I made the trade-off explicit: we would accept slower feature delivery for {weeks} weeks to fix the foundation.',
  'I coached an underperforming engineer with clear expectations and weekly check-ins, and he turned it around.',
  'To get buy-in I shared the customer complaints with the whole team, so everyone saw why it mattered.',
];

const RESULT = [
  'As a result, {metric} improved by {pct} percent within {months} months.',
  'We moved {metric} from {before} to {after}, which was worth roughly {money} a year.',
  'The team shipped on time, attrition dropped to zero that half, and two engineers were promoted.',
  'Revenue from the affected customers grew {pct} percent the following quarter, and support tickets fell by half.',
  'We delivered {n} of the {n2} milestones early and the approach became the template for {teams} other teams.',
];

const LEARNING = [
  'What I learned is that I should bring {partner} in on day one, not once the plan is done.',
  'Looking back, I would have set the metric earlier; people rally around a number they can see move.',
  'The lesson I took away is that delegating the hard parts grows people faster than doing them myself.',
  'Since then I start every initiative by writing down what we will not do, and I share it widely.',
];

const FILLERS = ['um,', 'uh,', 'you know,', 'like,', 'basically,', 'so,', 'I mean,', 'kind of'];
const MONEY = ['$2M', '$400K', '$1.5 million', '$750,000', '$12M'];

function fill(template: string, topic: Topic, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => {
    switch (key) {
      case 'system':
      case 'metric':
      case 'partner':
      case 'problem':
      case 'goal':
        return topic[key];
      case 'team':
        return String(int(rng, 6, 60));
      case 'teams':
        return String(int(rng, 2, 7));
      case 'months':
        return String(int(rng, 2, 18));
      case 'weeks':
        return String(int(rng, 2, 12));
      case 'pct':
        return String(int(rng, 8, 75));
      case 'n':
        return String(int(rng, 2, 6));
      case 'n2':
        return String(int(rng, 6, 9));
      case 'before':
        return `${int(rng, topic.range[0], topic.range[1])} ${topic.range[4]}`;
      case 'after':
        return `${int(rng, topic.range[2], topic.range[3])} ${topic.range[4]}`;
      case 'money':
        return pick(rng, MONEY);
      default:
        return key;
    }
  });
}

/** Lower-cases the first letter unless the sentence starts with the pronoun "I". */
const lowerFirst = (s: string): string => (/^I\b/.test(s) ? s : `${s[0]?.toLowerCase()}${s.slice(1)}`);

/** Adds a filler at the start or after the first word of a sentence. */
function withFiller(sentence: string, rng: Rng): string {
  const filler = pick(rng, FILLERS);
  if (rng() < 0.5) return `${filler[0]?.toUpperCase()}${filler.slice(1)} ${lowerFirst(sentence)}`;
  const space = sentence.indexOf(' ');
  return space === -1 ? sentence : `${sentence.slice(0, space)} ${filler} ${sentence.slice(space + 1)}`;
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export interface AnswerSpec {
  words: number;
  seed: number;
  /** Share of sentences that get a filler (0 for written answers). */
  fillerRate?: number;
}

/**
 * An answer of about `words` words (it ends on a whole sentence, so it can run a sentence over).
 * Situation and task first, actions until the budget is nearly spent, then result and learning.
 */
export function buildAnswer({ words, seed, fillerRate = 0.15 }: AnswerSpec): string {
  const rng = seeded(seed);
  const topic = pick(rng, TOPICS);
  const say = (bank: readonly string[]): string => {
    const s = fill(pick(rng, bank), topic, rng);
    return rng() < fillerRate ? withFiller(s, rng) : s;
  };
  const opening = [say(SITUATION), say(TASK)];
  const closing = [say(RESULT), say(LEARNING)];
  if (words > 250) closing.unshift(say(RESULT));
  const paragraphs: string[][] = [opening];
  let count = countWords([...opening, ...closing].join(' '));
  let current: string[] = [];
  // Shuffle the action bank per answer so long answers do not repeat in the same order.
  const actions = shuffled(rng, ACTION);
  for (let i = 0; count < words; i++) {
    const s = fill(actions[i % actions.length] ?? '', topic, rng);
    const spoken = rng() < fillerRate ? withFiller(s, rng) : s;
    const sentence = i > 0 && rng() < 0.2 ? `Then ${lowerFirst(spoken)}` : spoken;
    current.push(sentence);
    count += countWords(sentence);
    if (current.length >= int(rng, 3, 6)) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  paragraphs.push(closing);
  return paragraphs.map((p) => p.join(' ')).join('\n\n');
}

export interface StreamItem {
  index: number;
  text: string;
  words: number;
  spoken: boolean;
  level: string;
}

const LEVELS = ['L5', 'L6', 'L7+', 'M2', 'Director'];

/** `count` varied answers of 80–900 words, generated lazily so the stream holds one at a time. */
export function* answerStream(count: number, seed: number): Generator<StreamItem> {
  const rng = seeded(seed);
  for (let index = 0; index < count; index++) {
    const spoken = rng() < 0.5;
    const text = buildAnswer({
      words: int(rng, 80, 900),
      seed: int(rng, 1, 2 ** 31),
      fillerRate: spoken ? 0.1 + rng() * 0.3 : 0,
    });
    yield { index, text, words: countWords(text), spoken, level: pick(rng, LEVELS) };
  }
}
