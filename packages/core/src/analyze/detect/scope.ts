/**
 * Reads the scope a story claims — people led, teams, users, money, organisational breadth —
 * and places it on the calibration ladder (L5 Senior EM, L6 Director, L7+ VP). Numbers are strong
 * evidence; keywords ("the board", "reorg") are weaker, so one keyword alone lifts the signal at
 * most one step above what the numbers show.
 */
import { CALIBRATION, levelRank } from '../../framework/calibration';
import type { LevelId } from '../../framework/ids';
import type { CueMatches } from '../cues';
import { NUMBER_PATTERN, readNumber, SCALE_PATTERN } from '../lexicon/numbers';
import { PEOPLE_UNITS, USER_UNITS } from '../lexicon/units';
import { matchAtWords, type PhraseMatch, splitWords, type Word } from '../phrases';
import type { Evidence, Metric } from '../types';
import { NUMBER_HEAD, OPENS_TEAM, OPENS_TITLE, UNUSUAL_WORD } from '../word-classes';

export interface ScopeReading {
  level: LevelId | null;
  evidence: (Evidence & { level: LevelId | null })[];
  teamSize: number | null;
  users: number | null;
  money: number | null;
  /**
   * Whether the scale is stated in numbers or a title of one's own. Keywords alone ("the
   * department", "a reorg") say the story reaches at least that far, not that it stops there.
   */
  measured: boolean;
}

const LEVELS: LevelId[] = CALIBRATION.map((c) => c.id);
/**
 * People the candidate led. Not "employees": that is how answers size a company or a customer
 * ("a 2,000-employee company", "tenants with 80,000+ employees"), not a remit; "an org of 300"
 * is read by TEAM_PHRASE whatever unit follows.
 */
const PEOPLE = new Set<string>(
  PEOPLE_UNITS.filter(
    (u) => !['hires', 'new hires', 'managers', 'engineering managers', 'directors', 'employees'].includes(u),
  ),
);
const USERS = new Set<string>(USER_UNITS);
const N = `(?:${NUMBER_PATTERN})`;
/** "team of 40", "an org of 120", "a 60-person org", "grew the team to 45". */
const TEAM_PHRASE = new RegExp(
  `(?:(?:team|org|organization|organisation|group|department|function)\\s+of\\s+(?:about\\s+|around\\s+|over\\s+|nearly\\s+|roughly\\s+)?(${N})(${SCALE_PATTERN})?\\+?|(${N})\\+?[- ]person|(?:grew|scaled|built)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:team|org|organization|organisation)\\s+(?:from\\s+${N}\\s+)?to\\s+(${N}))`,
  'uy',
);
/** The classes of the words (or their part before a hyphen) some scope pattern can open at. */
const OPENS_SCOPE = NUMBER_HEAD | OPENS_TEAM | OPENS_TITLE;
/** Whether a word opens a number ("40", "forty", "twenty-five"): the only places count patterns start. */
const startsNumber = (word: Word): boolean => {
  const c = word.value.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if ((word.classes & NUMBER_HEAD) !== 0) return true;
  return (word.head & NUMBER_HEAD) !== 0;
};
/** The speaker's own title ("As VP of engineering…", "I was director for…"), not someone else's ("my VP"). */
const SELF = String.raw`(?:i was|i'm|i am|i became|i joined as|i worked as|i served as|in my role as|my role was|as)\s+(?:the\s+|a\s+|an\s+)?(?:new\s+|first\s+|interim\s+|acting\s+|founding\s+)?`;
const TITLES: readonly [RegExp, LevelId][] = [
  [
    new RegExp(
      `${SELF}(?:svp|vp|vice president|head of engineering|cto|chief technology officer)(?![\\p{L}])`,
      'uy',
    ),
    'L7+',
  ],
  [new RegExp(`${SELF}(?:senior\\s+)?director(?![\\p{L}])`, 'uy'), 'L6'],
  [
    new RegExp(
      `${SELF}(?:senior engineering manager|senior manager|senior em|manager of managers)(?![\\p{L}])`,
      'uy',
    ),
    'L5',
  ],
];
/** SELF alone: every title pattern opens with it, so where it fails no title can start. */
const SELF_AT = new RegExp(SELF, 'uy');
/**
 * The first match of each title pattern, in TITLES order: one pass for all three over `words`,
 * the words a title can start with. Most of those words ("i", "in", "my") open no self-title at
 * all; one test of SELF there spares the three title patterns.
 */
