/**
 * The practice plan: its settings (one row) and the entries the user has touched. Routine entries
 * are generated from the settings on every read (core's `routineEntries`); a row here holds what
 * only the user knows about one of them (done, skipped, a note), or a one-off entry of their own.
 */

/** The one plan. Editable and versioned like any record; its id is always PLAN_SETTINGS_ID. */
export interface PlanSettingsTable {
  id: string;
  /** IANA name, e.g. Europe/Dublin: the zone the local times below are in. */
  timezone: string;
  /** HH:MM local time of the weekly sessions. */
  practice_time: string;
  /** JSON text: DayOfWeek[] in week order. */
  weekdays: string;
  /** first | second | third | fourth | last */
  calibration_ordinal: string;
  /** The DayOfWeek of the monthly calibration. */
  calibration_weekday: string;
  /** HH:MM local time of the monthly calibration. */
  calibration_time: string;
  /** YYYY-MM-DD: no routine entry before it. */
  start_date: string;
  /** 1 while the plan runs, 0 while paused (an integer in both dialects). */
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

/**
 * One entry's stored state. For a routine entry the id is core's `<kind>-<date>` and title,
 * start and duration are a snapshot taken at the last write (the live values come from the
 * settings); for a custom one-off they are the entry itself and the id is a UUID.
 */
export interface PlanEntryTable {
  id: string;
  /** weekly-session | monthly-calibration | custom */
  kind: string;
  title: string;
  /** YYYY-MM-DD in the plan's zone when written: the date routine ranges select on. */
  local_date: string;
  /** UTC instant (ISO-8601): the time custom ranges select on. */
  starts_at: string;
  duration_minutes: number;
  /** pending | done | skipped */
  status: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface PlanTables {
  plan_settings: PlanSettingsTable;
  plan_entries: PlanEntryTable;
}
