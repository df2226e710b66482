import { afterAll, beforeAll } from 'vitest';

/**
 * Runs a test file's tests in the given IANA time zone and restores the previous one after.
 * Node reads TZ again whenever it is assigned, so Date's local getters follow at once.
 */
export function inTimeZone(zone: string): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
