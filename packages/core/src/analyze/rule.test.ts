import { describe, expect, it } from 'vitest';
import { formatMessage } from './rule';

describe('formatMessage', () => {
  it('fills every placeholder, spaced or not, however often it appears', () => {
    expect(
      formatMessage('{{count}} times, {{ count }} in all: "{{phrase}}"', { count: 3, phrase: 'they' }),
    ).toBe('3 times, 3 in all: "they"');
  });

  it('keeps a placeholder with no value visible, and inserts values literally', () => {
    expect(formatMessage('{{missing}} and {{x}}', { x: '$& $1' })).toBe('{{missing}} and $& $1');
  });

  it('returns a template without placeholders as it is', () => {
    expect(formatMessage('No placeholder here.')).toBe('No placeholder here.');
  });
});
