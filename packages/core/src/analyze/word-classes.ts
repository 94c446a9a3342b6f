/**
 * Word classes: which patterns a word can open, as bits. Several detectors try their patterns
 * only at certain words (a figure at "forty" or "from", a team size at "team", a self-title at
 * "as", blame at "they"); each used to look every word up in its own set. The answer's words are
 * now looked up once, when they are split (words.ts), and every detector tests a bit.
 *
 * The word lists live here, not in the detectors, so words.ts can build the table without
 * importing a detector (and every detector sees the same table, whatever loaded first).
 */
import { lexemeFor, lookupLexeme } from './lexemes';
import { DEFLECTIONS } from './lexicon/blame';
import { HERO_PATTERNS } from './lexicon/hero';
import { NUMBER_WORDS } from './lexicon/numbers';
import { CUT_CORNERS_GATES, REACTIVE_GATES } from './lexicon/practice';

/** metrics: a figure can start at this word besides digits and currency signs. */
export const FIGURE_STARTER = 1;
/** metrics: a common word that opens a figure only in a few phrases ("a dozen", "to zero"). */
export const FIGURE_GUARDED = 2;
/** scope: a number said in words ("forty", "a"), where count patterns start. */
export const NUMBER_HEAD = 4;
/** scope: a team-size phrase can open here ("team of 40", "grew the org to 45"). */
export const OPENS_TEAM = 8;
/** scope: the speaker's own title can open here ("as VP", "I was director"). */
export const OPENS_TITLE = 16;
/** blame: a clause about another party can open here ("the platform team", "they"). */
export const OPENS_OTHER_PARTY = 32;

/**
 * Rule gates: a word every shape of a whole-answer pattern contains, so the pattern is tried only
 * in an answer that has one (a bit test per word instead of a pass over the text).
 * conflict-handling: going around someone ("over his head", "straight to the VP").
 */
export const GATES_WENT_AROUND = 64;
/** conflict-handling: a win claimed ("proved I was right", "I told you so"). */
export const GATES_PROVED_RIGHT = 128;
/** unsafe-practice: capacity bought or a problem handed off ("a bigger server", "the DBA"). */
export const GATES_HANDS_OFF = 256;
/**
 * blame: a word that can end another party ("the platform *team*", "my last *boss*", "*they*"),
 * possessive too ("the vendor's"). Blame's pattern runs only at an opener with one within reach.
 */
export const ENDS_OTHER_PARTY = 512;
/** blame: the cause's second word ("the *real* problem was"), right after "the" or "a". */
export const SECONDS_CAUSE = 1024;
/** blame: a failing of another party can open here ("they *never*…", "the vendor *missed*…"). */
export const OPENS_OTHER_FAILED = 2048;
/** blame: before a hyphen, a failing can open here ("*over*-committed", "*missed*-out"). */
export const HEADS_OTHER_FAILED = 4096;
/**
 * Not a class of the word list but of the answer's word (set by splitWords, never on a record): a
 * character other than a–z is left in it ("on-call", "didn't", "q3", "team\u2009never"). A detector
 * that reads words for a word list's words needs to look inside only these.
 */
export const UNUSUAL_WORD = 8192;
/** The first of the gate classes of the hero shapes and then the deflections, one each, in list order. */
const FIRST_SHAPE_GATE = 16384;
/** hero.ts: the gate class of each shape of HERO_PATTERNS ("took" for "I took over"). */
export const HERO_GATES: readonly number[] = HERO_PATTERNS.map((_, k) => FIRST_SHAPE_GATE << k);
/** blame-negativity: the gate class of each shape of DEFLECTIONS ("itself" for "the plan itself was solid"). */
export const DEFLECTION_GATES: readonly number[] = DEFLECTIONS.map(
  (_, k) => FIRST_SHAPE_GATE << (HERO_PATTERNS.length + k),
);
/** unsafe-practice: a guard cut ("skip", "disabled", "straight to prod"). */
export const GATES_CUTS_CORNERS = FIRST_SHAPE_GATE << (HERO_PATTERNS.length + DEFLECTIONS.length);
/** unsafe-practice: problems left until someone reports them ("wait", "only", "broke"). */
export const GATES_WAITS = GATES_CUTS_CORNERS << 1;
if (GATES_WAITS > 1 << 30) throw new Error('more gate classes than an int has bits');

