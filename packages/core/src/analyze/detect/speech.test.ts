import { describe, expect, it } from 'vitest';
import { CUE_INDEX } from '../cues';
import { type ParsedText, parseText } from '../text';
import { CONVERSATIONAL_WPM, readSpeech as read } from './speech';

const readSpeech = (parsed: ParsedText, duration: number | null) =>
  read(parsed, CUE_INDEX.scan(parsed.text, parsed.lower), duration);

const fillers = (text: string) => readSpeech(parseText(text), null).fillers.map((f) => `${f.kind}:${f.text}`);

describe('readSpeech', () => {
  it('finds single- and multi-word fillers and hedges', () => {
    expect(fillers('Um, so we, you know, sort of rebuilt it. I guess it worked.')).toEqual([
      'filler:Um',
      'filler:you know',
      'filler:sort of',
      'hedge:I guess',
    ]);
  });

  it('leaves ordinary uses of "kind of" and "like" alone', () => {
    expect(fillers('She is the kind of leader I like to hire, and it looks like a win.')).toEqual([]);
  });

  it('hears "and everything" trailing a clause as a filler, and "and everything else" as a list\'s last item', () => {
    expect(fillers('We had planning sessions and everything. It went fine.')).toEqual([
      'filler:and everything',
    ]);
    expect(fillers('We sorted spend into revenue, reliability, and everything else.')).toEqual([]);
  });

  it('catches "like" in a filler position', () => {
    expect(fillers('It was, like, a mess.')).toEqual(['filler:like']);
  });

  it('estimates time at a conversational pace unless the real duration is given', () => {
    const text = 'word '.repeat(300);
    expect(readSpeech(parseText(text), null).estimatedSeconds).toBe(
      Math.round((300 / CONVERSATIONAL_WPM) * 60),
    );
    const real = readSpeech(parseText(text), 100);
    expect(real.estimatedSeconds).toBe(100);
    expect(real.wpm).toBe(180);
  });
});

describe('readSpeech edge cases', () => {
  it('treats "a different kind of" and "what I mean is" as ordinary English', () => {
    expect(fillers('It was a different kind of problem. What I mean is that we had no owner.')).toEqual([]);
  });

  it('still catches "kind of" after a verb', () => {
    expect(fillers('That was kind of a mess.')).toEqual(['filler:kind of']);
  });
});
