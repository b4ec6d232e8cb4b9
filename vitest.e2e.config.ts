import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in real browsers against the simulated
// meeting pages. Two files at a time, each with its own browser and profile:
// most of a test's time is the meeting replay's timers rather than CPU, so on
// two cores this halves the run (about 300 s instead of 550 s) without slowing
// any one test.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
