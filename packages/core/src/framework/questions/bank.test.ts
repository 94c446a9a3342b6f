import { describe, expect, it } from 'vitest';
import { COMPETENCY_TAGS, INTERVIEW_TYPE_IDS, type InterviewTypeId, LEVEL_IDS } from '../ids';
import { getQuestion, getQuestionByLegacyId, QUESTION_BANK } from './bank';
import { asksForPastStory } from './past-story';
import { QUESTION_PRINCIPLE_IDS } from './principles';
import { QUESTION_CATEGORIES, QUESTION_DIFFICULTIES, QUESTION_KINDS } from './types';

const MINIMUM_PER_TYPE: Record<InterviewTypeId, number> = {
  behavioral: 45,
  'technical-leadership': 30,
  'system-org-design': 25,
  'culture-values': 25,
};

const ID_PREFIX: Record<InterviewTypeId, string> = {
  behavioral: 'beh-',
  'technical-leadership': 'tl-',
  'system-org-design': 'sod-',
  'culture-values': 'cv-',
};

/** The 32 STAR Matcher themes (TOOLS-SPEC §9) and their tags, which our rewrites must keep. */
const LEGACY_TAGS: Record<string, readonly string[]> = {
  p1: ['performance', 'conflict'],
  p2: ['hiring', 'culture', 'scale'],
  p3: ['performance', 'conflict'],
  p4: ['conflict', 'culture'],
  p5: ['performance', 'culture'],
  p6: ['diversity', 'hiring', 'culture'],
  p7: ['scale', 'hiring', 'change'],
  p8: ['culture', 'scale', 'change'],
  t1: ['technical', 'strategy'],
  t2: ['technical', 'strategy', 'business'],
  t3: ['technical', 'change', 'scale'],
  t4: ['technical', 'innovation'],
  t5: ['crisis', 'technical'],
  t6: ['technical', 'culture'],
  t7: ['technical', 'innovation', 'change'],
  t8: ['technical', 'strategy', 'business'],
  b1: ['business', 'strategy'],
  b2: ['strategy', 'business'],
  b3: ['influence', 'strategy', 'business'],
  b4: ['influence', 'business'],
  b5: ['business', 'strategy'],
  b6: ['business', 'technical'],
  b7: ['influence', 'strategy'],
  b8: ['influence', 'business'],
  l1: ['failure'],
  l2: ['influence'],
  l3: ['strategy', 'change'],
  l4: ['change', 'influence', 'scale'],
  l5: ['culture'],
  l6: ['strategy', 'crisis'],
  l7: ['influence', 'conflict'],
  l8: ['strategy', 'business'],
};

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordSet(text: string): Set<string> {
  return new Set(normalised(text).split(' '));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('QUESTION_BANK size and spread', () => {
  it('holds at least 130 questions', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(130);
  });

  it.each(INTERVIEW_TYPE_IDS)('meets the minimum for %s', (type) => {
    const count = QUESTION_BANK.filter((question) => question.type === type).length;
    expect(count).toBeGreaterThanOrEqual(MINIMUM_PER_TYPE[type]);
  });

  it.each(COMPETENCY_TAGS)('covers the competency %s with at least 5 questions', (tag) => {
    expect(
      QUESTION_BANK.filter((question) => question.competencies.includes(tag)).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it.each(LEVEL_IDS)('offers at least 30 questions at level %s', (level) => {
    expect(QUESTION_BANK.filter((question) => question.levels.includes(level)).length).toBeGreaterThanOrEqual(
      30,
    );
  });

  it('uses every kind: past stories, hypotheticals, designs and opinions', () => {
    for (const kind of QUESTION_KINDS) {
      expect(QUESTION_BANK.filter((question) => question.kind === kind).length).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('QUESTION_BANK uniqueness', () => {
  it('has no duplicate ids', () => {
    expect(duplicates(QUESTION_BANK.map((question) => question.id))).toEqual([]);
  });

  it('has no duplicate texts, even ignoring case and punctuation', () => {
    expect(duplicates(QUESTION_BANK.map((question) => normalised(question.text)))).toEqual([]);
  });

  it('has no near-duplicate texts (word overlap below 60%)', () => {
    const sets = QUESTION_BANK.map((question) => wordSet(question.text));
    const pairs: string[] = [];
    sets.forEach((a, i) => {
      sets.slice(i + 1).forEach((b, offset) => {
        if (jaccard(a, b) >= 0.6)
          pairs.push(`${QUESTION_BANK[i]?.id} ~ ${QUESTION_BANK[i + 1 + offset]?.id}`);
      });
    });
    expect(pairs).toEqual([]);
  });
});

describe.each(QUESTION_BANK.map((question) => [question.id, question] as const))(
  'question %s',
  (_id, question) => {
    it('has a kebab-case id prefixed by its interview type', () => {
      expect(question.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(question.id.startsWith(ID_PREFIX[question.type])).toBe(true);
    });

    it('has 1–3 distinct known competencies and at least one distinct level', () => {
      expect(question.competencies.length).toBeGreaterThanOrEqual(1);
      expect(question.competencies.length).toBeLessThanOrEqual(3);
      expect(new Set(question.competencies).size).toBe(question.competencies.length);
      for (const tag of question.competencies) expect(COMPETENCY_TAGS).toContain(tag);
      expect(question.levels.length).toBeGreaterThanOrEqual(1);
      expect(new Set(question.levels).size).toBe(question.levels.length);
      for (const level of question.levels) expect(LEVEL_IDS).toContain(level);
    });

    it('has known enums, 2–3 follow-ups and at least 2 signals', () => {
      expect(QUESTION_KINDS).toContain(question.kind);
      expect(QUESTION_DIFFICULTIES).toContain(question.difficulty);
      expect(QUESTION_CATEGORIES).toContain(question.category);
      expect(question.followUps.length).toBeGreaterThanOrEqual(2);
      expect(question.followUps.length).toBeLessThanOrEqual(3);
      expect(question.lookingFor.length).toBeGreaterThanOrEqual(2);
      expect(question.lookingFor.length).toBeLessThanOrEqual(4);
      for (const line of [question.text, ...question.followUps, ...question.lookingFor]) {
        expect(line.trim()).toBe(line);
        expect(line.length).toBeGreaterThan(10);
      }
    });

    it('tags only principles from QUESTION_PRINCIPLE_IDS, without repeats', () => {
      for (const principle of question.principles) expect(QUESTION_PRINCIPLE_IDS).toContain(principle);
      expect(new Set(question.principles).size).toBe(question.principles.length);
    });

    it('is a past story exactly when its wording asks for one', () => {
      expect(asksForPastStory(question.text)).toBe(question.kind === 'past-story');
    });
  },
);

describe('QUESTION_PRINCIPLE_IDS', () => {
  it('lists exactly the principles the bank uses', () => {
    const used = new Set(QUESTION_BANK.flatMap((question) => question.principles));
    expect([...used].sort()).toEqual([...QUESTION_PRINCIPLE_IDS].sort());
  });
});

describe('STAR Matcher themes', () => {
  it('rewrites all 32 legacy ids exactly once', () => {
    const legacyIds = QUESTION_BANK.flatMap((question) => (question.legacyId ? [question.legacyId] : []));
    expect(duplicates(legacyIds)).toEqual([]);
    expect([...legacyIds].sort()).toEqual(Object.keys(LEGACY_TAGS).sort());
  });

  it.each(Object.entries(LEGACY_TAGS))('keeps the tags of %s', (legacyId, tags) => {
    const question = getQuestionByLegacyId(legacyId);
    expect(question).toBeDefined();
    expect([...(question?.competencies ?? [])].sort()).toEqual([...tags].sort());
  });
});

describe('getQuestion', () => {
  it('finds a question by id and returns undefined for an unknown id', () => {
    expect(getQuestion('beh-underperformer-pip')?.kind).toBe('past-story');
    expect(getQuestion('beh-disagree-with-boss')?.legacyId).toBe('l7');
    expect(getQuestion('no-such-question')).toBeUndefined();
  });
});
