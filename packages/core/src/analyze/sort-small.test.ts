import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from './sort-small';

describe('sortSmall', () => {
  it('orders like Array.prototype.sort, ties kept in their order, short and long lists alike', () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 9 }), id: fc.nat() });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 150 }), (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(sortSmall([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });
});
