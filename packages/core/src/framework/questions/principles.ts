/**
 * The company principle ids the question bank may tag. They mirror the ids of the built-in
 * company principle sets; a test cross-checks that every question uses only these.
 */
import type { PrincipleId } from '../ids';

export const QUESTION_PRINCIPLE_IDS = [
  'amazon.customer-obsession',
  'amazon.ownership',
  'amazon.invent-and-simplify',
  'amazon.are-right-a-lot',
  'amazon.learn-and-be-curious',
  'amazon.hire-and-develop-the-best',
  'amazon.insist-on-the-highest-standards',
  'amazon.think-big',
  'amazon.bias-for-action',
  'amazon.frugality',
  'amazon.earn-trust',
  'amazon.dive-deep',
  'amazon.have-backbone-disagree-and-commit',
  'amazon.deliver-results',
  'amazon.strive-to-be-earths-best-employer',
  'amazon.success-and-scale-bring-broad-responsibility',
  'meta.move-fast',
  'meta.be-bold',
  'meta.focus-on-long-term-impact',
  'netflix.judgment',
  'netflix.courage',
  'netflix.candor',
] as const satisfies readonly PrincipleId[];

export type QuestionPrincipleId = (typeof QUESTION_PRINCIPLE_IDS)[number];
