/**
 * Principle hooks: which of a company's principles the answer demonstrates, with the sentences
 * that show it. One stray generic word is not a demonstration, so a principle needs two cue
 * matches, or one multi-word cue, to count.
 */
import type { CompanyPrincipleSet } from '../../framework/companies/types';
import { compileCueMatcher } from '../../framework/cue-matcher';
import { findPhrases } from '../phrases';
import type { ParsedText } from '../text';
import type { Evidence, PrincipleHit } from '../types';

/** Compiled cue lists per company set; sets are immutable data, so this is a pure memo. */
const compiled = new WeakMap<CompanyPrincipleSet, { id: string; regex: RegExp }[]>();

function matchersFor(company: CompanyPrincipleSet) {
  let found = compiled.get(company);
  if (!found) {
    found = company.principles.map((p) => ({ id: p.id, regex: compileCueMatcher(p.cues) }));
    compiled.set(company, found);
  }
  return found;
}

export function findPrinciples(parsed: ParsedText, company: CompanyPrincipleSet): PrincipleHit[] {
  const hits: (PrincipleHit & { strength: number })[] = [];
  const matchers = matchersFor(company);
  company.principles.forEach((principle, i) => {
    const matcher = matchers[i];
    if (!matcher) return;
    const matches = findPhrases(matcher.regex, parsed);
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
