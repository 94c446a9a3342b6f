/**
 * The interview-day checklist's shapes, built from core's checklist items so the API can never
 * accept or show an item the framework does not have. Writes send ticks (item id → done) per
 * phase; an unknown item id is a 400 (the phase objects are strict).
 */
import { CHECKLIST_ITEM_IDS, CHECKLIST_PHASES, type ChecklistPhase } from '@onsite/core';
import { z } from 'zod';

type Shape<T extends z.ZodType> = Record<string, T>;

function phaseShape<T extends z.ZodType>(phase: ChecklistPhase, value: () => T): Shape<T> {
  return Object.fromEntries(CHECKLIST_ITEM_IDS[phase].map((id) => [id, value()]));
}

function perPhase<T extends z.ZodType>(schema: (phase: ChecklistPhase) => T): Record<ChecklistPhase, T> {
  return Object.fromEntries(CHECKLIST_PHASES.map((phase) => [phase, schema(phase)])) as Record<
    ChecklistPhase,
    T
  >;
}

/** Ticks to apply: any phases, any of their items; items not sent keep their state. */
export const checklistTicksSchema = z
  .strictObject(
    perPhase((phase) =>
      z
        .strictObject(phaseShape(phase, () => z.boolean().optional()))
        .optional()
        .describe(`Item id → done, for items of the ${phase}-interview checklist`),
    ),
  )
  .describe('Checklist ticks by phase (pre, during, post); items not sent keep their state');

/** The whole checklist as stored: every item of every phase, in the framework's order. */
export const checklistStateSchema = z.object(
  perPhase((phase) => z.object(phaseShape(phase, () => z.boolean()))),
);

const progressSchema = z.object({ done: z.number().int(), total: z.number().int() });

/** Done/total per phase and over all three, computed by core. */
export const checklistProgressSchema = z.object({ ...perPhase(() => progressSchema), all: progressSchema });
