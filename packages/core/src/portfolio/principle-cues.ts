/**
 * Which of a company's principles a text shows, read from the principle cues alone. The analyzer
 * does the same inside `analyze`, but that needs the full parse; the portfolio scans up to a few
 * hundred stories per request, and a cue scan costs a fraction of a parse.
 *
 * The bar is the analyzer's: two distinct cues, or one cue of several words, or the principle's
 * own name ("Disagree and Commit"). Plurals fold into one cue, so "customer" and "customers"
 * count once.
 */
import { PhraseIndex } from '../analyze/phrases';
import type { CompanyPrincipleSet } from '../framework/companies/types';

interface CompanyIndex {
  cues: PhraseIndex<string>;
  names: PhraseIndex<string>;
}

/** Company sets are immutable data, so their indexes are memoised per set object. */
const INDEXES = new WeakMap<CompanyPrincipleSet, CompanyIndex>();

function indexFor(company: CompanyPrincipleSet): CompanyIndex {
  let found = INDEXES.get(company);
  if (!found) {
    const cues: Record<string, readonly string[]> = {};
    const names: Record<string, readonly string[]> = {};
    for (const principle of company.principles) {
      cues[principle.id] = principle.cues;
      names[principle.id] = [principle.name];
    }
    found = { cues: new PhraseIndex(cues), names: new PhraseIndex(names) };
    INDEXES.set(company, found);
  }
  return found;
}

export interface PrincipleCueHit {
  id: string;
  name: string;
  /** The distinct cues (or the name) that showed it. */
  cues: string[];
}

/** The principles of `company` that `text` shows, in the company's order. */
export function findPrincipleCues(text: string, company: CompanyPrincipleSet): PrincipleCueHit[] {
  const { cues, names } = indexFor(company);
  const lower = text.toLowerCase();
  const cueMatches = cues.scan(text, lower);
  const nameMatches = names.scan(text, lower);
  const hits: PrincipleCueHit[] = [];
  for (const principle of company.principles) {
    const named = (nameMatches[principle.id] ?? []).length > 0;
    // Folded key → the cue as first matched, so the reason quotes a real word ("customers").
    const distinct = new Map<string, string>();
    for (const m of cueMatches[principle.id] ?? []) {
      const key = m.phrase.replace(/s$/, '');
      if (!distinct.has(key)) distinct.set(key, m.phrase);
    }
    const shown = [...distinct.values()];
    const weight = shown.reduce((sum, cue) => sum + (cue.includes(' ') ? 2 : 1), 0);
    if (!named && weight < 2) continue;
    hits.push({ id: principle.id, name: principle.name, cues: named ? [principle.name, ...shown] : shown });
  }
  return hits;
}
