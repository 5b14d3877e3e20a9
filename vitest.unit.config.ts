import { defineConfig } from 'vitest/config';

// The engine-free unit tests: no global setup, files in parallel. vitest.config.ts runs them as its
// `unit` project; this file runs them alone for Stryker (stryker.config.mjs).
export const unitProject = {
  name: 'unit',
  include: ['test/unit/**/*.test.ts'],
  testTimeout: 60_000,
};

export default defineConfig({ test: unitProject });
