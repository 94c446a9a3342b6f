/**
 * The interview-day checklist as state a tracker can store: the three phases of core's
 * INTERVIEW_DAY_CHECKLISTS (pre, during, post), each a map item id → done. Item ids come from the
 * framework data, so a stored tick always names an item that exists (or is refused).
 */
import { type ChecklistId, checklistFor } from '../framework/checklists';

export const CHECKLIST_PHASES = ['pre', 'during', 'post'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/** Which framework checklist each phase ticks off. */
export const CHECKLIST_OF_PHASE: Readonly<Record<ChecklistPhase, ChecklistId>> = {
  pre: 'pre-interview',
  during: 'during-interview',
  post: 'post-interview',
};

/** The item ids of a phase, in the framework's order. */
export function checklistItemIds(phase: ChecklistPhase): readonly string[] {
  return checklistFor(CHECKLIST_OF_PHASE[phase]).items.map((item) => item.id);
}

/** Every phase's item ids, computed once. */
export const CHECKLIST_ITEM_IDS: Readonly<Record<ChecklistPhase, readonly string[]>> = {
  pre: checklistItemIds('pre'),
  during: checklistItemIds('during'),
  post: checklistItemIds('post'),
};

/** Item id → done, for every item of a phase. */
export type PhaseState = Record<string, boolean>;
export type ChecklistState = Record<ChecklistPhase, PhaseState>;
/** Some ticks of some phases, e.g. `{ post: { 'post.thank-you': true } }`. */
export type ChecklistTicks = Partial<Record<ChecklistPhase, Readonly<Record<string, boolean | undefined>>>>;

export interface PhaseProgress {
  done: number;
  total: number;
}
export type ChecklistProgress = Record<ChecklistPhase | 'all', PhaseProgress>;

/** Item ids in `ticks` that no phase of the checklist has (each as `phase.itemId` would mislead, so as given). */
export function unknownChecklistItems(ticks: ChecklistTicks): { phase: ChecklistPhase; itemId: string }[] {
  const unknown: { phase: ChecklistPhase; itemId: string }[] = [];
  for (const phase of CHECKLIST_PHASES) {
    const known = new Set(CHECKLIST_ITEM_IDS[phase]);
    for (const itemId of Object.keys(ticks[phase] ?? {})) {
      if (!known.has(itemId)) unknown.push({ phase, itemId });
    }
  }
  return unknown;
}

/**
 * `base` with `ticks` applied: every item of every phase present, in framework order, ticks
 * overriding, items not mentioned keeping their value (false when `base` lacks them). Unknown
 * item ids throw: check them first with `unknownChecklistItems` to report them.
 */
export function applyChecklistTicks(ticks: ChecklistTicks, base?: ChecklistTicks): ChecklistState {
  const unknown = unknownChecklistItems(ticks);
  if (unknown.length > 0) {
    throw new RangeError(
      `unknown checklist items: ${unknown.map((u) => `${u.phase}/${u.itemId}`).join(', ')}`,
    );
  }
  const state = {} as ChecklistState;
  for (const phase of CHECKLIST_PHASES) {
    const phaseState: PhaseState = {};
    for (const itemId of CHECKLIST_ITEM_IDS[phase]) {
      phaseState[itemId] = ticks[phase]?.[itemId] ?? base?.[phase]?.[itemId] ?? false;
    }
    state[phase] = phaseState;
  }
  return state;
}

/** An untouched checklist: every item of every phase not done. */
export function emptyChecklist(): ChecklistState {
  return applyChecklistTicks({});
}

/** Done and total items per phase and over all three; only the framework's items count. */
export function checklistProgress(state: ChecklistTicks): ChecklistProgress {
  const all: PhaseProgress = { done: 0, total: 0 };
  const progress = { all } as ChecklistProgress;
  for (const phase of CHECKLIST_PHASES) {
    const ids = CHECKLIST_ITEM_IDS[phase];
    const done = ids.filter((id) => state[phase]?.[id] === true).length;
    progress[phase] = { done, total: ids.length };
    all.done += done;
    all.total += ids.length;
  }
  return progress;
}
