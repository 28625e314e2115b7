import { defineConfig } from 'vitest/config';

// No wall-clock budgets in tests: on a busy machine a test waits for a core, so a time limit fails
// for reasons that are not the code's. Tests that must bound cost do it in CPU time
// (test/helpers/cpu.ts); speed targets live in `npm run bench:*`. The timeouts below only end a
// hang, and are generous enough for a load average of 10.
const HANG_MS = 15 * 60_000;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: HANG_MS,
    hookTimeout: HANG_MS,
    pool: 'forks',
    maxWorkers: 2,
  },
});
