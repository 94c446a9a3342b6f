import { describe, expect, it } from 'vitest';
import { interviewTypeFor } from './interview-types';
import { MOCK_LOOP } from './mock-loop';
import { phaseAt, phaseMinutesTotal, TIMER_PRESETS, timerPresetFor } from './timer';
import {
  alertsFor,
  DRILLS,
  FINAL_WARNING_SECONDS,
  modeSeconds,
  TIMER_MODES,
  timerColour,
} from './timer-pacing';

describe('presets', () => {
  it('have unique ids and phases that sum to the preset total', () => {
    expect(new Set(TIMER_PRESETS.map((p) => p.id)).size).toBe(TIMER_PRESETS.length);
    for (const preset of TIMER_PRESETS) {
      expect(phaseMinutesTotal(preset), preset.id).toBe(preset.totalMinutes);
      expect(new Set(preset.phases.map((p) => p.name)).size, preset.id).toBe(preset.phases.length);
      for (const phase of preset.phases) expect(phase.minutes).toBeGreaterThan(0);
    }
  });

  it('carry the spec totals exactly', () => {
    const totals = Object.fromEntries(TIMER_PRESETS.map((p) => [p.id, p.totalMinutes]));
    expect(totals).toMatchObject({
      'hiring-manager': 60,
      behavioral: 45,
      'system-design': 60,
      'technical-leadership': 45,
      'bar-raiser-quick': 30,
      'cross-functional': 45,
      'bar-raiser': 60,
      whiteboard: 60,
      'system-org-design': 80,
    });
  });

  it('fit the canonical round length when full, and sit below it when compressed', () => {
    for (const preset of TIMER_PRESETS) {
      const range = interviewTypeFor(preset.interviewType).durationMinutes;
      if (preset.format === 'full-round') {
        expect(preset.totalMinutes, preset.id).toBeGreaterThanOrEqual(range.min);
        expect(preset.totalMinutes, preset.id).toBeLessThanOrEqual(range.max);
      }
      if (preset.format === 'compressed') expect(preset.totalMinutes, preset.id).toBeLessThan(range.min);
    }
  });

  it('look up by id', () => {
    expect(timerPresetFor('behavioral')?.totalMinutes).toBe(45);
    expect(timerPresetFor('nope')).toBeNull();
  });

  it('cover every mock-loop round with a preset of the same length', () => {
    for (const round of MOCK_LOOP) {
      expect(timerPresetFor(round.timerPresetId)?.totalMinutes, round.id).toBe(round.minutes);
    }
  });
});

describe('phaseAt', () => {
  const behavioral = timerPresetFor('behavioral')!;
  it('finds the running phase and ends with the round', () => {
    expect(phaseAt(behavioral, 0)?.phase.name).toBe('Warm-up');
    expect(phaseAt(behavioral, 3 * 60 - 1)?.index).toBe(0);
    expect(phaseAt(behavioral, 3 * 60)?.phase.name).toBe('Story 1');
    expect(phaseAt(behavioral, 45 * 60 - 1)?.phase.name).toBe('Follow-ups');
    expect(phaseAt(behavioral, 45 * 60)).toBeNull();
  });
});

describe('timerColour', () => {
  it('is green above 50% left, yellow from 20% to 50%, red below 20%', () => {
    expect(timerColour(100, 100)).toBe('green');
    expect(timerColour(51, 100)).toBe('green');
    expect(timerColour(50, 100)).toBe('yellow');
    expect(timerColour(20, 100)).toBe('yellow');
    expect(timerColour(19, 100)).toBe('red');
    expect(timerColour(0, 100)).toBe('red');
    expect(timerColour(0, 0)).toBe('red');
  });
});

describe('alertsFor', () => {
  it('alerts at each phase boundary, a minute before the end, and at zero', () => {
    const preset = timerPresetFor('bar-raiser-quick')!; // 2 / 15 / 10 / 3 minutes
    expect(alertsFor(preset)).toEqual([
      { atSecond: 120, kind: 'phase-boundary' },
      { atSecond: 1020, kind: 'phase-boundary' },
      { atSecond: 1620, kind: 'phase-boundary' },
      { atSecond: 1800 - FINAL_WARNING_SECONDS, kind: 'final-minute' },
      { atSecond: 1800, kind: 'time-up' },
    ]);
  });

  it('stays sorted for every preset', () => {
    for (const preset of TIMER_PRESETS) {
      const times = alertsFor(preset).map((a) => a.atSecond);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times.at(-1)).toBe(preset.totalMinutes * 60);
    }
  });
});

describe('modes and drills', () => {
  it('gives pressure mode 90% of the time and the others all of it', () => {
    const preset = timerPresetFor('hiring-manager')!;
    expect(modeSeconds(preset, 'pressure')).toBe(3240);
    expect(modeSeconds(preset, 'guided')).toBe(3600);
    expect(TIMER_MODES.map((m) => m.id)).toEqual(['guided', 'realistic', 'pressure', 'recording']);
  });

  it('has five topics per drill and the spec lengths', () => {
    for (const drill of DRILLS) expect(drill.topics, drill.id).toHaveLength(5);
    expect(DRILLS.map((d) => d.secondsEach)).toEqual([300, 900, 30, 120, 300]);
  });
});
