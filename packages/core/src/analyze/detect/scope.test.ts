import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { CUE_INDEX } from '../cues';
import { NUMBER_FORMS } from '../lexicon/numbers';
import { PEOPLE_UNITS } from '../lexicon/units';
import { parseText } from '../text';
import { findMetrics } from './metrics';
import { readScope, readScopePlainly } from './scope';

const scope = (text: string) =>
  readScope(
    text,
    text.toLowerCase(),
    findMetrics(text, text.toLowerCase()),
    CUE_INDEX.scan(text, text.toLowerCase()),
  );

describe('readScope', () => {
  it('places team sizes on the calibration ladder', () => {
    expect(scope('I led 6 engineers on one feature.').level).toBeNull();
    expect(scope('I led 20 engineers across three teams.').level).toBe('L5');
    expect(scope('I ran an org of 120 engineers.').level).toBe('L6');
    expect(scope('I ran a 400-person engineering organization.').level).toBe('L7+');
  });

  it('reads a small head count as the team led only when it is the remit', () => {
    expect(scope('Two team members had a conflict over the design.').teamSize).toBeNull();
    expect(scope('The two new engineers who joined said on-call felt calmer.').teamSize).toBeNull();
    expect(scope('I led the mobile team, eight engineers.').teamSize).toBe(8);
    expect(scope('I managed four engineers.').teamSize).toBe(4);
    expect(scope('I hired two engineers for it.').teamSize).toBe(2);
    expect(scope('Then 40 engineers moved onto the platform.').teamSize).toBe(40);
  });

  it('tells a scale stated in numbers or a title from one only named by keywords', () => {
    expect(scope('We worked with the finance department on a reorg.').measured).toBe(false);
    expect(scope('I led 20 engineers through a reorg.').measured).toBe(true);
    expect(scope('As director of platform, I ran the reorg.').measured).toBe(true);
  });

  it('reads users and revenue as impact', () => {
    expect(scope('The app served 12 million users.').level).toBe('L5');
    expect(scope('It carried $60M in annual revenue.').level).toBe('L6');
    expect(scope('The unit was a $250M business.').level).toBe('L7+');
  });

  it("does not read the company's financing, headcount or a customer's size as the candidate's scope", () => {
    expect(scope('The company had just raised $60M and I led a team of 6 engineers.').money).toBeNull();
    expect(scope('We were valued at $2B; my team was 6 engineers.').money).toBeNull();
    expect(scope('The unit was a $250M business.').money).toBe(250_000_000);
    expect(scope('Our largest tenants had 80,000+ employees; I managed five engineers.').teamSize).toBe(5);
    expect(scope('I ran an org of 300 employees.').teamSize).toBe(300);
  });

  it('reads "pods" as teams, except Kubernetes pods', () => {
    expect(scope('I had 8 pods of engineers across two sites.').level).toBe('L6');
    expect(scope('On m5.large nodes we could only fit 29 pods.').level).toBeNull();
  });

  it('lets one keyword lift the signal only one rung above the numbers', () => {
    expect(scope('I presented to the board with my team of 8.').level).toBe('L5');
    expect(scope('After the acquisition I presented the company strategy to the board.').level).toBe('L7+');
  });

  it('keeps the largest team size and cites evidence inside the text', () => {
    const text = 'We grew the team from 12 to 45 engineers.';
    const reading = scope(text);
    expect(reading.teamSize).toBe(45);
    for (const e of reading.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('returns no signal when the story states no scope', () => {
    expect(scope(parseText('We fixed the bug and shipped it.').text).level).toBeNull();
  });
});

describe('readScope titles', () => {
  it('reads the speaker’s own title but not someone else’s', () => {
    expect(scope('As VP of engineering at a video company, I let a director go.').level).toBe('L7+');
    expect(scope('I was director for the claims platform.').level).toBe('L6');
    expect(scope('My VP asked me to fix the build.').level).toBe('L5');
  });

  it('finds what the plain way finds, every word looked at and TEAM_PHRASE tried at every number', () => {
    const pick = (words: Iterable<string>) => fc.constantFrom(...new Set(words));
    const word = fc.oneof(
      {
        weight: 3,
        arbitrary: pick([...NUMBER_FORMS, '12', '40', '1,200', '300+', 'twenty-five', '60-person']),
      },
      { weight: 3, arbitrary: pick(['person', 'people', '-person', 'team', 'org', 'organisation', 'group']) },
      {
        weight: 2,
        arbitrary: pick(['of', 'about', 'grew', 'scaled', 'built', 'the', 'my', 'to', 'from', 'k']),
      },
      { weight: 2, arbitrary: pick(['managers', 'directors', 'teams', 'squads', 'pods', 'engineering']) },
      { weight: 2, arbitrary: pick(PEOPLE_UNITS) },
      {
        weight: 2,
        arbitrary: pick(['i was', 'as', 'in my role as', 'vp', 'director', 'senior manager', 'i']),
      },
      { weight: 1, arbitrary: pick(['led', 'asked', 'é', 'on-call', '$4m', 'users', 'a']) },
    );
    const gap = fc.oneof({ weight: 4, arbitrary: wordGap() }, { weight: 1, arbitrary: fc.constant('') });
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { minLength: 2, maxLength: 24 }), (parts) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const lower = text.toLowerCase();
        const metrics = findMetrics(text, lower);
        const cues = CUE_INDEX.scan(text, lower);
        expect(readScope(text, lower, metrics, cues)).toEqual(readScopePlainly(text, lower, metrics, cues));
      }),
      { numRuns: 3000 },
    );
  });
});
