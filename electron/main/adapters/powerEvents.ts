import { powerMonitor } from 'electron';
import type { PowerEvent, PowerEvents } from '../core/ports';

/**
 * Electron's power events as the PowerEvents port. Lock and unlock are reported on macOS and
 * Windows only; the engine also counts breaks without them. powerMonitor may only be used
 * once the app is ready, so subscribe from there.
 */

const EVENTS: readonly PowerEvent[] = [
  'suspend',
  'resume',
  'lock-screen',
  'unlock-screen',
  'shutdown',
];

export function createPowerEvents(): PowerEvents {
  return {
    subscribe(listener) {
      const handlers = EVENTS.map((event) => {
        const handler = () => listener(event);
        // The event names are a union Electron overloads one by one; each is a plain no-argument event.
        powerMonitor.on(event as 'suspend', handler);
        return { event, handler };
      });
      return () => {
        for (const { event, handler } of handlers) {
          powerMonitor.removeListener(event as 'suspend', handler);
        }
      };
    },
  };
}
