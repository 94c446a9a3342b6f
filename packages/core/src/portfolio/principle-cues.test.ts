import { describe, expect, it } from 'vitest';
import { getCompany } from '../framework/companies';
import type { CompanyPrincipleSet } from '../framework/companies/types';
import { findPrincipleCues } from './principle-cues';

const ACME: CompanyPrincipleSet = {
  id: 'acme',
  name: 'Acme',
  builtIn: false,
  interviewNotes: [],
  principles: [
    {
      id: 'acme.ship-it',
      name: 'Ship It',
      description: 'Deliver.',
      cues: ['shipped', 'launch', 'on time delivery'],
      hooks: [],
      current: true,
    },
    {
      id: 'acme.listen',
      name: 'Listen Deeply',
      description: 'Hear people out.',
      cues: ['listened', 'customer', 'customers'],
      hooks: [],
      current: true,
    },
  ],
};

describe('findPrincipleCues', () => {
  it('needs two distinct single-word cues', () => {
    expect(findPrincipleCues('We shipped it.', ACME)).toEqual([]);
    expect(findPrincipleCues('We shipped the launch.', ACME)).toEqual([
      { id: 'acme.ship-it', name: 'Ship It', cues: ['shipped', 'launch'] },
    ]);
  });

  it('counts one multi-word cue as enough', () => {
    expect(findPrincipleCues('It was an on time delivery.', ACME).map((h) => h.id)).toEqual(['acme.ship-it']);
  });

  it('counts the principle named outright', () => {
    expect(findPrincipleCues('I was guided by Listen Deeply.', ACME)).toEqual([
      { id: 'acme.listen', name: 'Listen Deeply', cues: ['Listen Deeply'] },
    ]);
  });

  it('folds a plural into its singular, so "customer" and "customers" are one cue', () => {
    expect(findPrincipleCues('The customer and the customers.', ACME)).toEqual([]);
    expect(findPrincipleCues('I listened to customers.', ACME)).toEqual([
      { id: 'acme.listen', name: 'Listen Deeply', cues: ['listened', 'customers'] },
    ]);
  });

  it('reads the built-in sets', () => {
    const amazon = getCompany('amazon');
    if (!amazon) throw new Error('amazon is built in');
    const hits = findPrincipleCues('I worked backwards from what customers needed.', amazon);
    expect(hits.map((h) => h.id)).toContain('amazon.customer-obsession');
  });
});
