import type { Gated } from './blame';

/**
 * How hero stories are told beyond the set phrases in attribution.ts (HERO_PHRASES): patterns for
 * the shapes themselves, whatever the exact words. Each match is one hero signal; the
 * attribution-balance rule weighs them. Kept to shapes an interviewer hears as "made it about
 * me": taking the work over from the people who owned it, being the only one who could, others
 * building "to my design", skipping the team's checks, and a lesson that praises doing it alone.
 */

/** "I took over", "so I stepped in and rewrote it", "I took the keyboard". */
export const TAKEOVER =
  /(?<![\p{L}])i (?:[\p{L}]+ )?(?:took over|take over|stepped in and (?:took|did|wrote|rewrote|fixed|ran|built|drove|owned)|took (?:the keyboard|the wheel|(?:direct |full |personal |sole )?(?:ownership|control|charge) of (?:that|the|his|her|their|its) (?:area|team|project|work|workstream|piece|part|code|module|service|system))|would run it end to end|'d run it end to end|'d own it end to end|would own it end to end|ran the team myself)(?![\p{L}])/u;

/** "I was the only person who understood it", "nobody else knew the code". */
export const SOLE_COMPETENCE =
  /(?<![\p{L}])(?:i was (?:honestly |really |basically |probably |clearly )?the only (?:one|person|engineer|manager|leader) (?:who|that) (?:really |truly |fully )?(?:knew|understood|could|was able|had the)|(?:nobody|no one|no-one) else (?:really )?(?:knew|understood|could|was able))(?![\p{L}])/u;

/** Others building "to my design", "to my spec", "to my plan". */
export const BUILT_TO_MY =
  /(?<![\p{L}])(?:build|built|building|builds) (?:it |them |a prototype |the prototype )?to my (?:design|spec|specification|plan|architecture|blueprint)(?![\p{L}])/u;

/** Skipping the team's checks: "I didn't wait for a design review", "without waiting for approval". */
export const SKIPPED_CHECKS =
  /(?<![\p{L}])(?:i didn't|i did not|without) (?:wait|waiting) for (?:a |the |any )?(?:[\p{L}-]+ )?(?:review|approval|sign-off|signoff|consensus|buy-in|anyone|the team)(?![\p{L}])/u;

/**
 * A lesson that praises doing it alone: "carry the riskiest parts personally", "drive it through
 * personally", "I'm the kind of person who…", "someone willing to step in and take ownership".
 */
export const SOLO_LESSON =
  /(?<![\p{L}])(?:(?:carry|drive|driving|do|doing|own|owning|handle|handling|push|pushing|go|going)(?: [\p{L}-]+){0,4} personally|i'm the kind of (?:person|leader|manager|engineer) who|i'm comfortable being that (?:person|one)|one (?:engineer|person) with|(?:someone|somebody) (?:willing )?(?:to|has to|needs to|had to) step (?:in|up)|without me,? (?:it|this|the project|we|they))(?![\p{L}])/u;

/**
 * Each shape with its gate words: every match has one of them as a word of its own, and holds only
 * letters, spaces, apostrophes and hyphens (and `alsoIn`); see lexicon/blame.ts, Gated.
 */
export const HERO_PATTERNS: readonly Gated[] = [
  { gates: ['took', 'take', 'stepped', 'end', 'ran'], shape: TAKEOVER },
  { gates: ['only', 'else'], shape: SOLE_COMPETENCE },
  { gates: ['build', 'built', 'building', 'builds'], shape: BUILT_TO_MY },
  { gates: ['wait', 'waiting'], shape: SKIPPED_CHECKS },
  { gates: ['personally', 'kind', 'comfortable', 'one', 'step', 'without'], shape: SOLO_LESSON, alsoIn: ',' },
];
