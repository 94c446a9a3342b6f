import { describe, expect, it } from 'vitest';
import { topicRegistry } from '../topics';
import { BUILT_IN_COMPANIES } from './index';
import { COMPANIES_TOPIC } from './topic';

describe('COMPANIES_TOPIC', () => {
  const sections = COMPANIES_TOPIC.render();

  it('renders one section per built-in company, in order', () => {
    expect(COMPANIES_TOPIC.id).toBe('companies');
    expect(sections.map((s) => s.heading.split(' (')[0])).toEqual(BUILT_IN_COMPANIES.map((c) => c.name));
  });

  it('lists every principle with its description and marks earlier values', () => {
    BUILT_IN_COMPANIES.forEach((company, index) => {
      const lines = sections[index]!.lines;
      expect(lines).toHaveLength(company.principles.length);
      company.principles.forEach((principle, n) => {
        expect(lines[n]).toContain(principle.name);
        expect(lines[n]).toContain(principle.description);
        expect(lines[n]!.includes('(earlier value)')).toBe(!principle.current);
      });
    });
  });

  it('joins the framework topic registry without an id clash', () => {
    expect(topicRegistry([COMPANIES_TOPIC]).find('companies')).toBe(COMPANIES_TOPIC);
  });
});
