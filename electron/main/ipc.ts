import { ipcMain } from 'electron';
import type { z } from 'zod';
import {
  invokeContract,
  type InvokeName,
  type OutputOf,
  type ValidInputOf,
} from '../shared/contract';
import type { WindowKind } from '../shared/views';
import type { Logger } from './core/ports';
import type { Messages } from '../shared/i18n/en/index';
import { Refusal } from './core/refusal';
import { clip } from '../shared/clip';

/**
 * The only place that registers IPC handlers. Every call is checked before it reaches a
 * handler: the sending frame must be the top frame of one of our pages, that page's window
 * must be allowed the call, and the payload must pass the contract's schema. A refused call
 * gets a clear error back; main carries on.
 */

export interface Sender {
  window: WindowKind;
}

/** Calls that answer nothing may be handled by a function that returns nothing. */
export type Handlers = {
  [N in InvokeName]: [OutputOf<N>] extends [undefined]
    ? (input: ValidInputOf<N>, sender: Sender) => void | Promise<void>
    : (input: ValidInputOf<N>, sender: Sender) => OutputOf<N> | Promise<OutputOf<N>>;
};

/** The part of Electron's IpcMainInvokeEvent the checks read. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

/** Anything with ipcMain's `handle`: ipcMain itself, or the browser tests' router. */
export interface HandleTarget {
  handle(channel: string, listener: (event: InvokeEventLike, payload?: unknown) => unknown): void;
}

const PAGES: Record<string, WindowKind> = {
  '/routine.html': 'routine',
  '/settings.html': 'settings',
  '/history.html': 'history',
};

/**
 * Which of our windows a URL belongs to, or null for anything else. `trustedOrigins` are
 * `scheme://host` strings: `app://bundle` when packaged, the dev server in development.
 */
export function windowOfUrl(url: string, trustedOrigins: readonly string[]): WindowKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // URL.origin is "null" for custom schemes, so compare scheme and host directly. A user name
  // or password makes a different address that only looks like ours.
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (!trustedOrigins.includes(`${parsed.protocol}//${parsed.host}`)) return null;
  return PAGES[parsed.pathname] ?? null;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return clip(
    issues
      .slice(0, 5)
      .map((issue) =>
        clip(
          issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
          200,
        ),
      )
      .join('; '),
    600,
  );
}

/**
 * What the window hears when a call is refused or fails is said in the person's language
 * (`words().refusal`): they may see it, so it says what happened in plain terms; what exactly
 * was wrong goes to the log only, in English.
 */
export interface IpcOptions {
  trustedOrigins: readonly string[];
  log: Logger;
  /** The words of the person's language at the moment of the call. */
  words: () => Messages;
}

export function registerIpc(target: HandleTarget, handlers: Handlers, options: IpcOptions): void {
  const { trustedOrigins, log, words } = options;
  for (const name of Object.keys(invokeContract) as InvokeName[]) {
    const entry: (typeof invokeContract)[InvokeName] & {
      invalid?: (issues: readonly z.core.$ZodIssue[], words: Messages) => unknown;
    } = invokeContract[name];
    const handler = handlers[name] as (input: unknown, sender: Sender) => unknown;
    target.handle(entry.channel, async (event, payload) => {
      const refused = words().refusal;
      const refuse = (said: string, why: string): never => {
        log.warn(`refused ${entry.channel}: ${why}`);
        throw new Refusal(said);
      };
      const frame = event.senderFrame;
      if (!frame) return refuse(refused.notOurs, 'the sending page is gone');
      if (frame.parent) {
        return refuse(refused.notOurs, 'calls from embedded frames are not accepted');
      }
      const window = windowOfUrl(frame.url, trustedOrigins);
      if (!window) {
        return refuse(refused.notOurs, `the page ${frame.url} is not one of Backbreak's`);
      }
      if (!(entry.from as readonly WindowKind[]).includes(window)) {
        return refuse(refused.notThisWindow, `the ${window} window cannot call it`);
      }
      const parsed = entry.input.safeParse(payload);
      if (!parsed.success) {
        const issues = parsed.error.issues;
        if (entry.invalid) {
          log.info(`${entry.channel}: answered what is wrong: ${describeIssues(issues)}`);
          return entry.invalid(issues, words());
        }
        return refuse(refused.unreadable, `bad payload: ${describeIssues(issues)}`);
      }
      try {
        return await handler(parsed.data, { window });
      } catch (error) {
        if (error instanceof Refusal) {
          log.warn(`${entry.channel}: ${error.message}`);
          throw new Refusal(error.message);
        }
        log.error(`${entry.channel} failed`, error);
        throw new Error(refused.failed, { cause: error });
      }
    });
  }
}

/**
 * Registers the handlers on Electron's ipcMain, and drops any listener a library added on a
 * channel outside the contract (electron-store answers "electron-store-get-data" with the
 * user-data path), so main answers the contract and nothing else.
 */
export function registerElectronIpc(handlers: Handlers, options: IpcOptions) {
  const ours = new Set<string>(Object.values(invokeContract).map((entry) => entry.channel));
  for (const channel of ipcMain.eventNames()) {
    if (typeof channel === 'string' && !ours.has(channel)) {
      options.log.info(`removed a listener on ${channel}: not part of the contract`);
      ipcMain.removeAllListeners(channel);
    }
  }
  registerIpc(ipcMain, handlers, options);
}
