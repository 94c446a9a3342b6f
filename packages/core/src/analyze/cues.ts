/**
 * Every word list the analyzer listens for, indexed together (see phrases.ts) so an answer is
 * scanned once for all of them. Families are named for what they show; rules and detectors read
 * their matches from the facts, never scan the text again.
 */
import { EXAMPLE_CUES, PLATITUDES } from './lexicon/approach';
import { ASKED_TOPIC_EVIDENCE } from './lexicon/asked-topic';
import { HERO_PHRASES, TEAM_CREDIT } from './lexicon/attribution';
import { BLAME_PHRASES } from './lexicon/blame';
import {
  BUSINESS_LINK_CUES,
  BUSINESS_MODEL_CUES,
  BUSINESS_OUTCOME_CUES,
  INFLUENCE_CUES,
  PRINCIPLE_CUES,
  TRANSFORMATION_CUES,
} from './lexicon/business';
import { CONCEAL_GATES, FEAR_GATES, FIRING_GATES, MISLEAD_GATES, OVERTIME_GATES } from './lexicon/conduct';
import {
  CULTURE_CHANGE_CUES,
  INDUSTRY_INFLUENCE_CUES,
  PEOPLE_LEADERSHIP_CUES,
  SCALE_DESIGN_CUES,
  TEACHING_CUES,
} from './lexicon/craft';
import { LEARNING_CUES, SCALE_IMPACT_CUES } from './lexicon/learning';
import { BACKTRACK_CUES, DIGRESSION_CUES } from './lexicon/order';
import { PEOPLE_OUTCOME_CUES, RESULT_CUES } from './lexicon/outcome';
import { OWNERSHIP_PHRASES } from './lexicon/ownership';
import { HYPOTHETICAL_PHRASES, VAGUE_INTENSIFIERS } from './lexicon/pitfalls';
import { PLATFORM_TERMS } from './lexicon/platform';
import { SCOPE_KEYWORDS } from './lexicon/scope';
import { CHECK_IN_PHRASES, FILLERS, HEDGES } from './lexicon/speech';
import { ACTION_OPENERS, SITUATION_CUES, TASK_CUES } from './lexicon/story';
import { TECHNICAL_TERMS } from './lexicon/technical';
import { PhraseIndex, type PhraseMatch } from './phrases';

export const CUE_LISTS = {
  // Rubric bands and framing
  hero: HERO_PHRASES,
  selfEmphasis: ['myself', 'personally'],
  teamCredit: TEAM_CREDIT,
  business: BUSINESS_OUTCOME_CUES,
  businessLink: BUSINESS_LINK_CUES,
  principle: PRINCIPLE_CUES,
  influence: INFLUENCE_CUES,
  transformation: TRANSFORMATION_CUES,
  businessModel: BUSINESS_MODEL_CUES,
  technical: [...TECHNICAL_TERMS, ...PLATFORM_TERMS],
  scaleDesign: SCALE_DESIGN_CUES,
  industry: INDUSTRY_INFLUENCE_CUES,
  teaching: TEACHING_CUES,
  cultureChange: CULTURE_CHANGE_CUES,
  peopleLeadership: PEOPLE_LEADERSHIP_CUES,
  scaleImpact: SCALE_IMPACT_CUES,
  // STAR+ parts and order
  situation: SITUATION_CUES,
  task: TASK_CUES,
  actionOpener: ACTION_OPENERS,
  result: RESULT_CUES,
  peopleOutcome: PEOPLE_OUTCOME_CUES,
  learning: LEARNING_CUES,
  backtrack: BACKTRACK_CUES,
  digression: DIGRESSION_CUES,
  // What the question asked about, said in the answer (off-question)
  askedConflict: ASKED_TOPIC_EVIDENCE.conflict,
  askedInfluence: ASKED_TOPIC_EVIDENCE.influence,
  askedPerformance: ASKED_TOPIC_EVIDENCE.performance,
  askedHiring: ASKED_TOPIC_EVIDENCE.hiring,
  // Pitfalls
  vague: VAGUE_INTENSIFIERS,
  blame: BLAME_PHRASES,
  ownership: OWNERSHIP_PHRASES,
  hypothetical: HYPOTHETICAL_PHRASES,
  // Approach answers: a real case introduced, a stock claim instead of a method
  example: EXAMPLE_CUES,
  platitude: PLATITUDES,
  // Conduct: the words without which team-welfare and integrity need not read their shapes
  overtimeGate: OVERTIME_GATES,
  firingGate: FIRING_GATES,
  fearGate: FEAR_GATES,
  misleadGate: MISLEAD_GATES,
  concealGate: CONCEAL_GATES,
  // Delivery
  filler: FILLERS,
  hedge: HEDGES,
  checkIn: CHECK_IN_PHRASES,
  // Scope keywords by level
  scopeL5: SCOPE_KEYWORDS.L5,
  scopeL6: SCOPE_KEYWORDS.L6,
  scopeL7: SCOPE_KEYWORDS['L7+'],
};

