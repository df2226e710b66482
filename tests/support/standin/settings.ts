import { STANDIN_ENV, type StandinSettings } from './wire';

let cached: StandinSettings | null = null;

/** The stand-in's settings, handed over by the test in the environment. */
export function standinSettings(): StandinSettings {
  if (cached) return cached;
  const text = process.env[STANDIN_ENV.settings];
  if (!text)
    throw new Error(`the Electron stand-in needs ${STANDIN_ENV.settings} in its environment`);
  cached = JSON.parse(text) as StandinSettings;
  return cached;
}
