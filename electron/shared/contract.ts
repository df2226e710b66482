import { z } from 'zod';
import { eventChannels, invokeChannels } from './channels';
import { FEELINGS } from './settingsLimits';
import type { Messages } from './i18n/en/index';
import { fieldErrorsOf, settingsPatchSchema, type Settings } from './settingsSchema';
import type {
  BreakSummary,
  BreakView,
  BusySupport,
  EngineStatus,
  ExportResult,
  HistoryView,
  LibraryView,
  RatingAnswer,
  SettingsUpdate,
  SettingsView,
  WindowKind,
} from './views';

/**
 * The one IPC contract. Every renderer → main call is listed here once with its channel, the
 * schema its payload must pass, the type of its answer and the windows allowed to make it.
 * The preload builds one named method per entry from this table; `main/ipc.ts` registers one
 * handler per entry and refuses anything else.
 */

/** Marks the answer's type without any runtime cost. */
const answer = <T>() => undefined as unknown as T;

const none = z.undefined();
const segmentIndexes = z
  .array(z.number().int().min(0).max(999))
  .max(1000)
  .refine((list) => new Set(list).size === list.length, {
    error: 'Each segment may be listed once.',
  });
export const breakProgressSchema = z
  .object({ done: segmentIndexes, skipped: segmentIndexes })
  .strict();

const ALL: readonly WindowKind[] = ['routine', 'settings', 'history'];

export const invokeContract = {
  getBreak: {
    channel: invokeChannels.getBreak,
    input: none,
    output: answer<BreakView | null>(),
    from: ['routine'],
  },
  anotherRoutine: {
    channel: invokeChannels.anotherRoutine,
    input: none,
    output: answer<BreakView | null>(),
    from: ['routine'],
  },
  startBreak: {
    channel: invokeChannels.startBreak,
    input: none,
    output: answer<undefined>(),
    from: ['routine'],
  },
  reportProgress: {
    channel: invokeChannels.reportProgress,
    input: breakProgressSchema,
    output: answer<undefined>(),
    from: ['routine'],
  },
  finishBreak: {
    channel: invokeChannels.finishBreak,
    input: breakProgressSchema,
    output: answer<BreakSummary>(),
    from: ['routine'],
  },
  rateBreak: {
    channel: invokeChannels.rateBreak,
    input: z.object({ breakId: z.string().min(1).max(40), feeling: z.enum(FEELINGS) }).strict(),
    output: answer<RatingAnswer>(),
    from: ['routine'],
  },
  swapExercise: {
    channel: invokeChannels.swapExercise,
    input: z
      .object({
        stepIndex: z.number().int().min(0).max(99),
        toward: z.enum(['easier', 'harder']),
      })
      .strict(),
    output: answer<BreakView>(),
    from: ['routine'],
  },
  snoozeBreak: {
    channel: invokeChannels.snoozeBreak,
    // Main snoozes for the length the person set; the window does not choose.
    input: none,
    output: answer<undefined>(),
    from: ['routine'],
  },
  acknowledgeSafetyNote: {
    channel: invokeChannels.acknowledgeSafetyNote,
    input: none,
    output: answer<undefined>(),
    from: ['routine'],
  },
  closeWindow: {
    channel: invokeChannels.closeWindow,
    input: none,
    output: answer<undefined>(),
    from: ALL,
  },
  reportError: {
    channel: invokeChannels.reportError,
    // A window's own uncaught error, for the log a person sends with a bug report.
    input: z
      .object({ message: z.string().max(1000), where: z.string().max(300).optional() })
      .strict(),
    output: answer<undefined>(),
    from: ALL,
  },
  getSettings: {
    channel: invokeChannels.getSettings,
    input: none,
    output: answer<SettingsView>(),
    from: ALL,
  },
  updateSettings: {
    channel: invokeChannels.updateSettings,
    input: settingsPatchSchema,
    output: answer<SettingsUpdate>(),
    from: ['settings'],
    // A value a person typed is not an attack: it is answered with what is wrong, field by field.
    invalid: (issues, words): SettingsUpdate => ({
      ok: false,
      errors: fieldErrorsOf(issues, words),
    }),
  },
  resetSettings: {
    channel: invokeChannels.resetSettings,
    input: none,
    output: answer<Settings>(),
    from: ['settings'],
  },
  getLibrary: {
    channel: invokeChannels.getLibrary,
    input: none,
    output: answer<LibraryView>(),
    from: ['settings'],
  },
  getBusySupport: {
    channel: invokeChannels.getBusySupport,
    input: none,
    output: answer<BusySupport>(),
    from: ['settings'],
  },
  getStatus: {
    channel: invokeChannels.getStatus,
    input: none,
    output: answer<EngineStatus>(),
    from: ALL,
  },
  getHistory: {
    channel: invokeChannels.getHistory,
    input: none,
    output: answer<HistoryView>(),
    from: ['history'],
  },
  exportHistory: {
    channel: invokeChannels.exportHistory,
    input: none,
    output: answer<ExportResult>(),
    from: ['history'],
  },
} as const satisfies {
  [N in keyof typeof invokeChannels]: {
    channel: (typeof invokeChannels)[N];
    input: z.ZodType;
    output: unknown;
    from: readonly WindowKind[];
    /**
     * How to answer a payload that fails `input` when the window's person typed it. Without
     * this, IPC refuses the call (a window sending a malformed payload is a bug or an attack).
     */
    invalid?: (issues: readonly z.core.$ZodIssue[], words: Messages) => unknown;
  };
};

/** Main → renderer pushes, each with the windows that receive it. */
export const eventContract = {
  statusChanged: { channel: eventChannels.statusChanged, payload: answer<EngineStatus>() },
  settingsChanged: { channel: eventChannels.settingsChanged, payload: answer<SettingsView>() },
  historyChanged: { channel: eventChannels.historyChanged, payload: answer<undefined>() },
} as const satisfies {
  [E in keyof typeof eventChannels]: { channel: (typeof eventChannels)[E]; payload: unknown };
};

export type InvokeName = keyof typeof invokeContract;
export type EventName = keyof typeof eventContract;
export type InputOf<N extends InvokeName> = z.input<(typeof invokeContract)[N]['input']>;
export type ValidInputOf<N extends InvokeName> = z.output<(typeof invokeContract)[N]['input']>;
export type OutputOf<N extends InvokeName> = (typeof invokeContract)[N]['output'];
export type PayloadOf<E extends EventName> = (typeof eventContract)[E]['payload'];

/** `getBreak()` for calls without a payload, `updateSettings(patch)` for the rest. */
type Method<N extends InvokeName> = [InputOf<N>] extends [undefined]
  ? () => Promise<OutputOf<N>>
  : (input: InputOf<N>) => Promise<OutputOf<N>>;

type Subscriber<E extends EventName> = (listener: (payload: PayloadOf<E>) => void) => () => void;

type Capitalised<S extends string> = S extends `${infer F}${infer R}` ? `${Uppercase<F>}${R}` : S;

/** What the preload exposes as `window.backbreak`. */
export type BackbreakApi = { [N in InvokeName]: Method<N> } & {
  [E in EventName as `on${Capitalised<E>}`]: Subscriber<E>;
};
