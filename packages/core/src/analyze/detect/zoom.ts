/**
 * Zoom level: how much of the answer is told at implementation level. A sentence is
 * implementation-level when it is dense with technical markers — terms from the technical
 * lexicon, acronyms (MQTT, ECDSA) and alphanumeric identifiers (p99, P-256, S3) — rather than
 * about the problem, the people or the business.
 */
import { AMBIGUOUS_TECHNICAL_TERMS, TECHNICAL_TERMS } from '../lexicon/technical';
import { type PhraseMatch, wordsOf } from '../phrases';
import { sentenceIndexAt } from '../positions';
import type { ParsedText } from '../text';
import { isWhitespace } from '../whitespace';

const TERMS = new Set<string>(TECHNICAL_TERMS);
/** Upper-case words that are business or org vocabulary, not technology. */
const NOT_TECHNICAL = new Set(
  'CEO VP VPS CTO CFO COO CRO CPO CMO CMIO CISO PM PMS HR OKR OKRS ARR MRR NPS ENPS CSAT US USA EU UK AI EM EMS IC ICS SRE SRES QA KPI KPIS SLA B2B B2C I OK Q1 Q2 Q3 Q4 GMV ROI DAU MAU IPO PR L4 L5 L6 L7 L8 E5 E6 E7 M1 M2 D1 IC6 IC7 IC8 PIP PIPS DEI MBA NYC SF LA APAC EMEA LATAM'.split(
    ' ',
  ),
);
const IDENTIFIER = /^(?:[A-Z][A-Z0-9]{1,5}|[A-Za-z]+\d+[A-Za-z\d-]*)$/u;

/** Runs of whitespace in `text`: `text.split(/\s+/).length - 1`, without building the pieces. */
function whitespaceRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhitespace(text.charCodeAt(i));
    if (space && !inRun) runs++;
    inRun = space;
  }
  return runs;
}

export interface ZoomReading {
  /** Share of the answer's words in implementation-level sentences (0–1). */
  share: number;
  /** Indexes of the implementation-level sentences. */
  sentences: number[];
}

/** Whether text[from, to) has an ASCII digit (what /\d/ finds), without slicing it out. */
function hasDigit(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Acronyms and alphanumeric identifiers per sentence, read word by word in the original casing. */
function identifiersBySentence(parsed: ParsedText): number[] {
  const counts = new Array<number>(parsed.sentences.length).fill(0);
  const { text } = parsed;
  // Lower-casing kept every offset (no character grew): a word's digit flag, read on the lower-cased
  // text, is then the original's too.
  const aligned = parsed.lower.length === text.length;
  for (const w of wordsOf(parsed)) {
    // Only words that open with a capital or hold a digit can be identifiers: read those only.
    const c = text.charCodeAt(w.start);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(aligned ? w.digit : hasDigit(text, w.start, w.end))) continue;
    const original = text.slice(w.start, w.end);
    if (!IDENTIFIER.test(original) || NOT_TECHNICAL.has(original.toUpperCase()) || TERMS.has(w.value))
      continue;
    const i = sentenceIndexAt(parsed, w.start);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** Technical terms per sentence, an everyday-ambiguous one (AMBIGUOUS_TECHNICAL_TERMS) as half. */
function termsBySentence(parsed: ParsedText, technical: readonly PhraseMatch[]): number[] {
  const counts = new Array<number>(parsed.sentences.length).fill(0);
  for (const m of technical) {
    const i = sentenceIndexAt(parsed, m.start);
    if (i >= 0) counts[i] = (counts[i] ?? 0) + (AMBIGUOUS_TECHNICAL_TERMS.has(m.phrase) ? 0.5 : 1);
  }
  return counts;
}

/**
 * Markers a sentence needs to be implementation-level, and the share of its tokens they must be.
 * Three spread over a long sentence ("…worked with two senior engineers on a change policy: no
 * schema changes after Thursday, every migration ships with a rollback, a reviewer from the
 * database group signs off") are a policy told in passing, not a dive into the tech.
 */
const DENSE = { markers: 3, share: 0.06 };
const VERY_DENSE = { markers: 2, share: 0.08 };

export function readZoom(parsed: ParsedText, technical: readonly PhraseMatch[]): ZoomReading {
  const terms = termsBySentence(parsed, technical);
  const identifiers = identifiersBySentence(parsed);
  const sentences: number[] = [];
  let implementationWords = 0;
  for (const s of parsed.sentences) {
    const markers = (terms[s.index] ?? 0) + (identifiers[s.index] ?? 0);
    const share = markers / Math.max(1, s.tokenEnd - s.tokenStart);
    if (
      (markers >= DENSE.markers && share >= DENSE.share) ||
      (markers >= VERY_DENSE.markers && share >= VERY_DENSE.share)
    ) {
      sentences.push(s.index);
      implementationWords += whitespaceRuns(s.text) + 1;
    }
  }
  return { share: parsed.words > 0 ? Math.min(1, implementationWords / parsed.words) : 0, sentences };
}
