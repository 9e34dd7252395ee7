#!/usr/bin/env node
/**
 * The sync benchmark of issue 6 (bench/syncBench.ts) at full size: export, import and merge of
 * the synthetic ten-year school through the app's code, beside the raw cost of the same work.
 * Too slow for vitest's bench iterations, so each side of each scenario runs once in its own
 * Node process (its peak memory is its own), loaded through Vite's module runner (TypeScript and
 * the `@shared` alias, as the app is built).
 *
 *   npm run bench:sync                      # the whole school
 *   BENCH_SCALE=0.1 npm run bench:sync      # a tenth of it, for a quick look
 *   npm run bench:sync -- export            # one scenario (export, import, merge)
 *
 * Prints one line per side and the ratios app / raw against the goals (export ≤ 1.3 × raw,
 * import and merge ≤ 2 × raw); with BENCH_JSON=path also writes the results as JSON.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..')
const GOALS = { export: 1.3, import: 2, merge: 2 }

async function child(scenario, side, scale) {
  const { runnerImport } = await import('vite')
  const { module } = await runnerImport(resolve(here, 'syncBench.ts'), {
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  })
  const result = await module.runSyncBench(scenario, side, scale)
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
  process.exit(0)
}

const fmt = (ms) => (ms / 1000).toFixed(2).padStart(7) + ' s'

function line(r) {
  const steps = Object.entries(r.steps)
    .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)}`)
    .join(', ')
  const extras =
    r.totalWithExtras !== r.total
      ? ` (with the import screen's backup and re-check ${fmt(r.totalWithExtras).trim()})`
      : ''
  return (
    `${r.scenario.padEnd(6)} ${r.side.padEnd(3)} ${fmt(r.total)}${extras}  [${steps}]  ` +
    `peak rss ${r.memory.peakRssMb} MB (from ${r.memory.baseRssMb}), heap+external ${r.memory.peakHeapMb} MB ` +
    `(from ${r.memory.baseHeapMb})` +
    (r.conflicts !== undefined ? `, written ${r.written}, conflicts ${r.conflicts}` : '')
  )
}

async function main() {
  const [mode, scenarioArg, sideArg, scaleArg] = process.argv.slice(2)
  if (mode === '--child') return child(scenarioArg, sideArg, Number(scaleArg))
  const scale = Number(process.env.BENCH_SCALE ?? 1)
  const scenarios = mode ? [mode] : ['export', 'import', 'merge']
  const results = []
  for (const scenario of scenarios) {
    for (const side of ['app', 'raw']) {
      const run = spawnSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=12288',
          fileURLToPath(import.meta.url),
          '--child',
          scenario,
          side,
          String(scale),
        ],
        { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      )
      const out = (run.stdout ?? '').split('\n').find((l) => l.startsWith('RESULT '))
      if (run.status !== 0 || !out) {
        process.stderr.write(run.stderr ?? '')
        throw new Error(`${scenario} ${side} failed (exit ${run.status})`)
      }
      const result = JSON.parse(out.slice('RESULT '.length))
      results.push(result)
      console.log(line(result))
    }
    const [app, raw] = results.slice(-2)
    const ratio = app.total / raw.total
    const verdict = ratio <= GOALS[scenario] ? 'meets' : 'MISSES'
    console.log(
      `${scenario.padEnd(6)} app/raw ${ratio.toFixed(2)} × — ${verdict} the goal ≤ ${GOALS[scenario]} ×` +
        ` (rows ${app.rows.toLocaleString('en')}, file ${(app.fileBytes / 1048576).toFixed(1)} MB)\n`,
    )
  }
  if (process.env.BENCH_JSON)
    writeFileSync(process.env.BENCH_JSON, JSON.stringify({ scale, results }, null, 2))
}

await main()
