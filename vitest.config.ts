import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Unit tests, all in Node, reading their data from test/fixtures only: src/**/*.test.ts (shared
// code, the renderer's pure parts, and the data layer against fake-indexeddb — the real IndexedDB
// is covered by the e2e suite) and test/node (main process, build, the Electron smoke test).
// `npm run bench` runs bench/**/*.bench.ts; the browser benchmark is Playwright's (bench/e2e).
export default defineConfig({
  resolve: {
    alias: { '@shared': resolve(import.meta.dirname, 'src/shared') },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
})
