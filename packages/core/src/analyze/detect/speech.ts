/**
 * Delivery: word count, time at a conversational pace (or the real duration), fillers and
 * hedges. "kind of"/"sort of" after an article is ordinary English ("the kind of leader"), and
 * "like" counts only in a filler position.
 */
import type { CueMatches } from '../cues';
import { FILLER_LIKE } from '../lexicon/speech';
import { sortSmall } from '../sort-small';
import type { ParsedText } from '../text';
import type { Filler, Speech } from '../types';

/** Conversational speaking pace used to estimate time from words (words per minute). */
export const CONVERSATIONAL_WPM = 150;

/** "the kind of", "a different sort of": a noun phrase, not a filler. One adjective may intervene. */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|what|this|that|which|any|some|every|no|same|one|other|another)\s+(?:(?!(?:was|is|were|are|be|been|am|it|i|we|they|he|she|you|just|really|so)\s)\p{L}+\s+)?$/u;
/** "What I mean is…" introduces a clarification; "I mean" is a filler only on its own. */
const CLARIFYING = /(?:^|[^\p{L}])(?:what|which is)\s+$/u;
/** "and everything else": the words after "and everything" that make it a list's last item. */
const ELSE_AFTER = /^ (?:else|that)(?![\p{L}])/u;
/** FILLER_LIKE anchored: tried only where "like" occurs, since its lookbehind is slow to scan with. */
const LIKE_AT = new RegExp(FILLER_LIKE.source, 'uy');

/** Offsets of every filler "like": the same matches as a global scan with FILLER_LIKE. */
function likeFillerStarts(lower: string): number[] {
  const starts: number[] = [];
  for (let at = lower.indexOf('like'); at !== -1; at = lower.indexOf('like', at + 1)) {
    LIKE_AT.lastIndex = at;
    if (LIKE_AT.test(lower)) starts.push(at);
  }
  return starts;
}

export function readSpeech(
  parsed: ParsedText,
  cues: Pick<CueMatches, 'filler' | 'hedge'>,
  durationSeconds: number | null,
): Speech {
  const fillers: Filler[] = [];
  for (const m of cues.filler) {
    if (
      (m.phrase === 'kind of' || m.phrase === 'sort of') &&
      DETERMINER_BEFORE.test(parsed.lower.slice(Math.max(0, m.start - 24), m.start))
    )
      continue;
    if (m.phrase === 'i mean' && CLARIFYING.test(parsed.lower.slice(Math.max(0, m.start - 12), m.start)))
      continue;
    // "what protects reliability, and everything else": the rest of a list, not a trailing filler.
    if (m.phrase === 'and everything' && ELSE_AFTER.test(parsed.lower.slice(m.end, m.end + 6))) continue;
    fillers.push({ start: m.start, end: m.end, text: m.text, kind: 'filler' });
  }
  for (const at of likeFillerStarts(parsed.lower)) {
    fillers.push({ start: at, end: at + 4, text: parsed.text.slice(at, at + 4), kind: 'filler' });
  }
  for (const m of cues.hedge) {
    if (fillers.some((f) => m.start < f.end && f.start < m.end)) continue;
    fillers.push({ start: m.start, end: m.end, text: m.text, kind: 'hedge' });
  }
  sortSmall(fillers, (a, b) => a.start - b.start);
  const words = parsed.words;
  const speech: Speech = {
    words,
    estimatedSeconds: durationSeconds ?? Math.round((words / CONVERSATIONAL_WPM) * 60),
    fillers,
  };
  if (durationSeconds !== null && durationSeconds > 0)
    speech.wpm = Math.round((words / durationSeconds) * 60);
  return speech;
}
