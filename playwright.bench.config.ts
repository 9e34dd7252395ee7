import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'

/**
 * Browser benchmarks (bench/e2e): measurements in Chromium against the built web UI, with the
 * e2e suite's settings. Run by `npm run bench:grid`, never by `npm test` (docs/benchmarks.md).
 */
export default defineConfig({
  ...e2e,
  testDir: 'bench/e2e',
  // Its own output folder, so a benchmark run never clears an e2e run's results.
  outputDir: `${e2e.outputDir ?? 'test-results'}-bench`,
  // One measurement at a time: a second worker would be timed against it.
  workers: 1,
})
