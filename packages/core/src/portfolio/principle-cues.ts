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

/**
 * One index per company, so a text is scanned once: family `<id>` holds a principle's cues and
 * family `name:<id>` its name (the two are counted differently, so they stay apart).
 */
const INDEXES = new WeakMap<CompanyPrincipleSet, PhraseIndex<string>>();

const nameFamily = (id: string) => `name:${id}`;

function indexFor(company: CompanyPrincipleSet): PhraseIndex<string> {
  let found = INDEXES.get(company);
  if (!found) {
    const lists: Record<string, readonly string[]> = {};
    for (const principle of company.principles) {
      lists[principle.id] = principle.cues;
      lists[nameFamily(principle.id)] = [principle.name];
    }
    // Company sets are immutable data, so the index is memoised per set object.
    found = new PhraseIndex(lists);
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
  const matches = indexFor(company).scan(text, text.toLowerCase());
  const hits: PrincipleCueHit[] = [];
  for (const principle of company.principles) {
    const named = (matches[nameFamily(principle.id)] ?? []).length > 0;
    // Folded key → the cue as first matched, so the reason quotes a real word ("customers").
    const distinct = new Map<string, string>();
    for (const m of matches[principle.id] ?? []) {
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
