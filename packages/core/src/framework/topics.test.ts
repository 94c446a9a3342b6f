import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_TOPICS, type FrameworkTopic, topicRegistry } from './topics';

describe('framework topics', () => {
  it('lists the Level 4 topics with unique kebab-case ids', () => {
    expect(FRAMEWORK_TOPICS.map((t) => t.id)).toEqual([
      'interview-types',
      'rubric',
      'levels',
      'pitfalls',
      'power-story',
      'checklists',
      'routine',
      'star-plus',
      'portfolio',
      'hooks',
      'timer',
      'self-assessment',
      'mock-loop',
    ]);
    for (const topic of FRAMEWORK_TOPICS) expect(topic.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('renders every topic as non-empty plain-text sections', () => {
    for (const topic of FRAMEWORK_TOPICS) {
      expect(topic.title.length, topic.id).toBeGreaterThan(0);
      expect(topic.summary.length, topic.id).toBeGreaterThan(0);
      const sections = topic.render();
      expect(sections.length, topic.id).toBeGreaterThan(0);
      for (const section of sections) {
        expect(section.heading.length, topic.id).toBeGreaterThan(0);
        expect(section.lines.length, `${topic.id}: ${section.heading}`).toBeGreaterThan(0);
        for (const line of section.lines) {
          expect(line, `${topic.id}: ${section.heading}`).not.toMatch(/undefined|NaN|\[object/);
          // No ANSI escapes: presentation belongs to the CLI.
          expect(line.includes(String.fromCharCode(27)), `${topic.id}: ${section.heading}`).toBe(false);
        }
      }
    }
  });

  it('joins registries and refuses a repeated id', () => {
    const extra: FrameworkTopic = { id: 'companies', title: 'Companies', summary: 's', render: () => [] };
    const registry = topicRegistry(FRAMEWORK_TOPICS, [extra]);
    expect(registry.find('companies')).toBe(extra);
    expect(registry.find('rubric')?.title).toBeTruthy();
    expect(registry.find('nope')).toBeNull();
    expect(() => topicRegistry(FRAMEWORK_TOPICS, [FRAMEWORK_TOPICS[0]!])).toThrow(/duplicate/);
  });
});

describe('purity', () => {
  it('keeps framework sources free of I/O, network, DOM and clock', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const file of sources) {
      const text = readFileSync(join(here, file), 'utf8');
      expect(text, file).not.toMatch(/from ['"](node:)?(fs|net|http|https|child_process|os)['"]/);
      expect(text, file).not.toMatch(/\b(Date\.now|new Date\(|document\.|window\.|fetch\()/);
    }
  });
});
