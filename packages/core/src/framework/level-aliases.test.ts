import { describe, expect, it } from 'vitest';
import { CALIBRATION, calibrationFor, levelRank } from './calibration';
import { LEVEL_IDS } from './ids';
import {
  aliasesFor,
  describeAlias,
  describeLevel,
  LEVEL_ALIASES,
  ladderFor,
  normalizeLevelLabel,
  resolveLevel,
} from './level-aliases';
import { LADDER_IDS, LADDERS, ORG_DESIGN_SCOPE, SELF_ASSESSMENT_RUNGS } from './level-ladders';

describe('canonical ladder', () => {
  it('lists L5, L6, L7+ in rank order', () => {
    expect(CALIBRATION.map((c) => c.id)).toEqual([...LEVEL_IDS]);
    expect(LEVEL_IDS.map(levelRank)).toEqual([0, 1, 2]);
  });

  it('raises team size and impact thresholds monotonically', () => {
    for (let i = 1; i < CALIBRATION.length; i++) {
      const lower = CALIBRATION[i - 1]!;
      const higher = CALIBRATION[i]!;
      expect(higher.teamSize.min).toBeGreaterThan(lower.teamSize.min);
      expect(higher.teamSize.min).toBeGreaterThanOrEqual(lower.teamSize.max ?? Number.POSITIVE_INFINITY);
      expect(higher.impact.revenueUsd).toBeGreaterThan(lower.impact.revenueUsd);
    }
  });

  it('raises the org size designed for in step with the ladder', () => {
    const scopes = LEVEL_IDS.map((id) => ORG_DESIGN_SCOPE[id]);
    for (let i = 1; i < scopes.length; i++) {
      expect(scopes[i]!.min).toBe(scopes[i - 1]!.max);
    }
  });
});

describe('resolveLevel', () => {
  it('resolves every canonical id to itself', () => {
    for (const id of LEVEL_IDS) expect(resolveLevel(id)).toBe(id);
  });

  it('resolves every alias on its own ladder, and every spelling to the same level', () => {
    for (const alias of LEVEL_ALIASES) {
      expect(resolveLevel(alias.alias, alias.ladder), `${alias.ladder}:${alias.alias}`).toBe(alias.level);
      for (const spelling of alias.spellings ?? []) {
        expect(resolveLevel(spelling, alias.ladder), `${alias.ladder}:${spelling}`).toBe(alias.level);
      }
    }
  });

  it('reads bare L-numbers on the canonical ladder', () => {
    expect(resolveLevel('L5')).toBe('L5');
    expect(resolveLevel('L6')).toBe('L6');
    expect(resolveLevel('L7')).toBe('L7+');
    expect(resolveLevel('L8')).toBe('L7+');
    expect(resolveLevel('L9+')).toBe('L7+');
  });

  it('reads colliding labels through their ladder only when asked', () => {
    expect(resolveLevel('L6', 'self-assessment')).toBe('L5');
    expect(resolveLevel('L7', 'self-assessment')).toBe('L5');
    expect(resolveLevel('L8', 'self-assessment')).toBe('L6');
    expect(resolveLevel('L8', 'question-bank')).toBe('L6');
    expect(resolveLevel('L9+', 'question-bank')).toBe('L7+');
    // A ladder without that label falls back to the canonical reading.
    expect(resolveLevel('L5', 'question-bank')).toBe('L5');
    expect(resolveLevel('Director', 'self-assessment')).toBe('L6');
  });

  it('maps role names and the other tracks by role', () => {
    const cases: [string, string][] = [
      ['EM', 'L5'],
      ['Engineering Manager', 'L5'],
      ['Senior EM', 'L5'],
      ['Sr. EM', 'L5'],
      ['senior engineering manager', 'L5'],
      ['Director', 'L6'],
      ['Director of Engineering', 'L6'],
      ['Senior Director', 'L7+'],
      ['VP', 'L7+'],
      ['VP of Engineering', 'L7+'],
      ['M1', 'L5'],
      ['M2', 'L5'],
      ['D1', 'L6'],
      ['E5', 'L5'],
      ['E6', 'L5'],
      ['E7', 'L6'],
      ['IC6', 'L5'],
      ['IC7', 'L6'],
      ['IC8+', 'L7+'],
    ];
    for (const [input, level] of cases) expect(resolveLevel(input), input).toBe(level);
  });

  it('ignores case and surrounding whitespace', () => {
    expect(resolveLevel('  l7+ ')).toBe('L7+');
    expect(resolveLevel('\tsenior   director\n')).toBe('L7+');
    expect(resolveLevel('m2')).toBe('L5');
  });

  it('returns null for unknown or empty labels', () => {
    for (const input of ['', '   ', 'L4', 'L3', 'intern', 'CEO', 'M9'])
      expect(resolveLevel(input), input).toBeNull();
  });
});

describe('alias table', () => {
  it('has no label listed twice on one ladder', () => {
    const seen = new Set<string>();
    for (const alias of LEVEL_ALIASES) {
      for (const label of [alias.alias, ...(alias.spellings ?? [])]) {
        const key = `${alias.ladder}:${normalizeLevelLabel(label)}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('gives each label one meaning across the ladders read by default', () => {
    const colliding = new Set(LADDERS.filter((l) => l.labelsCollide).map((l) => l.id));
    const meaning = new Map<string, string>();
    for (const alias of LEVEL_ALIASES.filter((a) => !colliding.has(a.ladder))) {
      for (const label of [alias.alias, ...(alias.spellings ?? [])]) {
        const key = normalizeLevelLabel(label);
        expect(meaning.get(key) ?? alias.level, key).toBe(alias.level);
        meaning.set(key, alias.level);
      }
    }
  });

  it('uses only known ladders, each described once', () => {
    expect(LADDERS.map((l) => l.id)).toEqual([...LADDER_IDS]);
    for (const alias of LEVEL_ALIASES) expect(LADDER_IDS).toContain(alias.ladder);
  });

  it('agrees with the self-assessment rungs', () => {
    for (const rung of SELF_ASSESSMENT_RUNGS) {
      expect(resolveLevel(rung.label, 'self-assessment')).toBe(rung.level);
      expect(ladderFor(rung.label, 'self-assessment')?.role).toBe(rung.role);
    }
  });

  it('lists aliases per level', () => {
    expect(aliasesFor('L6').map((a) => a.alias)).toEqual(
      expect.arrayContaining(['Director', 'D1', 'E7', 'IC7']),
    );
  });
});

describe('describing', () => {
  it('shows an alias next to its canonical level', () => {
    expect(describeAlias('M2')).toBe(`M2 ≈ L5 (${calibrationFor('L5').role})`);
    expect(describeAlias('L8', 'self-assessment')).toBe(`L8 ≈ L6 (${calibrationFor('L6').role})`);
    expect(describeAlias('L6')).toBe(`L6 (${calibrationFor('L6').role})`);
    expect(describeAlias('nope')).toBeNull();
  });

  it('summarises a canonical level in one line', () => {
    expect(describeLevel('L6')).toContain('50–150 engineers');
    expect(describeLevel('L7+')).toContain('150+ engineers');
  });
});
