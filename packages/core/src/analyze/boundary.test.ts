import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundaryPattern } from './boundary';

/** Every match of `pattern` from the start, as [index, text] pairs, the way the pattern finds them. */
function own(pattern: RegExp, text: string): [number, string][] {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
}

function bounded(pattern: RegExp, text: string): [number, string][] {
  const b = new BoundaryPattern(pattern);
  const out: [number, string][] = [];
  for (let m = b.exec(text); m !== null; m = b.exec(text, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

const SHAPE = /(?<![\p{L}])(?:we|my team) (?:shipped|delivered)(?![\p{L}])/u;

describe('BoundaryPattern', () => {
  it('finds the matches the pattern finds, none after a letter', () => {
    for (const text of [
      '',
      'we shipped it',
      'owe shipped, then we delivered',
      '1we shipped; éwe shipped; -we delivered',
      '𝐀we shipped but 😀we shipped',
      'we shippedx we delivered',
    ]) {
      expect(bounded(SHAPE, text)).toEqual(own(SHAPE, text));
    }
  });

  it('runs a pattern without the opening lookbehind as it is', () => {
    const plain = /ab+/u;
    expect(bounded(plain, 'xab abb')).toEqual(own(plain, 'xab abb'));
    expect(new BoundaryPattern(plain).test('nothing')).toBe(false);
  });

  it('agrees with the pattern on any text of its words', () => {
    const part = fc.constantFrom('we', 'my team', ' ', 'shipped', 'delivered', 'o', 'é', '𝐀', '-', 'x');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(bounded(SHAPE, text)).toEqual(own(SHAPE, text));
      }),
    );
  });
});
