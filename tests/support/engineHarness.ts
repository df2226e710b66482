import type { HistoryRecordOf } from '../../electron/shared/historySchema';
import { defaultSettings } from '../../electron/shared/settingsSchema';
import type { EngineStatus } from '../../electron/shared/views';
import type { IdleReader } from '../../electron/main/core/ports';
import { createSittingEngine } from '../../electron/main/core/sittingEngine';
import {
  engineSettingsOf,
  type EngineReminder,
  type EngineSettings,
  type SittingEngine,
} from '../../electron/main/core/sittingEngineApi';
import { FakeBusySignals } from './fakeBusySignals';
import { FakeClock } from './fakeClock';
import { FakePerson } from './fakePerson';
import { FakePowerEvents } from './fakePowerEvents';
import { MemorySnapshotStore } from './memorySnapshotStore';
import { RecordingLogger } from './recordingLogger';

/**
 * A sitting engine wired to fakes, with everything it tells recorded: the way unit tests,
 * property tests and the bench drive it through simulated days.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export function engineSettings(overrides: Partial<EngineSettings> = {}): EngineSettings {
  return { ...engineSettingsOf(defaultSettings()), ...overrides };
}

/** Every hour of every day: for tests that are not about working hours. */
export const ALWAYS: EngineSettings['workingHours'] = {
  mon: [{ start: '00:00', end: '23:59' }],
  tue: [{ start: '00:00', end: '23:59' }],
  wed: [{ start: '00:00', end: '23:59' }],
  thu: [{ start: '00:00', end: '23:59' }],
  fri: [{ start: '00:00', end: '23:59' }],
  sat: [{ start: '00:00', end: '23:59' }],
  sun: [{ start: '00:00', end: '23:59' }],
};

export interface SentReminder extends EngineReminder {
  /** Monotonic and wall time at which it was sent. */
  at: number;
  wall: number;
}

export interface HarnessOptions {
  settings?: Partial<EngineSettings>;
  clock?: FakeClock;
  store?: MemorySnapshotStore;
  /** The idle readers, given the scripted person; by default one Electron-like reader. */
  readers?: (person: FakePerson) => IdleReader[];
  /** Start the engine right away (default) or leave it to the test. */
  start?: boolean;
}

export class EngineHarness {
  readonly clock: FakeClock;
  readonly person: FakePerson;
  readonly power = new FakePowerEvents();
  /** Free until a test says otherwise. */
  readonly busy: FakeBusySignals;
  readonly store: MemorySnapshotStore;
  readonly log = new RecordingLogger();
  readonly readers: IdleReader[];
  readonly reminders: SentReminder[] = [];
  readonly withdrawals: number[] = [];
  readonly stretches: HistoryRecordOf<'stretch'>[] = [];
  readonly statuses: EngineStatus[] = [];
  settings: EngineSettings;
  engine: SittingEngine;

  constructor(options: HarnessOptions = {}) {
    this.clock = options.clock ?? new FakeClock();
    this.person = new FakePerson(this.clock);
    this.busy = new FakeBusySignals(() => this.clock.monotonic());
    this.store = options.store ?? new MemorySnapshotStore();
    this.settings = engineSettings({ workingHours: ALWAYS, ...options.settings });
    this.readers = options.readers?.(this.person) ?? [this.person.reader()];
    this.engine = this.#create();
  }

  #create(): SittingEngine {
    const engine = createSittingEngine({
      clock: this.clock,
      timers: this.clock,
      idleReaders: this.readers,
      power: this.power,
      busySignals: this.busy,
      store: this.store,
      settings: this.settings,
      log: this.log,
    });
    engine.onRemind((reminder) =>
      this.reminders.push({ ...reminder, at: this.clock.monotonic(), wall: this.clock.now() }),
    );
    engine.onWithdrawReminder(() => this.withdrawals.push(this.clock.monotonic()));
    engine.onStretchEnded((stretch) => this.stretches.push(stretch));
    engine.onStatus((status) => this.statuses.push(status));
    return engine;
  }

  async start(): Promise<void> {
    await this.engine.start();
    await this.clock.advance(0);
  }

  /** Moves awake time on, letting every check and reminder happen on the way. */
  async advance(ms: number): Promise<void> {
    await this.clock.advance(ms);
  }

  /** Quits the app and starts it again after `closedMs`, with the same store. */
  async restart(closedMs = 0): Promise<void> {
    this.engine.stop();
    this.clock.sleep(closedMs);
    this.engine = this.#create();
    await this.start();
  }

  applySettings(overrides: Partial<EngineSettings>): void {
    this.settings = { ...this.settings, ...overrides };
    this.engine.applySettings(this.settings);
  }

  status(): EngineStatus {
    return this.engine.status();
  }
}

export async function startHarness(options: HarnessOptions = {}): Promise<EngineHarness> {
  const harness = new EngineHarness(options);
  if (options.start !== false) await harness.start();
  return harness;
}
