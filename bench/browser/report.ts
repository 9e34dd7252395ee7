import { appendFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { test } from '@playwright/test'

/** Median and spread of repeated timings, and the results file the docs are written from. */

export interface Spread {
  median: number
  min: number
  max: number
  n: number
}

export function spread(xs: readonly number[]): Spread {
  const s = [...xs].sort((a, b) => a - b)
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    median: round(s[Math.floor((s.length - 1) / 2)] ?? NaN),
    min: round(s[0] ?? NaN),
    max: round(s.at(-1) ?? NaN),
    n: s.length,
  }
}

const fmt = (s: Spread) => `${s.median} ms (${s.min}–${s.max}, n=${s.n})`

/** One measured row: the app's figure beside the raw one, printed and appended as a JSON line. */
export function record(
  work: string,
  app: Spread,
  raw: Spread | null,
  extra: Record<string, unknown> = {},
): void {
  const ratio = raw && raw.median > 0 ? Math.round((app.median / raw.median) * 100) / 100 : null
  const line = {
    work,
    app,
    raw,
    ratio,
    load: loadavg().map((l) => Math.round(l * 10) / 10),
    at: new Date().toISOString(),
    ...extra,
  }
  console.log(
    `${work}: app ${fmt(app)}${raw ? `; raw ${fmt(raw)}; ratio ${ratio}` : ''} · load ${line.load.join(' ')}${Object.keys(extra).length ? ' · ' + JSON.stringify(extra) : ''}`,
  )
  test.info().annotations.push({ type: work, description: JSON.stringify(line) })
  if (process.env.BENCH_JSON) appendFileSync(process.env.BENCH_JSON, JSON.stringify(line) + '\n')
}

export const REPEATS = Number(process.env.BENCH_REPEATS ?? 5)
