import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll, extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickTray } from '../boot/trayItems';
import { bootSuite } from '../support/bootSuite';
import { filesBelow, packageApp, type PackagedApp } from '../support/packaging';
import { PACKAGED_APP_BUDGET_MB } from './budget';

/**
 * The installer's contents, made by the real electron-builder with the project's config; only
 * Electron itself is a stand-in (see tests/support/packaging.ts). One electron-builder run
 * serves every test here.
 */

let work: string;
let packaged: PackagedApp;
let inAsar: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'backbreak-package-'));
  packaged = await packageApp(work);
  inAsar = listPackage(packaged.asar, { isPack: false }).map((path) => path.slice(1));
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Packages in app.asar's node_modules, by name. */
function packagesIn(paths: string[]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
    if (match) names.add(match[1]!);
  }
  return names;
}

/** The packages production needs, from the lockfile: everything not marked dev-only. */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(resolve('package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  return new Set(
    Object.entries(lock.packages)
      .filter(
        ([path, entry]) => path.startsWith('node_modules/') && !entry.dev && !entry.devOptional,
      )
      .map(([path]) => path.slice('node_modules/'.length)),
  );
}

describe('the packaged app', () => {
  it('holds the built main, preload and windows, and package.json, in app.asar', () => {
    const built = filesBelow(resolve('out')).map((path) => `out/${path}`);
    expect(built).toContain('out/main/index.js');
    expect(built).toContain('out/preload/index.cjs');
    expect(built).toContain('out/renderer/routine.html');
    const missing = built.filter((path) => !inAsar.includes(path));
    expect(missing, 'built files missing from app.asar').toEqual([]);
    const manifest = JSON.parse(extractFile(packaged.asar, 'package.json').toString('utf8')) as {
      main: string;
    };
    expect(inAsar).toContain(manifest.main);
  });

  it('ships production dependencies only, and no sources, tests or docs', () => {
    const shipped = packagesIn(inAsar);
    const production = productionPackages();
    expect(
      [...shipped].filter((name) => !production.has(name)),
      'not production',
    ).toEqual([]);
    expect(shipped).toContain('zod');
    for (const name of ['vitest', 'playwright-core', 'svelte', 'electron', 'electron-builder'])
      expect(shipped).not.toContain(name);
    const topLevel = new Set(inAsar.map((path) => path.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const sources = inAsar.filter((path) => /\.(ts|cts|mts|svelte|map)$/.test(path));
    expect(sources, 'sources or source maps').toEqual([]);
  });

  it('keeps every bundled content file as plain JSON in resources/routines', () => {
    const bundled = filesBelow(resolve('routines')).filter((path) => path.endsWith('.json'));
    expect(bundled.length).toBeGreaterThan(40);
    expect(filesBelow(join(packaged.resourcesDir, 'routines'))).toEqual(bundled);
    for (const path of bundled) {
      expect(readFileSync(join(packaged.resourcesDir, 'routines', path), 'utf8'), path).toBe(
        readFileSync(resolve('routines', path), 'utf8'),
      );
    }
  });

  it('flips Electron’s fuses: no Node mode, options or inspector; asar only, checked; cookies encrypted', async () => {
    const wire = await getCurrentFuseWire(packaged.executable);
    const state = (fuse: FuseV1Options) => wire[fuse];
    expect(state(FuseV1Options.RunAsNode)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe(FuseState.DISABLE);
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe(FuseState.ENABLE);
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe(FuseState.ENABLE);
  });

  it(`weighs at most ${PACKAGED_APP_BUDGET_MB} MB beside Electron`, () => {
    const mb = packaged.appBytes / 1024 / 1024;
    console.log(`packaged_app_mb: ${mb.toFixed(2)} MB (budget ${PACKAGED_APP_BUDGET_MB} MB)`);
    expect(mb).toBeLessThanOrEqual(PACKAGED_APP_BUDGET_MB);
  });
});

describe('the packaged app, started', () => {
  const desktop = bootSuite();

  it('runs from its archive’s files and resources: tray, routines, no menu, no DevTools', async () => {
    // Node cannot read inside an asar as Electron does, so the stand-in runs it unpacked.
    const appPath = join(work, 'app-unpacked');
    extractAll(packaged.asar, appPath);
    const app = await desktop().start({
      packaged: { appPath, resourcesPath: packaged.resourcesDir },
    });
    await app.waitFor(() => app.tray?.menu != null, 'the tray');
    expect(app.calls).toContainEqual({ call: 'Menu.setApplicationMenu', args: [null] });

    await clickTray(app, 'startRoutine');
    const page = await app.window('routine');
    await page.getByRole('button', { name: 'I understand' }).waitFor();
    const window = app.openWindows()[0]!;
    expect(window.spec.webPreferences).toMatchObject({
      devTools: false,
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
    });
    await clickTray(app, 'quit');
    expect(await app.waitForExit()).toEqual({ code: 0, signal: null });
  });
});
