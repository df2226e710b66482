import { it } from 'vitest';

/**
 * One attack on the app, as a test. The attack suite's summary line counts attacks, not tests:
 * a property test that throws 200 made-up payloads at a handler is 200 attacks, so it says how
 * many it made with `made(n)`. An attack holds when its test passes.
 */

declare module 'vitest' {
  interface TaskMeta {
    /** How many attacks this test made; one unless it said otherwise. */
    attacks?: number;
  }
}

export function attack(
  name: string,
  run: (made: (count: number) => void) => unknown,
  timeout?: number,
): void {
  it(
    name,
    async ({ task }) => {
      task.meta.attacks = 1;
      await run((count) => {
        task.meta.attacks = count;
      });
    },
    timeout,
  );
}
