import { defineConfig, defineProject } from 'vitest/config';

// The engine-free unit tests: no global setup, files in parallel. vitest.config.ts runs them as its
// `unit` project; this file runs them alone for Stryker (stryker.config.mjs).
export const unitProject = defineProject({
  test: {
    name: 'unit',
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // One module cache per worker thread: vitest, fast-check and the 6 MB InfluxQL WebAssembly parser
    // load (and the parser warms up) once per worker rather than once per file. The files share no state.
    pool: 'threads',
    isolate: false,
  },
});

export default defineConfig(unitProject);
