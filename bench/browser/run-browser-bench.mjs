#!/usr/bin/env node
/**
 * `npm run bench:browser` (issue 16): the ten-year school in Chromium. Makes the data once
 * (bench/browser/schoolCache.ts through Vite's module runner: TypeScript and the `@shared` alias,
 * as the app is built) under bench/.cache/, then runs the Playwright measurements
 * (playwright.browser-bench.config.ts) against the built web app. Arguments go to Playwright.
 *
 *   npm run bench:browser                    # build, make or reuse the data, measure
 *   BENCH_REPEATS=3 npm run bench:browser    # fewer repeats per measurement (default 5)
 *
 * The figures are printed and, with BENCH_JSON=path, written as JSON (docs/benchmarks.md).
 */
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '../..')
export const CACHE_DIR = resolve(root, 'bench/.cache/ten-year')

const { runnerImport } = await import('vite')
const { module } = await runnerImport(resolve(here, 'schoolCache.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
})
const manifest = module.ensureSchoolCache(CACHE_DIR)
console.log(
  `ten-year school: ${manifest.rows} rows (${manifest.people} people, ${manifest.classes} classes, ` +
    `${manifest.attendance} marks) in ${manifest.chunks.length} files, ${CACHE_DIR}`,
)
const run = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'playwright.browser-bench.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, BENCH_CACHE_DIR: CACHE_DIR } },
)
process.exit(run.status ?? 1)
