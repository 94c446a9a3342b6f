import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { parseText } from '../text';
import { coordinatedDeeds, findActions } from './verbs';

const actions = (text: string) => findActions(parseText(text)).map((a) => `${a.subject}:${a.verb}`);

describe('findActions', () => {
  it("reads a list item that opens on a past verb as the speaker's deed", () => {
    expect(
      actions(
        'What I did:\n- Asked Kemi to co-design the rubric\n- Ran calibration sessions\n2. Moved the review earlier',
      ),
    ).toEqual(['i:ask', 'i:run', 'i:move']);
    // Not a list item, or not a past verb: no deed.
    expect(actions('Asked around, nobody knew.')).toEqual([]);
    expect(actions('- Weekly calibration sessions\n- Review the loop every half')).toEqual([]);
  });

  it('reads a talk held with the light verb "had" as a deed ("I had deep conversations with them")', () => {
    expect(actions('I had deep conversations with them to identify their gaps.')).toEqual(['i:hold']);
    expect(actions('We had weekly one-on-ones after that.')).toEqual(['we:hold']);
    // "had" with no talk after it is no deed; "had to" keeps its duty.
    expect(actions('I had a hunch about the cache.')).toEqual([]);
    expect(actions('I had to call a meeting.')).toEqual(['i:call']);
  });

  it('reads "put", "set", "cut" as deeds only when the answer tells something in the past', () => {
    expect(actions('I love to finish early. I also put as much emphasis on being a good parent.')).toEqual(
      [],
    );
    expect(actions('I set clear goals with each person and I review them monthly.')).toEqual([]);
    expect(actions('The launch was late. I put the plan on hold for a week.')).toEqual(['i:put']);
    expect(actions('I set up a rotation and we shipped the fix.')).toEqual(['i:set', 'we:ship']);
  });

  it('finds past-tense deeds after I and we', () => {
    expect(actions('I hired two leads and we migrated the ledger.')).toEqual(['i:hire', 'we:migrate']);
  });

  it('reads a duty done ("I had to call a meeting") as a deed, but not a state ("I had to be")', () => {
    expect(actions('I had to call a special meeting with our contracts people.')).toEqual(['i:call']);
    expect(actions('I had to be patient, and I had to think about it.')).toEqual([]);
  });

  it('skips states, intentions and habits', () => {
    expect(
      actions('I was the manager. I think it mattered. I would usually escalate. I want to grow.'),
    ).toEqual([]);
  });

  it('reads adverbs and perfect tenses between subject and verb', () => {
    expect(actions("I then quickly rebuilt the plan, and we've since hired four engineers.")).toEqual([
      'i:rebuild',
      'we:hire',
    ]);
  });

  it('treats same-form past verbs after a subject as deeds', () => {
    expect(actions('The launch was slipping. We cut the scope and I set a new date.')).toEqual([
      'we:cut',
      'i:set',
    ]);
  });

  it('ignores negated verbs', () => {
    expect(actions("I didn't escalate.")).toEqual([]);
    // wink's negation: the deed after "never" is negated, a later clause's deed is not.
    expect(actions('I never escalated it.')).toEqual([]);
    expect(actions('I escalated it, and then we never paged anyone.')).toEqual(['i:escalate']);
  });
});

describe('coordinatedDeeds', () => {
  const count = (text: string) => {
    const parsed = parseText(text);
    return coordinatedDeeds(parsed, findActions(parsed));
  };
  it('counts the further deeds of one "I" clause, not noticing or another subject\'s', () => {
    expect(count('I set up stretch assignments, created a safe space and provided specific feedback.')).toBe(
      2,
    );
    expect(count('I looked at the data and saw that most of the drop-off was elsewhere.')).toBe(0);
    expect(count('I paired her with two engineers, and they rebuilt the module.')).toBe(0);
    expect(count('We set up a rota and moved the alerts.')).toBe(0);
  });
});

describe('token spans', () => {
  it('are as long as the normal forms (the token walks of verbs.ts and presentHabit read the span first)', () => {
    const word = fc.constantFrom(
      ...['I', 'we', 'We', "we've", 'I’d', "i'm", 'was', 'were', 'got', 'be', 'been', 'is', 'are'],
      ...['shipped', 'they', 'who', 'which', 'that', 'it', 'and', 'then', 'rolled', 'out', 'the', 'fix'],
      ...['ÉCOLE', 'naïve', 'İstanbul', 'ﬁx', 'Straße', 'don’t', 'can’t', '2x', 'p99', 'e-mail', '…', '—'],
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(word, wordGap()), { minLength: 1, maxLength: 20 }), (parts) => {
        const parsed = parseText(parts.map(([w, g]) => w + g).join(''));
        for (const t of parsed.tokens) expect(t.end - t.start, t.normal).toBe(t.normal.length);
      }),
      { numRuns: 300 },
    );
  });
});
