import type { BusyReason, BusySignal, BusyWhy } from './busy';
import type {
  BreathPace,
  BreathPhase,
  Figure,
  Focus,
  SafetyNote,
  WorseNote,
} from './routineSchema';
import type { HistoryRecordOf } from './historySchema';
import type { Feeling, Place } from './settingsLimits';
import type { Locale } from './i18n/locales';
import type { FieldError, Settings } from './settingsSchema';

/**
 * What main sends to the windows. These are the shapes of the answers in the IPC contract;
 * main builds them, the renderer only shows them.
 */

export type WindowKind = 'routine' | 'settings' | 'history';

// ---------------------------------------------------------------- status

export type IdleDetection = { state: 'ok'; source: string } | { state: 'limited'; source: null };

export type ActivityPhase = 'sitting' | 'away' | 'standing';
export type ReminderHold = 'none' | 'paused' | 'outside-hours' | 'snoozed' | 'overdue' | 'waiting';

/** A reminder that fell due while the person was busy, waiting for them to be free. */
export interface Waiting {
  /** What they are busy with, at the last look. */
  reasons: BusyReason[];
  /** When the reminder fell due (wall ms). */
  since: number;
  /** When it comes anyway, gently, if they are still busy (wall ms). */
  remindAnywayAt: number;
}

/** The sitting engine's state as a person reads it. Times are wall-clock ms for display. */
export interface EngineStatus {
  activity: ActivityPhase;
  sittingMs: number;
  /** When the current sitting stretch started (wall ms), null while away. */
  sittingSince: number | null;
  hold: ReminderHold;
  /** The reminder waiting for the person to be free; null when none waits. */
  waiting: Waiting | null;
  pausedUntil: number | null;
  snoozedUntil: number | null;
  /**
   * When the next reminder is due if nothing changes (wall ms), null when none is coming.
   * While a reminder waits, the moment it comes anyway.
   */
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
  /** Said instead of `cue` on the later breaths of a step, so a nudge deeper is said once. */
  laterCue?: string;
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
  /** What a `ready` segment is for: before a step, between sides, between sets; else null. */
  pause: 'get-ready' | 'switch-sides' | 'rest' | null;
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
  /** Who should take care with it (pregnancy, osteoporosis, ...); often empty. */
  caution: string[];
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

/** What "Easier" and "Harder" would switch an exercise to; null where there is none to do. */
export interface VersionOffer {
  easier: { id: string; name: string } | null;
  harder: { id: string; name: string } | null;
}

export interface BreakView {
  plan: BreakPlan;
  /** By exercise id in the plan: the versions the person could switch to during the step. */
  versions: Record<string, VersionOffer>;
  /** Why this routine: "3 min · chair only · not done today". */
  reasons: string[];
  /** What the chooser had to relax when nothing fitted exactly. */
  relaxed: string[];
  trigger: 'reminder' | 'manual';
  sittingMinutes: number;
  /** Shown before the first routine ever; null once the person has read it. */
  safetyNote: SafetyNote | null;
}

export interface BreakSummary {
  outcome: 'taken' | 'skipped';
  durationMs: number;
  exercisesDone: string[];
  stepsSkipped: number;
  breakId: string;
}

/** After "how did that feel?": for "worse", what may help now and when to get help. */
export interface RatingAnswer {
  worseNote: WorseNote | null;
  /** The exercises Backbreak now goes easy on, by name, and until when (wall ms). */
  goingEasy: { names: string[]; until: number } | null;
}

export interface BreakProgress {
  done: number[];
  skipped: number[];
}

// ---------------------------------------------------------------- settings

/**
 * The answer to a change: saved (perhaps with parts of the desktop that could not follow it,
 * in plain sentences), or refused with what is wrong and where, nothing changed.
 */
export type SettingsUpdate =
  { ok: true; settings: Settings; warnings?: string[] } | { ok: false; errors: FieldError[] };

export interface LibraryView {
  exercises: { id: string; name: string; place: Place }[];
  routines: {
    id: string;
    title: string;
    minutes: number;
    places: Place[];
    source: 'bundled' | 'user';
  }[];
  /**
   * The texts the person's own exercises and routines lack in the window's language (they
   * read in English there): "Neck glide: summary, cues". Empty in English.
   */
  missingTexts: string[];
  /** User routine files that could not be used, with what is wrong. */
  problems: { file: string; message: string }[];
  userFolder: string;
}

/**
 * What this computer can tell about each busy signal, for the settings window: `readable`,
 * `never` (the system offers no way; the message says why), or `not-last-time` (the last
 * look could not read it: a program is missing, or the system did not answer).
 */
export type BusySupport = Record<
  BusySignal,
  { state: 'readable' } | { state: 'never' | 'not-last-time'; why: BusyWhy }
>;

/** Settings plus what the person should know about them, and the language they speak. */
export interface SettingsView {
  settings: Settings;
  /** Told once: a broken settings file was backed up and these keys fell back to defaults. */
  notices: string[];
  /** The language the windows speak (the one the settings choose, or the system's)… */
  locale: Locale;
  /** …and the tag their numbers, times and dates follow ("en-GB" writes 14:05). */
  tag: string;
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
