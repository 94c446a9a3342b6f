import { describe, expect, it } from 'vitest';
import { companyOfPrincipleId, cueBlock, kebabCase, principleBuilder, principleIdFor } from './principle-id';

describe('kebabCase', () => {
  it.each([
    ['Customer Obsession', 'customer-obsession'],
    ['Are Right, A Lot', 'are-right-a-lot'],
    ['Have Backbone; Disagree and Commit', 'have-backbone-disagree-and-commit'],
    ["Strive to be Earth's Best Employer", 'strive-to-be-earths-best-employer'],
    ['Earth\u2019s Best', 'earths-best'],
    ['Meta, Metamates, Me', 'meta-metamates-me'],
    ['Research & Development', 'research-and-development'],
    ['  Crème  Brûlée!  ', 'creme-brulee'],
    ['P99 Latency', 'p99-latency'],
    ['日本語', ''],
  ])('%s → %s', (name, expected) => {
    expect(kebabCase(name)).toBe(expected);
  });
});

describe('principle ids', () => {
  it('prefix the company and split back at the first dot', () => {
    const id = principleIdFor('acme-labs', 'Ship It');
    expect(id).toBe('acme-labs.ship-it');
    expect(companyOfPrincipleId(id)).toBe('acme-labs');
  });

  it('are stamped by the builder, which also defaults current to true', () => {
    const build = principleBuilder('acme');
    const principle = build({ name: 'Ship It', description: 'd', cues: 'a, b\n c,', hooks: [] });
    expect(principle).toMatchObject({ id: 'acme.ship-it', current: true, cues: ['a', 'b', 'c'] });
    expect(build({ name: 'Old', description: 'd', cues: 'x', hooks: [], current: false }).current).toBe(
      false,
    );
  });
});

describe('cueBlock', () => {
  it('splits on commas and newlines and drops blanks', () => {
    expect(cueBlock('\n  one, two words,\n three ,, \n')).toEqual(['one', 'two words', 'three']);
  });
});
