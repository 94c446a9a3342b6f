import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NeedleSet } from './needles';

const includes = (needles: readonly string[], text: string) =>
  [...new Set(needles.filter((n) => n !== '' && text.includes(n)))].sort();

describe('NeedleSet', () => {
  it('finds the needles a text contains, like includes()', () => {
    const needles = ['took', 'take over', ' to my ', 'only', ' else ', 'one person', 'on', 'one'];
    const set = new NeedleSet(needles);
    for (const text of [
      '',
      'i took over the build',
      'someone else did it to my design',
      'commonly, one person only',
      'no needle here',
    ]) {
      expect([...set.find(text)].sort()).toEqual(includes(needles, text));
    }
  });

  it('finds overlapping and nested needles', () => {
    const needles = ['abc', 'bcd', 'b', 'abcd', 'cd'];
    expect([...new NeedleSet(needles).find('xabcdx')].sort()).toEqual(includes(needles, 'xabcdx'));
  });

  it('treats regex characters literally', () => {
    const needles = ['a.b', '(x)', "can't"];
    expect([...new NeedleSet(needles).find("axb (x) can't")].sort()).toEqual(['(x)', "can't"]);
  });

  it('finds nothing with no needles', () => {
    expect(new NeedleSet([]).find('anything').size).toBe(0);
  });

  it('agrees with includes() on random texts', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', ' ', "'");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 8 }),
        fc.array(alphabet, { maxLength: 40 }),
        (needles, chars) => {
          const text = chars.join('');
          expect([...new NeedleSet(needles).find(text)].sort()).toEqual(includes(needles, text));
        },
      ),
    );
  });
});
