import { defineConfig } from 'vitest/config';

// Engine-free unit tests: no global setup, files in parallel (npm run test:unit, Stryker).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
