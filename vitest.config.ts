import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

/**
 * Limits that only catch a hang. No test races the clock (time in them is simulated), but a
 * machine with both cores busy runs a test many times slower than an idle one, so every limit
 * is far above what the slowest test takes there (`npm run test:load` proves it).
 */
const patient = {
  testTimeout: 30_000,
  hookTimeout: 30_000,
  expect: { poll: { timeout: 15_000 } },
};

/**
 * The test layers of the design, one vitest project each, so `npm test` runs them all and
 * `vitest --project unit` runs one.
 */
export default defineConfig(({ mode }) => ({
  test: {
    // The attack suite ends its run with one line: `security: N attacks, M held`.
    reporters: ['default', './tests/security/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          ...patient,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'main',
          environment: 'node',
          ...patient,
          include: ['tests/main/**/*.test.ts'],
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          ...patient,
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          // The layers that drive Chromium take turns: two cores, and their timing tests need
          // the machine they were written for, not three browsers at once.
          sequence: { groupOrder: 1 },
          // `--mode screenshots` (npm run screenshots) refreshes the README's pictures; every
          // other run keeps its screenshots out of the tree.
          env: {
            SCREENSHOTS_DIR:
              mode === 'screenshots' ? 'docs/screenshots' : 'tests/.artifacts/screenshots',
          },
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: two cores, and screenshots should not race.
          fileParallelism: false,
          ...patient,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'security',
          environment: 'node',
          include: ['tests/security/**/*.test.ts'],
          // Some attacks start child processes and kill them mid-write.
          ...patient,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'boot',
          environment: 'node',
          sequence: { groupOrder: 2 },
          include: ['tests/boot/**/*.test.ts'],
          globalSetup: ['tests/support/standin/globalSetup.ts'],
          // Each file has its own Chromium and app processes: one file at a time on two cores.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'package',
          environment: 'node',
          sequence: { groupOrder: 3 },
          include: ['tests/package/**/*.test.ts'],
          // The packaged app is started with the same stand-in as the boot tests.
          globalSetup: ['tests/support/standin/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
}));
