import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.unit.config.js';

// Two projects: `unit` (engine-free, files in parallel; npm run test:unit) runs first, then
// `integration` (everything else, against real engines; npm run test:integration).
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Vitest's default leaves one core to itself: on a two-core machine, a single worker. (Not in
      // vitest.unit.config.ts: Stryker runs one worker of its own.)
      { ...unitProject, test: { ...unitProject.test, maxWorkers: '100%', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/unit/**'],
          globalSetup: ['test/global-setup.ts'],
          // Files run one after another: some stop and restart their own backends, and the
          // machine has two cores that the search engines already use.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
