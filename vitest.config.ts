import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The model is CPU-bound and the machine has two cores: keep runs from starving each other.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A JSON report as well, so that .ci/run can print a plain "N passed, N failed" closing line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
