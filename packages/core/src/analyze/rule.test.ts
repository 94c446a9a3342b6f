import { describe, expect, it } from 'vitest';
import { cappedCost, formatMessage } from './rule';

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

describe('cappedCost', () => {
  it('charges the first finding in full, later ones less, and never past the cap', () => {
    const cost = cappedCost(-16);
    expect([cost(-10, -5), cost(-10, -5), cost(-10, -5)]).toEqual([-10, -5, -1]);
    expect(cost(-10, -5)).toBe(0);
  });
});
