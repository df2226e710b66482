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
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
}));
