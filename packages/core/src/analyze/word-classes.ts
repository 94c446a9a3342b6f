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
import { NUMBER_WORDS } from './lexicon/numbers';

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

const WENT_AROUND_WORDS = [
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
const PROVED_RIGHT_WORDS = [
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
];
const HANDS_OFF_WORDS = [
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
