import type { BreathPace, BreathPhase, Figure, Focus, SafetyNote } from './routineSchema';
import type { HistoryRecordOf } from './historySchema';
import type { Feeling, Place } from './settingsLimits';
import type { Settings } from './settingsSchema';

/**
 * What main sends to the windows. These are the shapes of the answers in the IPC contract;
 * main builds them, the renderer only shows them.
 */

export type WindowKind = 'routine' | 'settings' | 'history';

// ---------------------------------------------------------------- status

export type IdleDetection =
  { state: 'ok'; source: string } | { state: 'limited'; source: null; message: string };

export type ActivityPhase = 'sitting' | 'away' | 'standing';
export type ReminderHold = 'none' | 'paused' | 'outside-hours' | 'snoozed' | 'overdue';

/** The sitting engine's state as a person reads it. Times are wall-clock ms for display. */
export interface EngineStatus {
  activity: ActivityPhase;
  sittingMs: number;
  /** When the current sitting stretch started (wall ms), null while away. */
  sittingSince: number | null;
  hold: ReminderHold;
  pausedUntil: number | null;
  snoozedUntil: number | null;
  /** When the next reminder is due if nothing changes (wall ms), null when none is coming. */
  nextReminderAt: number | null;
  remindersSent: number;
  withinWorkingHours: boolean;
  idleDetection: IdleDetection;
}

// ---------------------------------------------------------------- break plan

/** A routine expanded into timed segments the player walks through. */
export interface PlannedMove {
  pose: string;
  phase: BreathPhase;
  cue: string;
  ms: number;
}

export type SegmentKind = 'ready' | 'hold' | 'reps' | 'breaths';

export interface PlannedSegment {
  index: number;
  kind: SegmentKind;
  /** Index into the routine's steps; a `ready` segment belongs to the step it prepares. */
  stepIndex: number;
  exerciseId: string;
  side: 'right' | 'left' | null;
  set: number;
  sets: number;
  startMs: number;
  durationMs: number;
  /** Seconds to hold, reps or breaths; 0 for `ready`. */
  count: number;
  /** Shown in `ready` segments: "Get ready", "Switch sides", "Rest". */
  note: string;
}

export interface PlannedExercise {
  id: string;
  name: string;
  summary: string;
  focus: Focus[];
  setup: string[];
  steps: string[];
  avoid: string[];
  skipIf: string[];
  perSide: boolean;
  breath: BreathPace;
  figure: Figure;
  /** One breath cycle with each move's duration. */
  cycle: PlannedMove[];
  cycleMs: number;
}

export interface BreakPlan {
  routineId: string;
  title: string;
  purpose: string;
  minutes: number;
  totalMs: number;
  places: Place[];
  /** Exercise ids in the order they are first done. */
  order: string[];
  exercises: Record<string, PlannedExercise>;
  segments: PlannedSegment[];
}

export interface BreakView {
  plan: BreakPlan;
  /** Why this routine: "3 min · chair only · not done today". */
  reasons: string[];
  /** What the chooser had to relax when nothing fitted exactly. */
  relaxed: string[];
  trigger: 'reminder' | 'manual';
  sittingMinutes: number;
  /** Shown before the first routine ever; null once the person has read it. */
  safetyNote: SafetyNote | null;
  chimeVolume: number;
  voiceGuidance: boolean;
  snoozeMinutes: number;
  theme: Settings['theme'];
}

export interface BreakSummary {
  outcome: 'taken' | 'skipped';
  durationMs: number;
  exercisesDone: string[];
  stepsSkipped: number;
  breakId: string;
}

export interface BreakProgress {
  done: number[];
  skipped: number[];
}

// ---------------------------------------------------------------- settings

export interface FieldError {
  /** The setting, and inside it the path to the bad value: `workingHours.mon.0.end`. */
  path: string;
  message: string;
}

export type SettingsUpdate =
  | {
      ok: true;
      settings: Settings;
      /** Saved, but a part of the desktop could not follow it: plain sentences for the person. */
      warnings?: string[];
    }
  | { ok: false; errors: FieldError[]; settings: Settings };

export interface LibraryView {
  exercises: { id: string; name: string; place: Place }[];
  routines: {
    id: string;
    title: string;
    minutes: number;
    places: Place[];
    source: 'bundled' | 'user';
  }[];
  /** User routine files that could not be used, with what is wrong. */
  problems: { file: string; message: string }[];
  userFolder: string;
}

/** Settings plus what the person should know about them. */
export interface SettingsView {
  settings: Settings;
  /** Told once: a broken settings file was backed up and these keys fell back to defaults. */
  notices: string[];
}

// ---------------------------------------------------------------- history

export interface DayTotals {
  /** Local date, YYYY-MM-DD. */
  date: string;
  sittingMs: number;
  longestStretchMs: number;
  taken: number;
  snoozed: number;
  skipped: number;
}

export interface HistoryView {
  today: DayTotals;
  last7: DayTotals[];
  last30: DayTotals[];
  streakDays: number;
  dailyGoal: number;
  recentBreaks: (HistoryRecordOf<'break'> & { feeling: Feeling | null })[];
  /** Lines of the file that could not be read, reported and skipped. */
  unreadableLines: number;
}

export type ExportResult = { saved: true; path: string; rows: number } | { saved: false };
