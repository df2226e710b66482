import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';

/**
 * Bundles the stand-in for the app's process (ES modules for Node) and for the pages (one
 * script run before the window's own), into `outDir`. Built, not run through a TypeScript
 * loader, so the app's process starts as fast as a plain Node one.
 */

const here = import.meta.dirname;

export interface BuiltStandin {
  /** `node --import <register> <launch> ...` */
  register: string;
  launch: string;
  /** The page-side script: defines `electronPreloadSandbox.runPreload`. */
  pagePreload: string;
}

export async function buildStandin(outDir: string): Promise<BuiltStandin> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: true,
      target: 'node20',
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: {
        input: {
          register: join(here, 'register.ts'),
          launch: join(here, 'launch.ts'),
          electron: join(here, 'electron.ts'),
          hooks: join(here, 'hooks.ts'),
        },
        external: ['electron'],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
      },
    },
  });
  // CommonJS `require('electron')` gets the same instance the ES module made (see register.ts).
  writeFileSync(
    join(outDir, 'electron.cjs'),
    `const standin = globalThis[Symbol.for('backbreak.electron-standin')];
if (!standin) throw new Error('Electron stand-in: required before the stand-in module loaded');
module.exports = standin;
`,
  );
  const page = (await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: join(here, 'pagePreload.ts'),
        formats: ['iife'],
        name: 'electronPreloadSandbox',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const code = (Array.isArray(page) ? page[0]! : page).output[0].code;
  writeFileSync(join(outDir, 'page-preload.js'), code);
  return {
    register: join(outDir, 'register.js'),
    launch: join(outDir, 'launch.js'),
    pagePreload: join(outDir, 'page-preload.js'),
  };
}

/** Where the test layers and the bench keep the built stand-in. */
export const STANDIN_DIR = resolve('tests/.artifacts/electron-standin');
