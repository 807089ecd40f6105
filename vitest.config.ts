import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // CLI tests spawn the real binary and build SQLite files: give slow CI machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
