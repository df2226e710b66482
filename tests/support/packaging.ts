import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { FuseState } from '@electron/fuses/dist/constants';

/**
 * Packages the built app as `npm run package` does, with electron-builder and the project's
 * electron-builder.yml, on a machine where Electron's binary cannot be downloaded: electron-builder
 * takes Electron from `electronDist`, here a stand-in folder this module makes. Everything else
 * is electron-builder's real work: the file filters, app.asar, extra resources and the fuses.
 *
 * The stand-in's executable carries a fuse wire in Electron's own format (the sentinel, the
 * version, the length, one byte per fuse, at Electron's defaults), so electron-builder's
 * `electronFuses` really flips fuses in it and a test can read them back with @electron/fuses.
 * It is not Electron and cannot run the app.
 */

const require = createRequire(import.meta.url);
export const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's fuses as shipped, in wire order (see @electron/fuses' FuseV1Options). */
const SHIPPED_FUSES = [
  FuseState.ENABLE, // RunAsNode
  FuseState.DISABLE, // EnableCookieEncryption
  FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseState.ENABLE, // EnableNodeCliInspectArguments
  FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseState.DISABLE, // OnlyLoadAppFromAsar
  FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
];

export interface PackagedApp {
  /** The unpacked app folder electron-builder made (linux-unpacked). */
  appDir: string;
  resourcesDir: string;
  asar: string;
  /** The app's executable: the stand-in, renamed and with its fuses flipped. */
  executable: string;
  /** Bytes of the app folder that are the app's, not the Electron stand-in's. */
  appBytes: number;
  /** electron-builder's output, for a failure message. */
  log: string;
}

/** A folder shaped like Electron's Linux download, holding no Electron. */
export function makeStandinElectron(folder: string): void {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  const executable = join(folder, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from(
        '#!/bin/sh\necho "A stand-in for Electron made by the packaging test: it cannot run the app." >&2\nexit 1\n',
      ),
      Buffer.from(SENTINEL, 'latin1'),
      Buffer.from([1, SHIPPED_FUSES.length, ...SHIPPED_FUSES]),
      Buffer.from('\n'),
    ]),
  );
  chmodSync(executable, 0o755);
  writeFileSync(join(folder, 'version'), ELECTRON_VERSION);
}

export function folderBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Every file below `folder`, as /-separated paths inside it. */
export function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Runs electron-builder once, for Linux into a plain folder (`--dir`), with the stand-in. */
export async function packageApp(workDir: string): Promise<PackagedApp> {
  const electronDist = join(workDir, 'electron-dist');
  makeStandinElectron(electronDist);
  const output = join(workDir, 'dist');
  const cli = require.resolve('electron-builder/cli.js');
  const args = [
    cli,
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${electronDist}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.output=${output}`,
  ];
  let log = '';
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: resolve('.'),
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('exit', done);
  });
  if (code !== 0) throw new Error(`electron-builder failed (${code}):\n${log}`);
  const appDir = join(output, 'linux-unpacked');
  const resourcesDir = join(appDir, 'resources');
  return {
    appDir,
    resourcesDir,
    asar: join(resourcesDir, 'app.asar'),
    executable: join(appDir, 'backbreak'),
    appBytes: folderBytes(appDir) - folderBytes(electronDist),
    log,
  };
}
