/**
 * The framework's topic registry for `onsite framework [topic]`. This array holds the Level 4
 * topics; companies/ and questions/ export their own topics (COMPANIES_TOPIC, QUESTIONS_TOPIC)
 * and the consumer appends them, e.g. `topicRegistry([...FRAMEWORK_TOPICS, COMPANIES_TOPIC])`.
 */

import type { FrameworkTopic } from './topic-types';
import {
  CHECKLISTS_TOPIC,
  INTERVIEW_TYPES_TOPIC,
  LEVELS_TOPIC,
  PITFALLS_TOPIC,
  POWER_STORY_TOPIC,
  ROUTINE_TOPIC,
  RUBRIC_TOPIC,
} from './topics-interview';
import {
  HOOKS_TOPIC,
  MOCK_LOOP_TOPIC,
  PORTFOLIO_TOPIC,
  SELF_ASSESSMENT_TOPIC,
  STAR_PLUS_TOPIC,
  TIMER_TOPIC,
} from './topics-tools';

export type { FrameworkTopic, TopicSection } from './topic-types';

export const FRAMEWORK_TOPICS: readonly FrameworkTopic[] = [
  INTERVIEW_TYPES_TOPIC,
  RUBRIC_TOPIC,
  LEVELS_TOPIC,
  PITFALLS_TOPIC,
  POWER_STORY_TOPIC,
  CHECKLISTS_TOPIC,
  ROUTINE_TOPIC,
  STAR_PLUS_TOPIC,
  PORTFOLIO_TOPIC,
  HOOKS_TOPIC,
  TIMER_TOPIC,
  SELF_ASSESSMENT_TOPIC,
  MOCK_LOOP_TOPIC,
];

export interface TopicRegistry {
  topics: readonly FrameworkTopic[];
  find(id: string): FrameworkTopic | null;
}

/** Joins topic lists; a repeated id is a programming error, so it throws rather than shadowing. */
export function topicRegistry(...groups: readonly (readonly FrameworkTopic[])[]): TopicRegistry {
  const topics = groups.flat();
  const seen = new Set<string>();
  for (const topic of topics) {
    if (seen.has(topic.id)) throw new Error(`duplicate framework topic id ${topic.id}`);
    seen.add(topic.id);
  }
  return { topics, find: (id) => topics.find((t) => t.id === id) ?? null };
}