function firstTitles(lower: string, words: readonly Word[]): [RegExpExecArray, LevelId][] {
  const found: (RegExpExecArray | undefined)[] = new Array(TITLES.length);
  let missing = TITLES.length;
  for (let w = 0; w < words.length && missing > 0; w++) {
    const word = words[w] as Word;
    SELF_AT.lastIndex = word.start;
    if (!SELF_AT.test(lower)) continue;
    for (let t = 0; t < TITLES.length; t++) {
      if (found[t]) continue;
      const regex = (TITLES[t] as [RegExp, LevelId])[0];
      regex.lastIndex = word.start;
      const m = regex.exec(lower);
      if (m) {
        found[t] = m;
        missing--;
      }
    }
  }
  const out: [RegExpExecArray, LevelId][] = [];
  TITLES.forEach(([, level], t) => {
    const m = found[t];
    if (m) out.push([m, level]);
  });
  return out;
}
const MANAGERS = new RegExp(
  `(${N})\\s+(?:engineering\\s+)?(managers|directors|teams|squads|pods)(?![\\p{L}])`,
  'uy',
);

/** Text just before an amount that makes it company financing: "raised $18M", "valued at $2B". */
const FUNDING_BEFORE =
  /(?<![\p{L}])(?:raised|raising|raise|funding|funded|valuation|valued at|series [a-f]|seed|round of|investment of|acquired for|bought for)(?:\s+(?:a|an|of|about|around|roughly|nearly|over|just|another|its|their|our))*\s+$/u;
/**
 * Text just before a head count that makes them people the speaker consulted or met, not people
 * they led: "asked three senior engineers to poke holes in it", "talked to two leads".
 */
const CONSULTED_BEFORE =
  /(?<![\p{L}])(?:asked|talked to|talked with|spoke to|spoke with|met with|consulted|invited|interviewed|called|pinged|emailed|showed|told|convinced|persuaded|paired with|shadowed|sat with|checked with)(?:\s+(?:a|an|the|my|our|their|about|around|roughly|some|just|only|all|both|each|of|these|those|other|another))*\s+$/u;
/**
 * What makes a small head count the speaker's remit: "I led four engineers", "my five reports",
 * "a team with 6 engineers", "I led the mobile team, eight engineers", "I hired two engineers". "Two team members had a conflict" names people in the story, and
 * says nothing about how many the speaker leads.
 */
