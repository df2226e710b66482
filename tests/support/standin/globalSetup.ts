import { buildStandin, STANDIN_DIR } from './build';

/** Vitest's global set-up for the layers that boot the app: builds the stand-in once per run. */
export default async function setup(): Promise<void> {
  await buildStandin(STANDIN_DIR);
}
