import type { SnapshotStore } from '../../electron/main/core/ports';

/** A SnapshotStore in memory that keeps JSON text, so only what survives a file survives here. */
export class MemorySnapshotStore implements SnapshotStore {
  text: string | undefined;
  saves = 0;

  constructor(initial?: unknown) {
    if (initial !== undefined) this.text = JSON.stringify(initial);
  }

  load(): unknown {
    return this.text === undefined ? undefined : (JSON.parse(this.text) as unknown);
  }

  save(value: unknown): void {
    this.saves += 1;
    this.text = JSON.stringify(value);
  }
}
