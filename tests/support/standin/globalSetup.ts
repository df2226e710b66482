import { buildStandin, STANDIN_DIR, type BuiltStandin } from './build';

const BUILT = Symbol.for('backbreak.electron-standin.built');

/**
 * Vitest's global set-up for the layers that boot the app (boot, package): builds the stand-in
 * once per run, however many of those layers run.
 */
export default async function setup(): Promise<void> {
  const run = globalThis as unknown as Record<symbol, Promise<BuiltStandin> | undefined>;
  run[BUILT] ??= buildStandin(STANDIN_DIR);
  await run[BUILT];
}
