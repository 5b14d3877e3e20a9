import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.unit.config.js';

const integration = {
  globalSetup: ['test/global-setup.ts'],
  // Files run one after another: some stop and restart their own backends, and the
  // machine has two cores that the search engines already use.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

// Three projects: `unit` (engine-free, files in parallel; npm run test:unit) runs first, then
// `integration` (everything else, against real engines; npm run test:integration), then
// `integration-influx113`: the InfluxDB 1.x route tests again with influx/default on 1.13.2.
// A project, not describe.each: the files stay as they are (backends().influx is 1.13 there) and
// the one global setup shares its engines between both projects (files with their own InfluxDB stay on 1.6.7).
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Vitest's default leaves one core to itself: on a two-core machine, a single worker. (Not in
      // vitest.unit.config.ts: Stryker runs one worker of its own.)
      { ...unitProject, test: { ...unitProject.test, maxWorkers: '100%', sequence: { groupOrder: 0 } } },
      {
        test: { ...integration, name: 'integration', include: ['test/**/*.test.ts'], exclude: ['test/unit/**'], sequence: { groupOrder: 1 } },
      },
      {
        test: {
          ...integration,
          name: 'integration-influx113',
          include: ['test/influx/**/*.test.ts'],
          exclude: ['test/influx/auth.test.ts', 'test/influx/least-privilege.test.ts'],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
