/**
 * Principle hooks: which of a company's principles the answer demonstrates, with the sentences
 * that show it. One stray generic word is not a demonstration, so a principle needs two cue
 * matches, or one multi-word cue, to count.
 */
import type { CompanyPrincipleSet } from '../../framework/companies/types';
import { PhraseList } from '../phrases';
import type { ParsedText } from '../text';
import type { Evidence, PrincipleHit } from '../types';

/** Indexed cue lists per company set; sets are immutable data, so these are pure memos. */
const CUES = new WeakMap<CompanyPrincipleSet, PhraseList[]>();
const NAMES = new WeakMap<CompanyPrincipleSet, PhraseList>();

function matchersFor(company: CompanyPrincipleSet): PhraseList[] {
  let found = CUES.get(company);
  if (!found) {
    found = company.principles.map((p) => new PhraseList(p.cues));
    CUES.set(company, found);
  }
  return found;
}

/** The company's principle names, for answers that name one outright ("Disagree and Commit"). */
export function principleNames(company: CompanyPrincipleSet): PhraseList {
  let found = NAMES.get(company);
  if (!found) {
    found = new PhraseList(company.principles.map((p) => p.name));
    NAMES.set(company, found);
  }
  return found;
}

export function findPrinciples(parsed: ParsedText, company: CompanyPrincipleSet): PrincipleHit[] {
  const hits: (PrincipleHit & { strength: number })[] = [];
  const matchers = matchersFor(company);
  company.principles.forEach((principle, i) => {
    const matcher = matchers[i];
    if (!matcher) return;
    const matches = matcher.find(parsed);
    // Distinct cues, with plurals folded: "customer" and "customers" are one piece of evidence.
    const distinct = new Set(matches.map((m) => m.phrase.replace(/s$/, '')));
    const strength = [...distinct].reduce((sum, cue) => sum + (cue.includes(' ') ? 2 : 1), 0);
    if (strength < 2) return;
    const evidence: Evidence[] = [];
    for (const m of matches) {
      const s = parsed.sentences.find((x) => m.start >= x.start && m.start < x.end);
      if (!s || evidence.some((e) => e.start === s.start)) continue;
      evidence.push({
        start: s.start,
        end: s.end,
        text: s.text,
        reason: `"${m.text}" shows ${principle.name}`,
      });
      if (evidence.length === 3) break;
    }
    hits.push({ id: principle.id, name: principle.name, evidence, strength });
  });
  return hits
    .sort((a, b) => b.strength - a.strength)
    .slice(0, 5)
    .map(({ strength: _s, ...hit }) => hit);
}
