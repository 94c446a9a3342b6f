import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPE_IDS } from './ids';
import { EXECUTIVE_TOOL_SELECTION, INTERVIEW_TYPES, interviewTypeFor } from './interview-types';
import { TOOL_IDS, TOOLS, toolFor } from './tools';

describe('interview types', () => {
  it('covers the four shared ids once each, in order', () => {
    expect(INTERVIEW_TYPES.map((t) => t.id)).toEqual([...INTERVIEW_TYPE_IDS]);
  });

  it('carries the seed durations', () => {
    const durations = Object.fromEntries(INTERVIEW_TYPES.map((t) => [t.id, t.durationMinutes]));
    expect(durations).toEqual({
      behavioral: { min: 45, max: 60 },
      'technical-leadership': { min: 60, max: 90 },
      'system-org-design': { min: 60, max: 90 },
      'culture-values': { min: 45, max: 60 },
    });
  });

  it('fills every field and names three evaluators and three success metrics per type', () => {
    for (const type of INTERVIEW_TYPES) {
      expect(type.focus.length, type.id).toBeGreaterThan(10);
      expect(type.structure.length, type.id).toBeGreaterThan(0);
      expect(type.evaluators.length, type.id).toBeGreaterThanOrEqual(2);
      expect(type.successMetrics, type.id).toHaveLength(3);
      expect(type.assessedDimensions.length, type.id).toBeGreaterThan(0);
    }
  });

  it('selects only known tools, with the matrix rows from the hub', () => {
    for (const selection of [...INTERVIEW_TYPES.map((t) => t.tools), EXECUTIVE_TOOL_SELECTION]) {
      for (const id of [...selection.primary, ...selection.secondary, ...selection.practice]) {
        expect(TOOL_IDS).toContain(id);
      }
    }
    expect(interviewTypeFor('behavioral').tools).toEqual({
      primary: ['star-plus'],
      secondary: ['story-portfolio'],
      practice: ['question-bank', 'interview-timer'],
    });
    expect(interviewTypeFor('culture-values').tools.primary).toEqual(['principle-hooks']);
    expect(interviewTypeFor('technical-leadership').tools.practice).toEqual(['decision-trees']);
    expect(EXECUTIVE_TOOL_SELECTION.practice).toEqual(
      TOOLS.filter((t) => t.kind === 'interactive').map((t) => t.id),
    );
  });

  it('has one tool record per tool id', () => {
    expect(TOOLS.map((t) => t.id)).toEqual([...TOOL_IDS]);
    expect(toolFor('star-matcher').kind).toBe('interactive');
  });
});
