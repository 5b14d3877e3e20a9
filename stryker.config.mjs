// Mutation testing of the pure logic over the engine-free unit tests (npm run test:mutation).
// Which files, and the score each group must reach, live in bench/mutation/modules.json.
import { readFileSync } from 'node:fs';

const modules = JSON.parse(readFileSync(new URL('./bench/mutation/modules.json', import.meta.url), 'utf8'));

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.unit.config.ts' },
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A committed baseline: a run mutates and tests again only what changed since it.
  incremental: true,
  incrementalFile: 'bench/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { reportMutants: false },
  tempDirName: '.cache/stryker-tmp',
  // Caches (the contract venv, engine builds) and engine jars are not needed by the unit tests.
  ignorePatterns: ['/.cache', '/test/backends/*/target', '/dist', '/logs'],
  timeoutMS: 20000,
  // A static mutant (a module-level constant) needs the whole unit suite per mutant: hours on 2 cores.
  // The static guards that matter (patterns, allow-lists) have tests that fail when they are loosened.
  ignoreStatic: true,
  mutate: Object.values(modules).flatMap((group) => group.files),
};
