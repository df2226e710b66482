import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ powerMonitor: null as unknown as EventEmitter }));
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fake.powerMonitor = new Emitter();
  return { powerMonitor: fake.powerMonitor };
});

const { createPowerEvents } = await import('../../electron/main/adapters/powerEvents');

describe('power events from Electron’s powerMonitor', () => {
  it('passes on suspend, resume, lock, unlock and shutdown, and lets go when cancelled', () => {
    const seen: string[] = [];
    const cancel = createPowerEvents().subscribe((event) => seen.push(event));
    for (const event of [
      'suspend',
      'resume',
      'lock-screen',
      'unlock-screen',
      'shutdown',
      'on-ac',
    ]) {
      fake.powerMonitor.emit(event);
    }
    expect(seen).toEqual(['suspend', 'resume', 'lock-screen', 'unlock-screen', 'shutdown']);
    cancel();
    expect(fake.powerMonitor.eventNames()).toEqual([]);
    fake.powerMonitor.emit('suspend');
    expect(seen).toHaveLength(5);
  });
});
