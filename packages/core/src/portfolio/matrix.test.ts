import { describe, expect, it } from 'vitest';
import { getCompany } from '../framework/companies';
import { COMPETENCY_TAGS } from '../framework/ids';
import { buildMatrix } from './matrix';
import { analysisOf, storyOf, withDimension } from './portfolio.test-helpers';

const amazon = getCompany('amazon');
if (!amazon) throw new Error('amazon is built in');

const CRISIS = storyOf('crisis', {
  title: 'Payments outage',
  tags: ['crisis', 'technical'],
  principles: ['amazon.ownership'],
  text: 'I took ownership of the outage and owned the recovery end to end.',
  analysis: analysisOf({ levelSignal: 'L6', dimensions: withDimension('great', 'leadershipRange') }),
});
const HIRING = storyOf('hiring', {
  title: 'Hiring bar',
  tags: ['hiring'],
  analysis: analysisOf({ resultMetricCount: 0 }),
});

describe('buildMatrix', () => {
  it('has a row per story, in the order given, holding only its cells above 0', () => {
    const matrix = buildMatrix([CRISIS, HIRING]);
    expect(matrix.rows.map((r) => r.storyId)).toEqual(['crisis', 'hiring']);
    expect(matrix.competencies).toEqual([...COMPETENCY_TAGS]);
    expect(Object.keys(matrix.rows[0]?.competencies ?? {})).toEqual(['technical', 'crisis']);
    expect(Object.keys(matrix.rows[1]?.competencies ?? {})).toEqual(['hiring']);
    expect(matrix.rows[0]?.competencies.crisis?.strength).toBe(3);
    expect(matrix.rows[0]?.competencies.technical?.strength).toBe(2);
    expect(matrix.rows[1]?.competencies.hiring?.strength).toBe(1);
    // A tie between crisis and technical goes to the earlier tag.
    expect(matrix.rows[0]?.category).toBe('crisis-management');
  });

  it('checks the level asked for against each story', () => {
    const l7 = buildMatrix([CRISIS], { level: 'L7+' });
    expect(l7.level).toBe('L7+');
    // Quantified and great, but the L6 scope does not reach L7+: 2 + 1 only.
    expect(l7.rows[0]?.competencies.crisis?.strength).toBe(3);
    expect(l7.rows[0]?.competencies.crisis?.reasons).not.toContain('Scope reads at L6 (target L7+)');
    const l5 = buildMatrix([CRISIS], { level: 'L5' });
    expect(l5.rows[0]?.competencies.crisis?.reasons).toContain('Scope reads at L6 (target L5)');
  });

  it("adds the chosen company's current principles as columns", () => {
    const matrix = buildMatrix([CRISIS, HIRING], { company: amazon });
    expect(matrix.company).toEqual({ id: 'amazon', name: amazon.name });
    const current = amazon.principles.filter((p) => p.current).map((p) => p.id);
    expect(matrix.principles.map((p) => p.id)).toEqual(current);
    expect(matrix.rows[0]?.principles['amazon.ownership']?.strength).toBe(3);
    for (const id of Object.keys(matrix.rows[0]?.principles ?? {})) expect(current).toContain(id);
    expect(matrix.rows[1]?.principles).toEqual({});
    expect(buildMatrix([CRISIS]).principles).toEqual([]);
    expect(buildMatrix([CRISIS]).rows[0]?.principles).toEqual({});
  });

  it('leaves retired principles out of the columns', () => {
    const meta = getCompany('meta');
    if (!meta) throw new Error('meta is built in');
    const retired = meta.principles.filter((p) => !p.current).map((p) => p.id);
    expect(retired.length).toBeGreaterThan(0);
    const columns = buildMatrix([], { company: meta }).principles.map((p) => p.id);
    for (const id of retired) expect(columns).not.toContain(id);
  });

  it('reports the competencies no story shows at 2 or more, as missing or weak', () => {
    const gaps = buildMatrix([CRISIS, HIRING]).gaps.competencies;
    expect(gaps.map((g) => g.competency)).not.toContain('crisis');
    expect(gaps.map((g) => g.competency)).not.toContain('technical');
    expect(gaps.find((g) => g.competency === 'hiring')).toEqual({
      competency: 'hiring',
      label: 'Hiring',
      status: 'weak',
      best: 1,
      touching: 1,
    });
    expect(gaps.find((g) => g.competency === 'failure')).toMatchObject({
      status: 'missing',
      best: 0,
      touching: 0,
    });
    expect(gaps).toHaveLength(COMPETENCY_TAGS.length - 2);
  });

  it('reports principle gaps only when a company is chosen', () => {
    expect(buildMatrix([CRISIS]).gaps.principles).toEqual([]);
    const gaps = buildMatrix([CRISIS], { company: amazon }).gaps.principles;
    expect(gaps.map((g) => g.id)).not.toContain('amazon.ownership');
    expect(gaps.find((g) => g.id === 'amazon.frugality')).toMatchObject({ status: 'missing' });
  });

  it('reports categories under quota and progress to the target', () => {
    const matrix = buildMatrix([CRISIS, HIRING]);
    expect(matrix.progress).toMatchObject({ stories: 2, status: 'under', toTarget: 18, uncategorised: 0 });
    expect(matrix.gaps.categories.find((g) => g.id === 'people-leadership')).toMatchObject({
      count: 1,
      needed: 4,
    });
  });

  it('lists overused stories from the usage counts it is given', () => {
    const usage = { hiring: { practice: 2, interviews: 2 } };
    const matrix = buildMatrix([CRISIS, HIRING], { usage });
    expect(matrix.overused.map((o) => o.storyId)).toEqual(['hiring']);
    expect(matrix.rows[1]?.uses).toEqual({ practice: 2, interviews: 2, total: 4 });
    expect(buildMatrix([CRISIS, HIRING], { usage, limits: { uses: 4 } }).overused).toEqual([]);
  });

  it('is empty but complete for an empty portfolio', () => {
    const matrix = buildMatrix([]);
    expect(matrix.rows).toEqual([]);
    expect(matrix.gaps.competencies).toHaveLength(14);
    expect(matrix.gaps.categories).toHaveLength(6);
    expect(matrix.overused).toEqual([]);
  });
});
