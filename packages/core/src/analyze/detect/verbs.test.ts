import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordGap } from '../../../test/word-gaps';
import { isNegated, type ParsedText, parseText, type Token } from '../text';
import { coordinatedDeeds, findActions, isPastVerb } from './verbs';

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

  it('finds the same deeds as reading every word after the verb as text', () => {
    const NEW_SUBJECT = new Set(['i', 'we', 'they', 'he', 'she', 'it', 'you', 'who', 'which', 'that']);
    const PERCEPTION = new Set([
      'see',
      'notice',
      'hear',
      'find',
      'discover',
      'spot',
      'observe',
      'watch',
      'look',
    ]);
    // coordinatedDeeds as first written: every token's text compared, no span read first.
    const plain = (parsed: ParsedText): number => {
      const { tokens } = parsed;
      let count = 0;
      let verbAt = 0;
      for (const action of findActions(parsed)) {
        if (action.subject !== 'i') continue;
        while (verbAt < tokens.length && (tokens[verbAt] as Token).end <= action.end - 1) verbAt++;
        for (let k = verbAt + 1; k < tokens.length; k++) {
          const t = tokens[k] as Token;
          if (t.sentence !== action.sentence || NEW_SUBJECT.has(t.normal)) break;
          const before = tokens[k - 1]?.normal;
          if (before !== ',' && before !== 'and' && before !== 'then') continue;
          if (!isPastVerb(t, false) || PERCEPTION.has(t.lemma) || isNegated(parsed, k)) continue;
          count++;
        }
      }
      return count;
    };
    // Clauses shaped like "I hired two leads, then migrated the ledger and saw…", with stray words.
    const pick = (...words: string[]) => fc.constantFrom(...words);
    const subject = pick('I', 'i', 'We', 'we', 'They', 'and I', 'then I');
    const verb = pick(
      'hired',
      'set up',
      'created',
      'rebuilt',
      'saw',
      'noticed',
      'never shipped',
      'coached',
      'shipped',
    );
    const object = pick('the fix', 'a team', 'it', 'them', 'two leads', 'the ledger', '');
    const coordinator = pick(
      ',',
      'and',
      'And',
      'then',
      'Then',
      'THEN',
      'than',
      'an',
      ', then',
      'also',
      'who',
    );
    const tail = fc.tuple(coordinator, wordGap(), verb, object);
    const clause = fc.tuple(subject, verb, object, fc.array(tail, { maxLength: 4 }), pick('.', '', '!', ';'));
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 4 }), (clauses) => {
        const text = clauses
          .map(([who, did, what, more, end]) => {
            const rest = more.map(([c, gap, v, o]) => `${c}${gap}${v} ${o}`).join(' ');
            return `${who} ${did} ${what} ${rest}${end}`;
          })
          .join(' ');
        const parsed = parseText(text);
        expect(coordinatedDeeds(parsed, findActions(parsed))).toBe(plain(parsed));
      }),
      { numRuns: 400 },
    );
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
