import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import { invokeContract, type InvokeName } from '../../electron/shared/contract';
import { settingsSchema } from '../../electron/shared/settingsSchema';
import type { WindowKind } from '../../electron/shared/views';
import { messagesFor } from '../../electron/shared/i18n/messages';
import { startApp, pageOf, type Rig } from './appRig';
import { attack } from './attack';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * Every entry of the IPC contract, called through the real guard on the real app with what a
 * compromised page could send: wrong types, extra keys, huge strings, NaN, prototype keys, from
 * the wrong window or frame. Main must refuse in plain words (never with a stack), never crash,
 * never let a refused call change a file, and never let a payload reach Object.prototype.
 */

const NAMES = Object.keys(invokeContract) as InvokeName[];
const WINDOWS: WindowKind[] = ['routine', 'settings', 'history'];
const RUNS = 120;
const CALL_REFUSED = messagesFor('en').refusal;

let rig: Rig;
beforeAll(async () => {
  rig = await startApp();
});
afterAll(() => rig.close());

const settingsFile = () => readFileSync(join(rig.folder, 'settings.json'), 'utf8');
const historyFile = () =>
  existsSync(join(rig.folder, 'history.jsonl'))
    ? readFileSync(join(rig.folder, 'history.jsonl'), 'utf8')
    : '';

const huge = 'x'.repeat(1_000_000);
const hostile = fc.oneof(
  fc.anything({
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    maxDepth: 3,
  }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    2 ** 53 + 2,
    huge,
    { [huge.slice(0, 100_000)]: 1 },
    { done: [huge], skipped: [] },
    { minutes: Number.NaN },
    { breakId: huge, feeling: 'better' },
    { chimeVolume: Number.NaN },
    { reminderIntervalMinutes: 1e308 },
    { done: Array.from({ length: 100_000 }, (_, i) => i), skipped: [] },
    JSON.parse('{"__proto__": {"polluted": "yes", "chimeVolume": 0}}') as unknown,
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
    { theme: 'dark', ['__proto__']: { polluted: 'yes' } },
    Object.assign(Object.create(null) as object, { theme: 'dark', extra: true }),
    { theme: 'dark', extra: true },
    { workingHours: { mon: [{ start: '09:00', end: '25:99' }] } },
    { places: [] },
    { excludedExercises: Array.from({ length: 10_000 }, () => 'cat-cow') },
  ),
);

/** A refusal is for a person or a window to read: one plain line, no stack, bounded. */
function expectPlainRefusal(error: unknown) {
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message.length).toBeLessThanOrEqual(1_000);
  expect(message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

describe('payloads', () => {
  for (const name of NAMES) {
    const entry = invokeContract[name];
    const from = pageOf(entry.from[0]!);
    attack(`${name}: made-up payloads are refused plainly and change nothing`, async (made) => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(hostile, async (payload) => {
          runs += 1;
          const valid = entry.input.safeParse(payload).success;
          const before = { settings: settingsFile(), history: historyFile() };
          let answer: unknown;
          let threw = false;
          try {
            answer = await rig.invoke(entry.channel, payload, from);
          } catch (error) {
            threw = true;
            expectPlainRefusal(error);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('chimeVolume');
          const settings = settingsFile();
          expect(settingsSchema.safeParse(JSON.parse(settings)).success).toBe(true);
          expect(parseHistory(historyFile()).unreadableLines).toBe(0);
          const refusedInWords =
            typeof answer === 'object' &&
            answer !== null &&
            (answer as { ok?: unknown }).ok === false;
          // A payload the contract does not accept is refused: thrown, or answered in words.
          if (!valid) expect(threw || refusedInWords, fc.stringify(payload)).toBe(true);
          if (!valid || refusedInWords) {
            expect(settings).toBe(before.settings);
            expect(historyFile()).toBe(before.history);
          }
        }),
        { numRuns: RUNS, seed: 20_261_130 },
      );
      made(runs);
    });
  }
});

describe('windows', () => {
  for (const name of NAMES) {
    const entry = invokeContract[name];
    const others = WINDOWS.filter((w) => !(entry.from as readonly WindowKind[]).includes(w));
    if (others.length === 0) continue;
    attack(`${name}: refused from ${others.join(' and ')}`, async (made) => {
      for (const window of others) {
        await expect(rig.invoke(entry.channel, undefined, pageOf(window))).rejects.toThrow(
          CALL_REFUSED.notThisWindow,
        );
      }
      made(others.length);
    });
  }
});

describe('frames', () => {
  const ours = WINDOWS.map((w) => `app://bundle/${w}.html`);
  const url = fc
    .tuple(
      fc.constantFrom('app', 'APP', 'http', 'https', 'file', 'chrome-extension', 'devtools'),
      fc.constantFrom('', 'user@', 'user:pass@', 'bundle@', ':@'),
      fc.constantFrom(
        'bundle',
        'BUNDLE',
        'bundle.',
        'bundle:80',
        'bundle.evil',
        'evil',
        'xn--bndle-kva',
        '%62undle',
        'localhost',
        '',
      ),
      fc.constantFrom(
        '/settings.html',
        '/settings.html/',
        '//settings.html',
        '/SETTINGS.HTML',
        '/settings.html%00',
        '/x/../settings.html',
        '/settings%2ehtml',
        '/routine.html',
        '/history.html',
        '/settings.htm',
        '/%2e%2e/settings.html',
      ),
      fc.constantFrom('', '?x=1', '#y'),
    )
    .map(([scheme, user, host, path, tail]) => `${scheme}://${user}${host}${path}${tail}`);

  attack('a call is taken only from the top frame of one of our three pages', async (made) => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        url,
        fc.constantFrom(null, {}, { url: 'app://bundle/settings.html' }),
        async (address, parent) => {
          runs += 1;
          const sent = rig.invoke('status:get', undefined, {
            senderFrame: { url: address, parent },
          });
          let accepted = true;
          try {
            await sent;
          } catch (error) {
            expectPlainRefusal(error);
            accepted = false;
          }
          if (accepted) {
            const parsed = new URL(address);
            expect(parent).toBeNull();
            expect(ours).toContain(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
            expect(parsed.username + parsed.password).toBe('');
          }
        },
      ),
      { numRuns: 400, seed: 20_261_130 },
    );
    // The genuine pages still get through.
    for (const page of ours)
      await expect(
        rig.invoke('status:get', undefined, { senderFrame: { url: page, parent: null } }),
      ).resolves.toBeDefined();
    await expect(rig.invoke('status:get', undefined, { senderFrame: null })).rejects.toThrow(
      CALL_REFUSED.notOurs,
    );
    made(runs + ours.length + 1);
  });
});
