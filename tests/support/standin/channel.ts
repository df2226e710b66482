import type { Downward, Request, Upward } from './wire';

/**
 * The app process's end of the line to the test: one handler per request kind, and `send` for
 * what the app shows. Without a parent (someone ran the stand-in by hand) messages go nowhere.
 */

type Handler<K extends Request['kind']> = (
  request: Extract<Request, { kind: K }>,
) => unknown | Promise<unknown>;

const handlers = new Map<string, (request: Request) => unknown>();
const pendingSends = new Set<Promise<void>>();

export function send(message: Upward): void {
  if (!process.send || !process.connected) return;
  const sent = new Promise<void>((done) => {
    process.send!(message, undefined, undefined, () => done());
  });
  pendingSends.add(sent);
  void sent.then(() => pendingSends.delete(sent));
}

/** Waits until every message sent so far has left, so nothing is lost when the process ends. */
export async function flush(): Promise<void> {
  await Promise.all([...pendingSends]);
}

export function onRequest<K extends Request['kind']>(kind: K, handler: Handler<K>): void {
  handlers.set(kind, handler as (request: Request) => unknown);
}

/**
 * Reports something the stand-in cannot do like Electron, so the test fails even if the app
 * catches the error this returns for throwing.
 */
export function fault(message: string): Error {
  process.stderr.write(`Electron stand-in: ${message}\n`);
  send({ kind: 'fault', message });
  return new Error(`Electron stand-in: ${message}`);
}

process.on('message', (message: Downward) => {
  if (message?.kind !== 'request') return;
  const { id, request } = message;
  const handler = handlers.get(request.kind);
  if (!handler) {
    send({ kind: 'reply', id, ok: false, error: `nothing answers "${request.kind}" here` });
    return;
  }
  void (async () => {
    try {
      const value = await handler(request);
      send({ kind: 'reply', id, ok: true, value });
    } catch (error) {
      send({ kind: 'reply', id, ok: false, error: (error as Error).message ?? String(error) });
    }
  })();
});

// The test is this process's desktop: when it goes away, so does the app.
process.on('disconnect', () => process.exit(1));
