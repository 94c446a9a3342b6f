/**
 * The shape of a company principle set. Built-in sets (amazon.ts, google.ts, …) and
 * user-supplied custom sets (validated by schema.ts) share it, so the analyzer and the UI never
 * need to know which kind they hold.
 */
import type { PrincipleId } from '../ids';

export interface Principle {
  /** `<company>.<kebab-case name>`, e.g. `amazon.customer-obsession`. */
  id: PrincipleId;
  /** The company's own name for the principle (a fact, so used as is). */
  name: string;
  /** One or two sentences in Onsite's words; never the company's text. */
  description: string;
  /**
   * Lowercase words and phrases that, in an interview answer, show the principle in action.
   * Matched case-insensitively on word boundaries by `compileCueMatcher`; inflections are
   * listed explicitly rather than stemmed, so each cue is a deliberate choice.
   */
  cues: string[];
  /** Short phrases a candidate could say to name the principle without reciting it. */
  hooks: string[];
  /** Example outcomes from the seed's Principle Hooks page (TOOLS-SPEC §4), in our words. */
  sampleEvidence?: string[];
  /** A common misreading to steer candidates away from (e.g. Frugality is not skipping tests). */
  misreading?: string;
  /** False for retired or earlier values kept because prep material still refers to them. */
  current: boolean;
}

/** Two principles that pull against each other; good stories show the trade-off. */
export interface PrincipleTension {
  a: PrincipleId;
  b: PrincipleId;
  note: string;
}

export interface CompanyPrincipleSet {
  /** Lowercase slug; the prefix of every principle id in the set. */
  id: string;
  name: string;
  /** True only for the sets shipped with Onsite. */
  builtIn: boolean;
  principles: Principle[];
  tensions?: PrincipleTension[];
  /** What this company's loop emphasises, in Onsite's words. */
  interviewNotes: string[];
}
