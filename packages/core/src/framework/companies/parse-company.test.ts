import { describe, expect, it } from 'vitest';
import { parseCustomCompany } from './parse-company';
import type { CompanyErrorCode } from './schema';

function validInput() {
  return {
    id: 'acme',
    name: '  Acme Corp ',
    principles: [
      { name: ' Ship It ', cues: [' shipped ', 'launch day'], hooks: ['We shipped it'] },
      {
        id: 'acme.care',
        name: 'Care About Craft',
        description: 'Quality you can feel.',
        cues: ['polish'],
        misreading: 'Not gold-plating.',
        current: false,
      },
    ],
    tensions: [{ a: 'acme.ship-it', b: 'acme.care', note: 'Speed against polish.' }],
    interviewNotes: ['Two rounds on craft.'],
  };
}

type Input = ReturnType<typeof validInput> & Record<string, unknown>;

/** Applies one defect to a valid input and returns the error codes (with paths) it produces. */
function errorsAfter(defect: (input: Input) => unknown): string[] {
  const input = validInput() as Input;
  const result = parseCustomCompany(defect(input) ?? input);
  if (result.ok) return [];
  return result.errors.map((e) => `${e.code}@${e.path}`);
}

describe('parseCustomCompany accepts', () => {
  it('a valid set, trimming strings, deriving ids and filling defaults', () => {
    const result = parseCustomCompany(validInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { company } = result;
    expect(company.name).toBe('Acme Corp');
    expect(company.builtIn).toBe(false);
    expect(company.principles[0]).toEqual({
      id: 'acme.ship-it',
      name: 'Ship It',
      description: '',
      cues: ['shipped', 'launch day'],
      hooks: ['We shipped it'],
      current: true,
    });
    expect(company.principles[1]).toMatchObject({
      id: 'acme.care',
      current: false,
      misreading: 'Not gold-plating.',
    });
    expect(company.tensions).toHaveLength(1);
  });

  it('the minimum: an id, a name and one principle with one cue', () => {
    const result = parseCustomCompany({ id: 'x1', name: 'X', principles: [{ name: 'Go', cues: ['go'] }] });
    expect(result).toMatchObject({
      ok: true,
      company: { interviewNotes: [], principles: [{ id: 'x1.go', hooks: [] }] },
    });
  });

  it('a name with no ASCII letters when an id is given', () => {
    const result = parseCustomCompany({
      id: 'jp',
      name: 'JP',
      principles: [{ id: 'jp.wa', name: '和', cues: ['和'] }],
    });
    expect(result.ok).toBe(true);
  });

  it('but never marks a custom set as built in', () => {
    const result = parseCustomCompany({ ...validInput(), builtIn: true });
    expect(result.ok && result.company.builtIn).toBe(false);
  });
});

describe('parseCustomCompany rejects', () => {
  const cases: [string, (input: Input) => unknown, `${CompanyErrorCode}@${string}`][] = [
    ['a non-object', () => 'acme', 'invalid_type@'],
    ['a missing name', (i) => ({ ...i, name: undefined }), 'required@name'],
    ['a blank name', (i) => ({ ...i, name: '   ' }), 'empty_string@name'],
    ['a name over 80 characters', (i) => ({ ...i, name: 'n'.repeat(81) }), 'too_long@name'],
    ['a company id with spaces', (i) => ({ ...i, id: 'acme labs' }), 'invalid_company_id@id'],
    ['a company id with a dot', (i) => ({ ...i, id: 'acme.labs' }), 'invalid_company_id@id'],
    ['an uppercase company id', (i) => ({ ...i, id: 'Acme' }), 'invalid_company_id@id'],
    ['a built-in company id', (i) => ({ ...i, id: 'amazon' }), 'reserved_company_id@id'],
    ['a prototype name as company id', (i) => ({ ...i, id: 'constructor' }), 'reserved_company_id@id'],
    ['no principles', (i) => ({ ...i, principles: [], tensions: undefined }), 'no_principles@principles'],
    [
      'more than 40 principles',
      (i) => ({
        ...i,
        tensions: undefined,
        principles: Array.from({ length: 41 }, (_, n) => ({ name: `P${n}`, cues: ['x'] })),
      }),
      'too_many_principles@principles',
    ],
    [
      'a duplicate principle name',
      (i) => void i.principles.push({ name: 'ship it', cues: ['y'], hooks: [] }),
      'duplicate_principle@principles.2.name',
    ],
    [
      'names that collide as ids',
      (i) => void i.principles.push({ name: 'Ship-It!', cues: ['y'], hooks: [] }),
      'duplicate_principle_id@principles.2.id',
    ],
    [
      'a principle id for another company',
      (i) => {
        i.principles[1]!.id = 'other.care';
      },
      'principle_id_mismatch@principles.1.id',
    ],
    [
      'a malformed principle id',
      (i) => {
        i.principles[1]!.id = 'acme.Care About';
      },
      'invalid_principle_id@principles.1.id',
    ],
    [
      'a name with nothing to build an id from',
      (i) => {
        i.principles[0]!.name = '和';
      },
      'unnamed_principle_id@principles.0.name',
    ],
    [
      'no cues',
      (i) => {
        i.principles[0]!.cues = [];
      },
      'no_cues@principles.0.cues',
    ],
    [
      'more than 50 cues',
      (i) => {
        i.principles[0]!.cues = Array.from({ length: 51 }, (_, n) => `c${n}`);
      },
      'too_many_cues@principles.0.cues',
    ],
    [
      'an uppercase cue',
      (i) => {
        i.principles[0]!.cues = ['NPS'];
      },
      'cue_not_lowercase@principles.0.cues.0',
    ],
    [
      'a blank cue',
      (i) => {
        i.principles[0]!.cues = ['ok', '  '];
      },
      'empty_string@principles.0.cues.1',
    ],
    [
      'a cue over 60 characters',
      (i) => {
        i.principles[0]!.cues = ['c'.repeat(61)];
      },
      'too_long@principles.0.cues.0',
    ],
    [
      'a repeated cue',
      (i) => {
        i.principles[0]!.cues = ['ship', ' ship'];
      },
      'duplicate_cue@principles.0.cues.1',
    ],
    [
      'a cue that is not a string',
      (i) => {
        i.principles[0]!.cues = [42 as unknown as string];
      },
      'invalid_type@principles.0.cues.0',
    ],
    [
      'a description over 500 characters',
      (i) => {
        i.principles[1]!.description = 'd'.repeat(501);
      },
      'too_long@principles.1.description',
    ],
    ['an unknown field', (i) => ({ ...i, colour: 'red' }), 'unknown_key@colour'],
    [
      'a misspelt principle field',
      (i) => ({ ...i, principles: [{ name: 'A', cue: ['a'], cues: ['a'] }], tensions: undefined }),
      'unknown_key@principles.0.cue',
    ],
    [
      'a tension naming a missing principle',
      (i) => {
        i.tensions[0]!.b = 'acme.nope';
      },
      'unknown_tension_principle@tensions.0.b',
    ],
    [
      'a tension with itself',
      (i) => {
        i.tensions[0]!.b = 'acme.ship-it';
      },
      'self_tension@tensions.0.b',
    ],
    [
      'a __proto__ key',
      (i) => JSON.parse(`{"__proto__": {"polluted": true}, "id": "${i.id}"}`),
      'forbidden_key@__proto__',
    ],
    [
      'a nested constructor key',
      (i) => void Object.assign(i.principles[0]!, { constructor: 'x' }),
      'forbidden_key@principles.0.constructor',
    ],
    ['a class instance', () => new (class Acme {})(), 'invalid_type@'],
    ['absurd nesting', (i) => ({ ...i, x: [[[[[[[[[[1]]]]]]]]]] }), 'too_deep@x.0.0.0.0.0.0.0.0'],
  ];

  it.each(cases)('%s', (_label, defect, expected) => {
    expect(errorsAfter(defect)).toContain(expected);
  });

  it('reports errors with a path, a stable code and a message', () => {
    const result = parseCustomCompany({ id: 'amazon', name: '', principles: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.code).toMatch(/^[a-z_]+$/);
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(result.errors.map((e) => e.code).sort()).toEqual([
      'empty_string',
      'no_principles',
      'reserved_company_id',
    ]);
  });

  it('never pollutes Object.prototype', () => {
    parseCustomCompany(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not modify its input', () => {
    const input = validInput();
    const before = JSON.stringify(input);
    parseCustomCompany(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
