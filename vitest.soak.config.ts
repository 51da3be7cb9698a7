import { defineConfig } from 'vitest/config';

// The soak test: 300 calls in a row in Chromium, with reloads, watching the widget's heap.
// It takes minutes, so it runs on its own (`npm run test:soak`, after `npm test` in CI)
// rather than in every `npm test`. Its dev server reads vite.config.ts as the others do.
export default defineConfig({
  test: {
    name: 'soak',
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    environment: 'node',
    include: ['tests/e2e/sustained-use.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
