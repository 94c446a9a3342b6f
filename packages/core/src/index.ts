/** @onsite/core — the framework as data and the answer analyzer. Pure: no I/O, no clock. */

export { analyze } from './analyze/analyze';
export { AnalyzeError, type AnalyzeErrorCode, MAX_ANSWER_CHARS } from './analyze/errors';
export { RULES } from './analyze/rules';
export type * from './analyze/types';
export * from './framework';
export * from './plan';
export * from './portfolio';