type Family = keyof typeof CUE_LISTS;
/** Where each family's matches are in a scan's `found` (the lists' key order). */
const SLOT = Object.fromEntries(Object.keys(CUE_LISTS).map((family, slot) => [family, slot])) as Record<
  Family,
  number
>;
const at = (found: readonly PhraseMatch[][], slot: number): PhraseMatch[] => found[slot] as PhraseMatch[];

export const CUE_INDEX = new PhraseIndex(CUE_LISTS, {
  onLexemes: true,
  // One object literal, keys in the lists' order (every family must be here: the type says so).
  build: (found): Record<Family, PhraseMatch[]> => ({
    hero: at(found, SLOT.hero),
    selfEmphasis: at(found, SLOT.selfEmphasis),
    teamCredit: at(found, SLOT.teamCredit),
    business: at(found, SLOT.business),
    businessLink: at(found, SLOT.businessLink),
    principle: at(found, SLOT.principle),
    influence: at(found, SLOT.influence),
    transformation: at(found, SLOT.transformation),
    businessModel: at(found, SLOT.businessModel),
    technical: at(found, SLOT.technical),
    scaleDesign: at(found, SLOT.scaleDesign),
    industry: at(found, SLOT.industry),
    teaching: at(found, SLOT.teaching),
    cultureChange: at(found, SLOT.cultureChange),
    peopleLeadership: at(found, SLOT.peopleLeadership),
    scaleImpact: at(found, SLOT.scaleImpact),
    situation: at(found, SLOT.situation),
    task: at(found, SLOT.task),
    actionOpener: at(found, SLOT.actionOpener),
    result: at(found, SLOT.result),
    peopleOutcome: at(found, SLOT.peopleOutcome),
    learning: at(found, SLOT.learning),
    backtrack: at(found, SLOT.backtrack),
    digression: at(found, SLOT.digression),
    askedConflict: at(found, SLOT.askedConflict),
    askedInfluence: at(found, SLOT.askedInfluence),
    askedPerformance: at(found, SLOT.askedPerformance),
    askedHiring: at(found, SLOT.askedHiring),
    vague: at(found, SLOT.vague),
    blame: at(found, SLOT.blame),
    ownership: at(found, SLOT.ownership),
    hypothetical: at(found, SLOT.hypothetical),
    example: at(found, SLOT.example),
    platitude: at(found, SLOT.platitude),
    overtimeGate: at(found, SLOT.overtimeGate),
    firingGate: at(found, SLOT.firingGate),
    fearGate: at(found, SLOT.fearGate),
    misleadGate: at(found, SLOT.misleadGate),
    concealGate: at(found, SLOT.concealGate),
    filler: at(found, SLOT.filler),
    hedge: at(found, SLOT.hedge),
    checkIn: at(found, SLOT.checkIn),
    scopeL5: at(found, SLOT.scopeL5),
    scopeL6: at(found, SLOT.scopeL6),
    scopeL7: at(found, SLOT.scopeL7),
  }),
});

export type CueFamily = (typeof CUE_INDEX.families)[number];
export type CueMatches = ReturnType<typeof CUE_INDEX.scan>;
