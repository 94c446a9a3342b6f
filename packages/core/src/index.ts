/** @onsite/core — the framework as data and the answer analyzer. Pure: no I/O, no clock. */

export type * from './analyze/types';
export * from './framework/calibration';
export * from './framework/ids';
