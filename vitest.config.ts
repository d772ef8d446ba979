import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Integration tests spawn real processes; two cores are all a runner has.
    maxWorkers: 2,
    // GitHub's workflow parser imports its schema as JSON without an import attribute, which
    // Node refuses; inlined, Vite loads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
