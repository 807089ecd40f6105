import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the real binary and the store builds SQLite files: give slow CI machines room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