const unionOf = (bits: readonly number[]): number => bits.reduce((all, bit) => all | bit, 0);
/**
 * The gate classes an unusual word also takes from the letters it opens or ends with (words.ts):
 * a gate word glued to other characters ("head's", "x-proved") may still stand in its pattern's
 * match (gated.ts).
 */
export const GLUED_CLASSES =
  GATES_WENT_AROUND |
  GATES_PROVED_RIGHT |
  GATES_HANDS_OFF |
  GATES_CUTS_CORNERS |
  GATES_WAITS |
  unionOf(HERO_GATES) |
  unionOf(DEFLECTION_GATES);

export const WENT_AROUND_WORDS = [
  'head',
  'heads',
  'straight',
  'directly',
  'telling',
  'asking',
  'consulting',
  'looping',
  'talking',
];
export const PROVED_RIGHT_WORDS = [
  'proved',
  'proves',
  'proven',
  'proof',
  'admitted',
  'admit',
  'conceded',
  'concede',
  'acknowledged',
  'won',
  'told',
  'turned',
  // "my choice was the right one", "until they finally understood".
  'right',
  'correct',
  'better',
  'finally',
  'eventually',
];
export const HANDS_OFF_WORDS = [
  'hardware',
  'server',
  'servers',
  'machine',
  'machines',
  'instance',
  'instances',
  'capacity',
  'memory',
  'ram',
  'cpu',
  'cpus',
  'nodes',
  'box',
  'dba',
  'dbas',
  'administrator',
  'administrators',
  'database',
  'ops',
  'operations',
  'infra',
  'infrastructure',
  'vendor',
  'vendors',
  'support',
  'consultant',
  'consultants',
];

const FIGURE_STARTERS = [
  ...Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' ') && w !== 'a' && w !== 'an'),
  'from',
  'zero',
  'cut',
  'doubled',
  'tripled',
  'quadrupled',
  'halved',
  'twofold',
  'threefold',
  'fourfold',
  'fivefold',
  'tenfold',
  'nps',
  'enps',
  'csat',
];
const FIGURE_GUARDED_WORDS = ['a', 'an', 'half', 'to', 'at', 'net', 'order', 'orders'];
const TEAM_FIRSTS = [
  'team',
  'org',
  'organization',
  'organisation',
  'group',
  'department',
  'function',
  'grew',
  'scaled',
  'built',
];
const TITLE_FIRSTS = ['i', "i'm", 'as', 'in', 'my'];
const OTHER_PARTY_FIRSTS =
  'the our their that another other a an they he she everyone product sales marketing finance legal hr management leadership executives my'.split(
    ' ',
  );

/** OTHER_PARTY's one-word alternatives: openers that are a party on their own. */
export const SELF_PARTY = [
  'they',
  'he',
  'she',
  'product',
  'sales',
  'marketing',
  'finance',
  'legal',
  'hr',
  'management',
  'leadership',
  'executives',
];
/**
 * The last word of every longer OTHER_PARTY alternative. Such a party has at most two words
 * between its opener and this one (single spaces, letters and hyphens only), so it ends at one
 * of the three words after the opener. detect/pointing.test.ts checks that every word of
 * OTHER_PARTY is an opener, one of these or a word that only stands between.
 */
