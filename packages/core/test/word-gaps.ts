/**
 * What separates two words in the random texts of the fast-path property tests: mostly a space,
 * and every character a shortcut could mishandle at a word's edge (a line break, a thin space, a
 * comma, a full stop, a dash, a slash, quotes, a semicolon, a double space).
 */
import fc from 'fast-check';

export const wordGap = (): fc.Arbitrary<string> =>
  fc.constantFrom(
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    ' ',
    '  ',
    '\n',
    '\u2009',
    ', ',
    '. ',
    '-',
    '—',
    '; ',
    '"',
    '/',
    "'",
  );
