/**
 * Every level label a user may type, mapped onto the canonical ladder (L5 / L6 / L7+).
 *
 * Rules, settled once here (docs/framework/levels.md explains why):
 * - A bare L-number is read on the canonical ladder: "L6" is Director, "L7", "L8", "L9+" are
 *   all L7+ (the seed's "+" means "and above").
 * - The self-assessment and question-bank pages number their rungs differently (their L6 is an
 *   Engineering Manager). Their labels resolve through them only when the caller passes that
 *   ladder, e.g. resolveLevel('L8', 'self-assessment') → 'L6'.
 * - Rungs are matched by role and scope, not by label. The canonical ladder starts at Senior EM,
 *   so an Engineering Manager (M1, E5) is measured against L5, its first rung.
 */
import { calibrationFor } from './calibration';
import type { LevelId } from './ids';
import type { LadderId, TeamSizeRange } from './level-ladders';

export interface LevelAlias {
  /** The label as its ladder writes it. */
  alias: string;
  ladder: LadderId;
  level: LevelId;
  /** The role the label denotes on its own ladder. */
  role: string;
  /** Other ways people write the same label (matched case-insensitively, spacing ignored). */
  spellings?: readonly string[];
  /** Team size as the source ladder states it, when it states one. */
  teamSize?: TeamSizeRange;
  /** Why the mapping is what it is, when it is not obvious. */
  note?: string;
}

const SENIOR_EM = 'Senior Engineering Manager';
const DIRECTOR = 'Director of Engineering';
const VP = 'VP of Engineering';
const EM = 'Engineering Manager';
const BELOW_FLOOR = 'Below the canonical floor: measured against L5, the first rung Onsite covers.';

export const LEVEL_ALIASES: readonly LevelAlias[] = [
  { alias: 'L5', ladder: 'seed', level: 'L5', role: SENIOR_EM, teamSize: { min: 15, max: 30 } },
  { alias: 'L6', ladder: 'seed', level: 'L6', role: DIRECTOR, teamSize: { min: 50, max: 150 } },
  {
    alias: 'L7+',
    ladder: 'seed',
    level: 'L7+',
    role: VP,
    spellings: ['L7', 'L8', 'L8+', 'L9', 'L9+', 'L10'],
    teamSize: { min: 150, max: null },
    note: 'The seed writes "L7+": every bare L-number from L7 up lands here.',
  },

  { alias: 'EM', ladder: 'role-name', level: 'L5', role: EM, spellings: [EM], note: BELOW_FLOOR },
  { alias: 'Senior EM', ladder: 'role-name', level: 'L5', role: SENIOR_EM, spellings: [SENIOR_EM] },
  { alias: 'Director', ladder: 'role-name', level: 'L6', role: DIRECTOR, spellings: [DIRECTOR] },
  {
    alias: 'Senior Director',
    ladder: 'role-name',
    level: 'L7+',
    role: 'Senior Director of Engineering',
    spellings: ['Senior Director of Engineering'],
    note: 'Owns more than one product line, past L6 scope; L7+ is the rung above Director.',
  },
  {
    alias: 'VP',
    ladder: 'role-name',
    level: 'L7+',
    role: VP,
    spellings: [VP, 'VP Engineering', 'Vice President', 'Vice President of Engineering'],
  },

  { alias: 'IC6', ladder: 'ic-track', level: 'L5', role: 'IC peer of a Senior EM' },
  { alias: 'IC7', ladder: 'ic-track', level: 'L6', role: 'IC peer of a Director' },
  { alias: 'IC8+', ladder: 'ic-track', level: 'L7+', role: 'IC peer of a VP', spellings: ['IC8', 'IC9'] },

  {
    alias: 'M1',
    ladder: 'manager-track',
    level: 'L5',
    role: EM,
    teamSize: { min: 5, max: 15 },
    note: BELOW_FLOOR,
  },
  { alias: 'M2', ladder: 'manager-track', level: 'L5', role: SENIOR_EM, teamSize: { min: 20, max: 40 } },
  { alias: 'D1', ladder: 'manager-track', level: 'L6', role: DIRECTOR, teamSize: { min: 50, max: 100 } },

  { alias: 'E5', ladder: 'e-track', level: 'L5', role: EM, teamSize: { min: 5, max: 15 }, note: BELOW_FLOOR },
  { alias: 'E6', ladder: 'e-track', level: 'L5', role: SENIOR_EM, teamSize: { min: 20, max: 40 } },
  { alias: 'E7', ladder: 'e-track', level: 'L6', role: DIRECTOR, teamSize: { min: 50, max: 100 } },

  {
    alias: 'L6',
    ladder: 'self-assessment',
    level: 'L5',
    role: EM,
    teamSize: { min: 5, max: 15 },
    note: BELOW_FLOOR,
  },
  { alias: 'L7', ladder: 'self-assessment', level: 'L5', role: SENIOR_EM, teamSize: { min: 20, max: 40 } },
  {
    alias: 'L8',
    ladder: 'self-assessment',
    level: 'L6',
    role: DIRECTOR,
    spellings: ['L8+'],
    teamSize: { min: 50, max: 100 },
  },

  { alias: 'L6', ladder: 'question-bank', level: 'L5', role: EM, note: BELOW_FLOOR },
  { alias: 'L7', ladder: 'question-bank', level: 'L5', role: SENIOR_EM },
  { alias: 'L8', ladder: 'question-bank', level: 'L6', role: DIRECTOR },
  { alias: 'L9+', ladder: 'question-bank', level: 'L7+', role: VP, spellings: ['L9', 'VP'] },
];

