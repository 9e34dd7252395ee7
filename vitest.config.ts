import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Unit tests: pure shared code and main-process code run in Node; data-layer
// tests run against fake-indexeddb (the real IndexedDB is covered by the e2e suite).
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