const REMIT_BEFORE =
  /(?:(?<![\p{L}])(?:led|lead|leading|managed|manage|managing|ran|run|running|oversaw|oversee|overseeing|inherited|had|have|my|our|of|with|grew|built|hired|recruited)(?:\s+(?:a|an|the|my|our|about|around|roughly|some|just|only|all|over|nearly|team|of|direct))*|(?:team|squad|group|org)\s*[,:(—–-])\s*$/u;
/** Below this many people, a head count needs REMIT_BEFORE to count as the team led (L5's floor). */
const SMALL_TEAM = CALIBRATION[0]?.teamSize.min ?? 15;
/** Words that make "pods" Kubernetes pods. */
const CONTAINER_WORDS =
  /(?<![\p{L}])(?:node|nodes|kubernetes|k8s|cluster|clusters|container|containers|eks|gke|aks|replicas?)(?![\p{L}])/u;

/** The sentence (between . ! ? or line breaks) around `index`. */
function sentenceAround(lower: string, index: number): string {
  const before = Math.max(
    lower.lastIndexOf('.', index),
    lower.lastIndexOf('!', index),
    lower.lastIndexOf('?', index),
    lower.lastIndexOf('\n', index),
  );
  const ends = ['.', '!', '?', '\n'].map((c) => lower.indexOf(c, index)).filter((i) => i >= 0);
  return lower.slice(before + 1, ends.length > 0 ? Math.min(...ends) : lower.length);
}

function levelForTeam(size: number): LevelId | null {
  let found: LevelId | null = null;
  for (const c of CALIBRATION) if (size >= c.teamSize.min) found = c.id;
  return found;
}
function levelForMoney(amount: number): LevelId | null {
  let found: LevelId | null = null;
  for (const c of CALIBRATION) if (amount >= c.impact.revenueUsd) found = c.id;
  return found;
}
function levelForUsers(users: number): LevelId | null {
  let found: LevelId | null = null;
  for (const c of CALIBRATION) if (c.impact.users !== null && users >= c.impact.users) found = c.id;
  return found;
}
const max = (a: LevelId | null, b: LevelId | null): LevelId | null =>
  a === null ? b : b === null ? a : levelRank(a) >= levelRank(b) ? a : b;

export function readScope(
  text: string,
  lower: string,
  metrics: Metric[],
  cues: Pick<CueMatches, 'scopeL5' | 'scopeL6' | 'scopeL7'>,
  words: readonly Word[] = splitWords(lower),
): ScopeReading {
  return readScopeWith(text, lower, metrics, cues, words, false);
}

/**
 * readScope the plain way, every word looked at and TEAM_PHRASE tried at every number: what its
 * shortcuts must agree with (scope.test.ts).
 */
export function readScopePlainly(
  text: string,
  lower: string,
  metrics: Metric[],
  cues: Pick<CueMatches, 'scopeL5' | 'scopeL6' | 'scopeL7'>,
  words: readonly Word[] = splitWords(lower),
): ScopeReading {
  return readScopeWith(text, lower, metrics, cues, words, true);
}

function readScopeWith(
  text: string,
  lower: string,
  metrics: Metric[],
  cues: Pick<CueMatches, 'scopeL5' | 'scopeL6' | 'scopeL7'>,
  words: readonly Word[],
  plain: boolean,
): ScopeReading {
  const keywords: Record<LevelId, PhraseMatch[]> = {
    L5: cues.scopeL5,
    L6: cues.scopeL6,
    'L7+': cues.scopeL7,
  };
  const evidence: ScopeReading['evidence'] = [];
  let teamSize: number | null = null;
  let users: number | null = null;
  let money: number | null = null;
  const add = (start: number, end: number, level: LevelId | null, reason: string) =>
    evidence.push({ start, end, text: text.slice(start, end), level, reason });

  for (const m of metrics) {
    if (m.value === undefined) continue;
    const unit =
      m.unit ?? (m.kind === 'before-after' ? /([\p{L}]+)$/u.exec(m.text.toLowerCase())?.[1] : undefined);
    const value = m.kind === 'before-after' ? (lastNumber(m.text) ?? m.value) : m.value;
    if (unit && PEOPLE.has(unit)) {
      // People asked for a review or met once are not the remit.
      const before = lower.slice(Math.max(0, m.start - 40), m.start);
      if (CONSULTED_BEFORE.test(before)) continue;
      if (value < SMALL_TEAM && !REMIT_BEFORE.test(before)) continue;
      teamSize = Math.max(teamSize ?? 0, value);
      add(m.start, m.end, levelForTeam(value), `${value} people`);
    } else if (unit && USERS.has(unit)) {
      users = Math.max(users ?? 0, value);
      add(m.start, m.end, levelForUsers(value), `${formatBig(value)} ${unit}`);
    } else if (m.kind === 'money') {
      // Money the company raised or was valued at is not money the candidate was responsible for.
      if (FUNDING_BEFORE.test(lower.slice(Math.max(0, m.start - 40), m.start))) continue;
      money = Math.max(money ?? 0, value);
      add(m.start, m.end, levelForMoney(value), `$${formatBig(value)} at stake`);
    }
  }
  // Where each pattern can start, found in one pass over the words (each pattern then sees only those).
  const numberWords: Word[] = [];
  const teamWords: Word[] = [];
  const titleWords: Word[] = [];
  // At a number, TEAM_PHRASE can only read "N-person": without "person" it opens at its own words only.
  const teamAtNumbers = plain || lower.includes('person');
  for (const w of words) {
    // Most words open none of the patterns: one test of their classes passes them by (a word
    // with a digit or a hyphen is unusual, words.ts).
    if (!plain && (w.classes & (OPENS_SCOPE | UNUSUAL_WORD)) === 0) continue;
    const number = startsNumber(w);
    if (number) numberWords.push(w);
    if ((number && teamAtNumbers) || w.classes & OPENS_TEAM) teamWords.push(w);
    if (w.classes & OPENS_TITLE) titleWords.push(w);
  }
  for (const m of matchAtWords(TEAM_PHRASE, lower, teamWords)) {
    const raw = m[1] ?? m[3] ?? m[4];
    const value = raw ? readNumber(raw, m[2]) : undefined;
    if (value === undefined) continue;
    teamSize = Math.max(teamSize ?? 0, value);
    add(m.index, m.index + m[0].length, levelForTeam(value), `an organisation of ${value}`);
  }
  for (const m of matchAtWords(MANAGERS, lower, numberWords)) {
    const count = m[1] ? readNumber(m[1]) : undefined;
    if (count === undefined || count < 2) continue;
    const kind = m[2] ?? '';
    // "29 pods per node" are Kubernetes pods, not teams.
    if (kind === 'pods' && CONTAINER_WORDS.test(sentenceAround(lower, m.index))) continue;
    // A manager or team stands for roughly seven engineers; a director for a whole org.
    const estimate = kind === 'directors' ? count * 60 : count * 7;
    add(m.index, m.index + m[0].length, levelForTeam(estimate), `${count} ${kind} (≈ ${estimate} engineers)`);
  }
  for (const [m, level] of firstTitles(lower, titleWords)) {
    add(m.index, m.index + m[0].length, level, `your role is ${level}-level`);
  }
  const quantitative = evidence.reduce<LevelId | null>((acc, e) => max(acc, e.level), null);
  const measured = evidence.length > 0;

  let keywordLevel: LevelId | null = null;
  let strongKeywordLevel: LevelId | null = null;
  for (const level of LEVELS) {
    const hits = keywords[level];
    const distinct = new Set(hits.map((h) => h.phrase));
    for (const h of hits.slice(0, 3)) add(h.start, h.end, level, `"${h.phrase}" is ${level}-scale work`);
    if (distinct.size >= 1) keywordLevel = level;
    if (distinct.size >= 2) strongKeywordLevel = level;
  }
  // One keyword lifts the signal at most one rung above the numbers.
  const base = quantitative === null ? -1 : levelRank(quantitative);
  const capped = keywordLevel === null ? null : (LEVELS[Math.min(levelRank(keywordLevel), base + 1)] ?? null);
  const level = max(max(quantitative, strongKeywordLevel), capped);
  return { level: evidence.length > 0 ? level : null, evidence, teamSize, users, money, measured };
}

const NUMBERS = new RegExp(`(${N})(${SCALE_PATTERN})?`, 'gu');

function lastNumber(text: string): number | undefined {
  const all = [...text.toLowerCase().matchAll(NUMBERS)];
  const last = all[all.length - 1];
  return last?.[1] ? readNumber(last[1], last[2]) : undefined;
}

function formatBig(n: number): string {
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)}K`;
  return String(n);
}
