/**
 * The plan in an export: its settings and its stored entries, as stored rows (rows.ts), refused
 * unless the plan service could use them. Neither has derived columns: the calendar computes its
 * times from them on every read.
 */
import { canonicalTimeZone, isIanaTimeZone } from '@onsite/core';
import { z } from 'zod';
import { PLAN_SETTINGS_ID, rowToEntry, rowToSettings } from '../../db/repositories/plan';
import {
  calibrationRuleSchema,
  PLAN_ENTRY_KINDS,
  PLAN_ENTRY_STATUSES,
  planDateSchema,
  planSettingsSchema,
  wallTimeSchema,
  weekdaysSchema,
} from '../plan-schema';
import { rowSection, untyped } from './rows';
import { storedInstantSchema } from './section';

/**
 * The settings as the API serves them, with the rules a PUT enforces: a zone the runtime knows,
 * in the canonical spelling a PUT stores; wall times; distinct weekdays; a real start date.
 */
const storedPlanSettingsSchema = planSettingsSchema.extend({
  timezone: z.string().refine((zone) => isIanaTimeZone(zone) && canonicalTimeZone(zone) === zone, {
    message: 'expected a canonical IANA time zone name such as Europe/Dublin',
  }),
  practiceTime: wallTimeSchema,
  weekdays: weekdaysSchema,
  calibration: calibrationRuleSchema,
  startDate: planDateSchema,
});

/**
 * A plan entry as the plan service reads it: the API's entry shape adds fields computed from the
 * plan's zone, so the stored record has its own schema, with the enums and formats the service relies on.
 */
const storedPlanEntrySchema = z.object({
  kind: z.enum(PLAN_ENTRY_KINDS),
  status: z.enum(PLAN_ENTRY_STATUSES),
  localDate: planDateSchema,
  start: storedInstantSchema,
});

export const planSettingsSection = rowSection({
  name: 'planSettings',
  table: 'plan_settings',
  key: ['id'],
  // The plan is one record: a row under another id would never be read.
  rules: (record, ctx) => {
    if (record.id !== PLAN_SETTINGS_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the plan's settings have id "${PLAN_SETTINGS_ID}"`,
      });
    }
  },
  servedAs: {
    read: untyped(rowToSettings),
    schema: storedPlanSettingsSchema,
    jsonColumns: ['weekdays'],
    renamed: {
      'calibration.ordinal': 'calibrationOrdinal',
      'calibration.weekday': 'calibrationWeekday',
      'calibration.time': 'calibrationTime',
    },
  },
  columns: {
    id: 'id',
    timezone: 'text',
    practice_time: 'text',
    weekdays: 'text',
    calibration_ordinal: 'text',
    calibration_weekday: 'text',
    calibration_time: 'text',
    start_date: 'text',
    active: 'int',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});

export const planEntrySection = rowSection({
  name: 'planEntries',
  table: 'plan_entries',
  key: ['id'],
  servedAs: {
    read: untyped(rowToEntry),
    schema: storedPlanEntrySchema,
    renamed: { start: 'startsAt' },
  },
  columns: {
    id: 'id',
    kind: 'text',
    title: 'text',
    local_date: 'text',
    starts_at: 'text',
    duration_minutes: 'int',
    status: 'text',
    note: 'text',
    version: 'version',
    created_at: 'instant',
    updated_at: 'instant',
  },
});
