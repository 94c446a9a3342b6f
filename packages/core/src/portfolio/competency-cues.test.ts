import { describe, expect, it } from 'vitest';
import { COMPETENCY_TAGS } from '../framework/ids';
import { COMPETENCY_CUES, findCompetencyCues } from './competency-cues';

describe('competency cues', () => {
  it('lists lower-case cues for every one of the 14 tags, none repeated within a tag', () => {
    expect(Object.keys(COMPETENCY_CUES).sort()).toEqual([...COMPETENCY_TAGS].sort());
    for (const tag of COMPETENCY_TAGS) {
      const cues = COMPETENCY_CUES[tag];
      expect(cues.length, tag).toBeGreaterThan(5);
      expect(new Set(cues).size, tag).toBe(cues.length);
      for (const cue of cues) expect(cue, tag).toBe(cue.trim().toLowerCase());
    }
  });

  it('reads a free-text question with one cue per competency', () => {
    const hits = findCompetencyCues('Tell me about a time you disagreed with a peer.', 1);
    expect(hits.map((h) => h.competency)).toEqual(['conflict', 'influence']);
    expect(hits[0]?.cues).toEqual(['disagreed']);
  });

  it('needs the given number of distinct cues, so one stray word in a story suggests nothing', () => {
    const text = 'The outage paged us at night. The outage ran long.';
    expect(findCompetencyCues(text, 2)).toEqual([]);
    const richer = 'The outage paged us at night; the incident review found the cause.';
    expect(findCompetencyCues(richer, 2)).toEqual([{ competency: 'crisis', cues: ['outage', 'incident'] }]);
  });

  it('matches whole words and phrases only, ignoring case', () => {
    expect(findCompetencyCues('Our CULTURE and the Team Health survey', 1).map((h) => h.competency)).toEqual([
      'culture',
    ]);
    // "hired" sits inside "unhired", "scale" inside "escalate": neither is a cue there.
    expect(findCompetencyCues('unhired escalated', 1)).toEqual([]);
  });

  it('returns hits in tag order, whatever order the text uses', () => {
    const hits = findCompetencyCues('We cut costs after the outage and hired two engineers.', 1);
    expect(hits.map((h) => h.competency)).toEqual(['hiring', 'crisis', 'business']);
  });
});