/** Lower-case, "Sr." → "senior", then drop spaces, dots, dashes and underscores. */
export function normalizeLevelLabel(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/\bsr\b\.?/g, 'senior')
    .replace(/[\s._-]+/g, '');
}

function labelsOf(entry: LevelAlias): string[] {
  return [entry.alias, ...(entry.spellings ?? [])].map(normalizeLevelLabel);
}

const COLLIDING_LADDERS: ReadonlySet<LadderId> = new Set(['self-assessment', 'question-bank']);

/**
 * The alias entry a label denotes. With `ladder`, that ladder's reading wins; without it,
 * colliding ladders are skipped so bare L-numbers stay canonical.
 */
export function ladderFor(input: string, ladder?: LadderId): LevelAlias | null {
  const key = normalizeLevelLabel(input);
  if (key === '') return null;
  if (ladder) {
    const onLadder = LEVEL_ALIASES.find((a) => a.ladder === ladder && labelsOf(a).includes(key));
    if (onLadder) return onLadder;
  }
  return LEVEL_ALIASES.find((a) => !COLLIDING_LADDERS.has(a.ladder) && labelsOf(a).includes(key)) ?? null;
}

/** Any accepted label → its canonical level, or null when the label is not one we know. */
export function resolveLevel(input: string, ladder?: LadderId): LevelId | null {
  return ladderFor(input, ladder)?.level ?? null;
}

/** Every alias that lands on a level, e.g. for a "also known as" list. */
export function aliasesFor(level: LevelId): LevelAlias[] {
  return LEVEL_ALIASES.filter((a) => a.level === level);
}

/** "M2 ≈ L5 (Senior Engineering Manager)"; null for an unknown label. */
export function describeAlias(input: string, ladder?: LadderId): string | null {
  const entry = ladderFor(input, ladder);
  if (!entry) return null;
  const canonical = calibrationFor(entry.level);
  if (entry.ladder === 'seed' && normalizeLevelLabel(entry.alias) === normalizeLevelLabel(input)) {
    return `${entry.level} (${canonical.role})`;
  }
  return `${input.trim()} ≈ ${entry.level} (${canonical.role})`;
}

function formatTeamSize(size: TeamSizeRange): string {
  return size.max === null ? `${size.min}+` : `${size.min}–${size.max}`;
}

/** One line about a canonical level: role, team, scope and impact bar. */
export function describeLevel(level: LevelId): string {
  const c = calibrationFor(level);
  return `${level} ${c.role}: ${formatTeamSize(c.teamSize)} engineers; ${c.scope.toLowerCase()}; ${c.impact.summary}`;
}
