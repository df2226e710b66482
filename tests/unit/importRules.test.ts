import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The house's rooms are kept by ESLint (eslint.config.js). Each case lints one import as if it
 * stood in a file of that room, so a rule that stops catching what it should fails here. The
 * files and specifiers are inside the project (`../shared/channels` from `electron/preload/x.ts`
 * is `electron/shared/channels`), and nothing is read from disk: ESLint lints the text given.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import type { X } from '${specifier}';\nexport type Y = X;\n`,
    {
      filePath: file,
    },
  );
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const forbidden: [room: string, file: string, specifier: string][] = [
  ['shared → main', 'electron/shared/x.ts', '../main/core/ports'],
  ['shared → electron', 'electron/shared/x.ts', 'electron'],
  ['core → electron', 'electron/main/core/x.ts', 'electron'],
  ['core → node', 'electron/main/core/x.ts', 'node:fs'],
  ['core → adapters', 'electron/main/core/x.ts', '../adapters/tray'],
  ['core → services', 'electron/main/core/x.ts', '../services/settingsService'],
  ['core → app ports', 'electron/main/core/x.ts', '../appPorts'],
  ['service → adapter', 'electron/main/services/x.ts', '../adapters/settingsStorage'],
  ['service → app', 'electron/main/services/x.ts', '../app'],
  ['service → electron', 'electron/main/services/x.ts', 'electron'],
  ['app → adapter', 'electron/main/app.ts', './adapters/windows'],
  ['app → electron', 'electron/main/app.ts', 'electron'],
  ['adapter → service', 'electron/main/adapters/x.ts', '../services/historyService'],
  ['adapter → app', 'electron/main/adapters/x.ts', '../app'],
  ['ipc → services', 'electron/main/ipc.ts', './services/breakService'],
  ['preload → main', 'electron/preload/x.ts', '../main/core/ports'],
  ['preload → node', 'electron/preload/x.ts', 'node:path'],
  ['renderer → main', 'renderer/src/x.ts', '../../electron/main/core/trayModel'],
  ['renderer → preload', 'renderer/src/x.ts', '../../electron/preload/api'],
  ['renderer → electron', 'renderer/src/x.ts', 'electron'],
  ['renderer → zod', 'renderer/src/x.ts', 'zod'],
];

const allowed: [room: string, file: string, specifier: string][] = [
  ['core → shared', 'electron/main/core/x.ts', '../../shared/views'],
  ['core → core', 'electron/main/core/x.ts', './ports'],
  ['service → core', 'electron/main/services/x.ts', '../core/ports'],
  ['service → ports', 'electron/main/services/x.ts', '../appPorts'],
  ['adapter → electron', 'electron/main/adapters/x.ts', 'electron'],
  ['adapter → ports', 'electron/main/adapters/x.ts', '../appPorts'],
  ['app → services', 'electron/main/app.ts', './services/settingsService'],
  ['preload → shared', 'electron/preload/x.ts', '../shared/channels'],
  ['renderer → shared', 'renderer/src/x.ts', '../../electron/shared/views'],
];

describe('import rules', () => {
  // The first lint loads every plugin and parser: seconds on a busy machine, so it happens here,
  // far from any test's time limit.
  beforeAll(() => importErrors('electron/main/core/x.ts', './ports'), 120_000);

  it.each(forbidden)('refuses %s', async (_room, file, specifier) => {
    expect(await importErrors(file, specifier)).toHaveLength(1);
  });

  it.each(allowed)('allows %s', async (_room, file, specifier) => {
    expect(await importErrors(file, specifier)).toEqual([]);
  });
});