export const PARTY_ENDS = [
  'team',
  'teams',
  'org',
  'organization',
  'organisation',
  'function',
  'functions',
  'group',
  'groups',
  'department',
  'departments',
  'vendor',
  'vendors',
  'contractor',
  'contractors',
  'agency',
  'partner',
  'partners',
  'provider',
  'providers',
  'engineer',
  'manager',
  'lead',
  'director',
  'leaders',
  'members',
  'stakeholders',
  'colleagues',
  'coworkers',
  'co-workers',
  'teammates',
  'peers',
  'bosses',
  'else',
  'execs',
  'business',
  'client',
  'customer',
  'predecessor',
  'boss',
  'vp',
  'skip',
  'supervisor',
  'cro',
  'ceo',
  'cto',
  'cfo',
  'coo',
  'pm',
  'pms',
  'designer',
  'designers',
  'em',
  'owner',
];
/**
 * The first word of every OTHER_FAILED alternative, as a word of its own. (Spelt with a hyphen,
 * "over-committed", a word is tried whatever it is: see detect/pointing.ts.)
 */
export const FAILED_FIRSTS = [
  'was',
  'were',
  'is',
  'are',
  'simply',
  'micromanaging',
  'micromanaged',
  'did',
  "didn't",
  "wasn't",
  "weren't",
  'complained',
  'pushed',
  'never',
  "wouldn't",
  'would',
  'refused',
  'failed',
  'kept',
  'missed',
  'ignored',
  'dropped',
  'blew',
  'overcommitted',
  'overpromised',
  'underdelivered',
  "couldn't",
  'could',
  'had',
  'lacked',
  'screwed',
  'botched',
  'messed',
  'delivered',
  'slipped',
  'underestimated',
  'changed',
  'added',
];
/** CAUSE_ELSEWHERE's second words ("the *real* problem was"). */
export const CAUSE_SECONDS = ['bigger', 'biggest', 'real', 'main', 'actual', 'root', 'underlying'];

const define = (bit: number, words: readonly string[]) => {
  for (const w of words) lexemeFor(w).classes |= bit;
};
define(FIGURE_STARTER, FIGURE_STARTERS);
define(FIGURE_GUARDED, FIGURE_GUARDED_WORDS);
define(NUMBER_HEAD, Object.keys(NUMBER_WORDS));
define(OPENS_TEAM, TEAM_FIRSTS);
define(OPENS_TITLE, TITLE_FIRSTS);
define(OPENS_OTHER_PARTY, OTHER_PARTY_FIRSTS);
define(GATES_WENT_AROUND, WENT_AROUND_WORDS);
define(GATES_PROVED_RIGHT, PROVED_RIGHT_WORDS);
define(GATES_HANDS_OFF, HANDS_OFF_WORDS);
// A party is followed by a space or "'s" (the vendor's notice): both spellings carry the bit.
for (const word of [...SELF_PARTY, ...PARTY_ENDS]) define(ENDS_OTHER_PARTY, [word, `${word}'s`]);
define(SECONDS_CAUSE, CAUSE_SECONDS);
for (const [k, { gates }] of HERO_PATTERNS.entries()) define(HERO_GATES[k] as number, gates);
for (const [k, { gates }] of DEFLECTIONS.entries()) define(DEFLECTION_GATES[k] as number, gates);
define(GATES_CUTS_CORNERS, CUT_CORNERS_GATES);
define(GATES_WAITS, REACTIVE_GATES);
define(OPENS_OTHER_FAILED, FAILED_FIRSTS);
define(HEADS_OTHER_FAILED, [...FAILED_FIRSTS, 'over', 'under', 'micro']);

/** The classes of a word (lower-cased, as words.ts splits it); 0 for most words. */
export function wordClasses(value: string): number {
  return lookupLexeme(value)?.classes ?? 0;
}

/**
 * The classes of a hyphenated word's head ("twenty" of "twenty-five"), for patterns that start
 * at a number word however it continues; 0 without a hyphen after the first character.
 */
export function headClasses(value: string): number {
  const dash = value.indexOf('-');
  return dash > 0 ? wordClasses(value.slice(0, dash)) : 0;
}

/** Whether any word of the answer has class `bit` (one bit test per word). */
export function anyWordOf(words: readonly { classes: number }[], bit: number): boolean {
  for (const w of words) if ((w.classes & bit) !== 0) return true;
  return false;
}
