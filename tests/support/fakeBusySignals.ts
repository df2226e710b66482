import type {
  BusyReadings,
  BusyReason,
  BusySignal,
  BusySignals,
  BusyWhy,
  FrontAppAnswer,
  SignalAnswer,
} from '../../electron/main/core/busySignals';

/**
 * The busy signals as a test scripts them: free until told otherwise, busy with the reasons
 * given, an app in front, or a signal this computer cannot tell. Every read is recorded with
 * the monotonic time it was asked at, and reads can be held back to test what happens while
 * one is under way.
 */
export class FakeBusySignals implements BusySignals {
  readonly reads: { at: number; signals: BusySignal[] }[] = [];
  cannot: Partial<Record<BusySignal, BusyWhy>> = {};
  #answers: Partial<Record<BusySignal, SignalAnswer>> = {};
  #front: FrontAppAnswer = { state: 'known', names: [] };
  #held: (() => void)[] | null = null;

  constructor(private readonly now: () => number = () => 0) {}

  /** Busy with each of these, as the adapters would say it. */
  busy(...reasons: BusyReason[]): this {
    for (const reason of reasons) {
      if (reason.signal === 'front-app') this.#front = { state: 'known', names: [reason.app] };
      else this.#answers[reason.signal] = { state: 'busy', reason };
    }
    return this;
  }

  /** Not busy with any signal (or with the ones named). */
  free(...signals: BusySignal[]): this {
    if (signals.length === 0) {
      this.#answers = {};
      this.#front = { state: 'known', names: [] };
    }
    for (const signal of signals) {
      if (signal === 'front-app') this.#front = { state: 'known', names: [] };
      else this.#answers = { ...this.#answers, [signal]: { state: 'free' } };
    }
    return this;
  }

  inFront(...names: string[]): this {
    this.#front = { state: 'known', names };
    return this;
  }

  /** This signal cannot be read right now, for the reason given. */
  unknown(signal: BusySignal, why: BusyWhy, cause: 'missing' | 'failed' = 'failed'): this {
    const answer = { state: 'unknown', cause, why } as const;
    if (signal === 'front-app') this.#front = answer;
    else this.#answers[signal] = answer;
    return this;
  }

  /** Reads wait until `release()`, as a slow system would make them. */
  hold(): void {
    this.#held ??= [];
  }

  release(): void {
    const waiting = this.#held ?? [];
    this.#held = null;
    waiting.forEach((resume) => resume());
  }

  async read(signals: readonly BusySignal[]): Promise<BusyReadings> {
    this.reads.push({ at: this.now(), signals: [...signals] });
    if (this.#held !== null) {
      const held = this.#held;
      await new Promise<void>((resume) => held.push(resume));
    }
    const readings: BusyReadings = {};
    for (const signal of signals) {
      const never = this.cannot[signal];
      if (never !== undefined) {
        readings[signal] = { state: 'unknown', cause: 'unsupported', why: never };
      } else if (signal === 'front-app') readings['front-app'] = this.#front;
      else readings[signal] = this.#answers[signal] ?? { state: 'free' };
    }
    return readings;
  }

  cannotRead(): Partial<Record<BusySignal, BusyWhy>> {
    return { ...this.cannot };
  }
}
