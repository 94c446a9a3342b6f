/**
 * Which of a fixed set of substrings ("needles") a text contains: the same answer as asking
 * `text.includes(needle)` for each, in one pass. Several detectors gate a costly pattern on cheap
 * words ("took", " to my ", "could not"); asked one by one, each needle read the whole answer
 * again (about 30 reads of a 2,000-word answer). Every gate's needles are found together, once per
 * answer (see cues.ts, GATE_NEEDLES).
 */

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class NeedleSet {
  readonly needles: readonly string[];
  /** All needles as one alternation, longest first: at one position it reports the longest. */
  private readonly any: RegExp;
  /** Per needle, the needles that are its prefixes (itself included): found wherever it is. */
  private readonly prefixes: Map<string, readonly string[]>;

  constructor(needles: readonly string[]) {
    const sorted = [...new Set(needles)].filter((n) => n !== '').sort((a, b) => b.length - a.length);
    this.needles = sorted;
    // Never matches when there are no needles.
    this.any = new RegExp(sorted.length > 0 ? sorted.map(literal).join('|') : '(?!)', 'g');
    this.prefixes = new Map(sorted.map((w) => [w, sorted.filter((v) => w.startsWith(v))]));
  }

  /**
   * The needles written in `text`. The scan resumes one character after each match, so
   * overlapping needles are found too; any needle that starts where a longer one was reported is
   * one of its prefixes.
   */
  find(text: string): Set<string> {
    const found = new Set<string>();
    const { any } = this;
    any.lastIndex = 0;
    for (let m = any.exec(text); m !== null; m = any.exec(text)) {
      for (const w of this.prefixes.get(m[0]) ?? []) found.add(w);
      any.lastIndex = m.index + 1;
    }
    return found;
  }
}
