import { describe, expect, it } from 'vitest';
import { BUILT_IN_COMPANY_IDS } from '../ids';
import { BUILT_IN_COMPANIES, companyIds, companySetSchema, getCompany } from './index';
import { kebabCase } from './principle-id';
import type { CompanyPrincipleSet } from './types';

/**
 * Cues deliberately shared by two principles of one company, as `company:cue`. Empty today: each
 * cue should point at one principle, or a match tells the candidate nothing specific.
 */
const SHARED_CUE_ALLOW_LIST = new Set<string>([]);

/** Words that appear in nearly every answer, so as cues they would flag everything. */
const TOO_GENERIC = [
  'team',
  'teams',
  'project',
  'projects',
  'work',
  'we',
  'i',
  'the',
  'and',
  'problem',
  'people',
];

const everyPrinciple = BUILT_IN_COMPANIES.flatMap((company) =>
  company.principles.map((p) => ({ company, p })),
);

describe('built-in company sets', () => {
  it('cover exactly the built-in ids, in order', () => {
    expect(BUILT_IN_COMPANIES.map((c) => c.id)).toEqual([...BUILT_IN_COMPANY_IDS]);
    expect(companyIds()).toEqual([...BUILT_IN_COMPANY_IDS]);
    expect(BUILT_IN_COMPANIES.every((c) => c.builtIn)).toBe(true);
  });

  it('pass the same schema that custom sets must pass', () => {
    for (const company of BUILT_IN_COMPANIES) {
      const result = companySetSchema.safeParse(company);
      expect(result.success ? [] : result.error.issues, company.id).toEqual([]);
    }
  });

  it.each(everyPrinciple.map(({ company, p }) => [p.id, company, p] as const))(
    '%s is complete',
    (_id, company, principle) => {
      expect(principle.id).toBe(`${company.id}.${kebabCase(principle.name)}`);
      expect(principle.id).toMatch(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(principle.description.length).toBeGreaterThan(40);
      // One or two sentences: count sentence-ending punctuation followed by space or the end.
      expect(principle.description.match(/[.!?](?=\s|$)/g)?.length ?? 0).toBeLessThanOrEqual(2);
      expect(principle.cues.length).toBeGreaterThanOrEqual(8);
      expect(principle.cues.length).toBeLessThanOrEqual(20);
      expect(new Set(principle.cues).size).toBe(principle.cues.length);
      for (const cue of principle.cues) {
        expect(cue, cue).toBe(cue.trim().toLowerCase());
        expect(cue).not.toMatch(/\s{2,}|[\u2018\u2019]/);
        expect(TOO_GENERIC).not.toContain(cue);
      }
      expect(principle.hooks).toHaveLength(3);
      expect(new Set(principle.hooks).size).toBe(3);
      for (const hook of principle.hooks) expect(hook.length).toBeLessThanOrEqual(100);
    },
  );

  it('have unique principle ids and names', () => {
    const ids = everyPrinciple.map(({ p }) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const company of BUILT_IN_COMPANIES) {
      const names = company.principles.map((p) => p.name.toLowerCase());
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('do not share a cue between two principles of one company unless allow-listed', () => {
    const shared: string[] = [];
    for (const company of BUILT_IN_COMPANIES) {
      const owner = new Map<string, string>();
      for (const principle of company.principles) {
        for (const cue of principle.cues) {
          const first = owner.get(cue);
          if (first && !SHARED_CUE_ALLOW_LIST.has(`${company.id}:${cue}`)) {
            shared.push(`${company.id}: "${cue}" in ${first} and ${principle.id}`);
          }
          owner.set(cue, principle.id);
        }
      }
    }
    expect(shared).toEqual([]);
  });

  it('name only their own principles in tensions, and give interview notes', () => {
    for (const company of BUILT_IN_COMPANIES) {
      const ids = new Set(company.principles.map((p) => p.id));
      for (const tension of company.tensions ?? []) {
        expect(ids.has(tension.a), tension.a).toBe(true);
        expect(ids.has(tension.b), tension.b).toBe(true);
        expect(tension.a).not.toBe(tension.b);
      }
      expect(company.interviewNotes.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('are frozen, so no caller can change them for everyone else', () => {
    const amazon = BUILT_IN_COMPANIES[0]!;
    expect(Object.isFrozen(amazon)).toBe(true);
    expect(Object.isFrozen(amazon.principles[0]!.cues)).toBe(true);
    expect(() => {
      (amazon.principles as unknown[]).push({});
    }).toThrow(TypeError);
  });
});

describe('getCompany', () => {
  const acme: CompanyPrincipleSet = {
    id: 'acme',
    name: 'Acme',
    builtIn: false,
    principles: [],
    interviewNotes: [],
  };

  it('finds built-in sets ignoring case and surrounding space', () => {
    expect(getCompany('amazon')?.name).toBe('Amazon');
    expect(getCompany('  NetFlix ')?.id).toBe('netflix');
  });

  it('finds custom sets and lists their ids after the built-ins', () => {
    expect(getCompany('ACME', [acme])).toBe(acme);
    expect(companyIds([acme])).toEqual([...BUILT_IN_COMPANY_IDS, 'acme']);
  });

  it('prefers a built-in set over a custom one with the same id', () => {
    expect(getCompany('google', [{ ...acme, id: 'google' }])?.builtIn).toBe(true);
    expect(companyIds([{ ...acme, id: 'google' }])).toEqual([...BUILT_IN_COMPANY_IDS]);
  });

  it('returns undefined for unknown ids, including prototype names', () => {
    expect(getCompany('initech')).toBeUndefined();
    expect(getCompany('')).toBeUndefined();
    expect(getCompany('constructor')).toBeUndefined();
    expect(getCompany('__proto__')).toBeUndefined();
  });
});
