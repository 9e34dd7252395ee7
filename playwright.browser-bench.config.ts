import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'

/**
 * The ten-year school in Chromium (issue 16, bench/browser): `npm run bench:browser` runs it
 * through bench/browser/run-browser-bench.mjs, which makes the cached data first. Never part of
 * `npm test`. The e2e settings, one measurement at a time, generous timeouts (seeding the profile
 * the first time stores about 700,000 records).
 */
export default defineConfig({
  ...e2e,
  testDir: 'bench/browser',
  testMatch: '*.spec.ts',
  outputDir: `${e2e.outputDir ?? 'test-results'}-browser-bench`,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 1_800_000,
  expect: { timeout: 120_000 },
})
