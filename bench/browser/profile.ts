import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test'
import type { CacheManifest } from './cacheManifest'
import { installLongTaskLog, storeChunks } from './pageProbes'

/**
 * Chromium profiles for the browser benchmark. The seeded one (the ten-year school in the app's
 * IndexedDB) is made once and kept under bench/.cache/, per port (IndexedDB belongs to the
 * origin, and the origin has the port); each run works on a copy, so the writes it measures
 * never reach the cache. The empty one (set up, no records) is the cold start's baseline.
 */

export const CACHE_DIR = process.env.BENCH_CACHE_DIR ?? join(import.meta.dirname, '../.cache/ten-year')
const PORT = Number(process.env.E2E_PORT ?? 4173)
const PROFILES = join(CACHE_DIR, '..', `profiles-${PORT}`)

export function manifest(): CacheManifest {
  return JSON.parse(readFileSync(join(CACHE_DIR, 'manifest.json'), 'utf8')) as CacheManifest
}

/** A persistent context on `dir` with the e2e settings (system Chromium, zh-CN, 1366 × 800). */
export async function launch(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const use = test.info().project.use
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: use.launchOptions?.executablePath,
    args: use.launchOptions?.args,
    baseURL: use.baseURL,
    locale: use.locale,
    timezoneId: use.timezoneId,
    viewport: use.viewport ?? null,
    acceptDownloads: true,
  })
  await context.route('**/__bench-cache/**', (route) =>
    route.fulfill({ path: join(CACHE_DIR, basename(new URL(route.request().url()).pathname)) }),
  )
  await context.addInitScript(installLongTaskLog)
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

export interface SeedReport {
  seededNow: boolean
  seedMs?: number
}

/**
 * Makes the empty and the seeded profile unless the cache has them. Seeding stores about 700,000
 * records (over half an hour on a busy 2-core machine), so it resumes: the work folder keeps the
 * number of chunks stored, and a run cut short continues where it stopped.
 */
export async function ensureProfiles(): Promise<SeedReport> {
  const ready = join(PROFILES, 'READY')
  const version = String(manifest().version)
  if (existsSync(ready) && readFileSync(ready, 'utf8') === version) return { seededNow: false }
  rmSync(PROFILES, { recursive: true, force: true })
  const work = `${PROFILES}.partial`
  const progress = join(work, 'STORED')
  const seeded = join(work, 'seeded')
  const resumable = existsSync(progress) && readFileSync(join(work, 'VERSION'), 'utf8') === version
  if (!resumable) {
    rmSync(work, { recursive: true, force: true })
    const { context, page } = await launch(seeded)
    // First-run setup, as test/e2e/pages/AppPage.ts does it (not imported: another TS project).
    await page.goto('/#/')
    await page.getByLabel('学校名称').fill('中共松江区委党校')
    await page.getByLabel('本机名称').fill('本部教务科')
    await page.getByRole('button', { name: '开始使用' }).click()
    await expect(page.getByTestId('school-name')).toHaveText('中共松江区委党校')
    await context.close()
    cpSync(seeded, join(work, 'empty'), { recursive: true })
    writeFileSync(join(work, 'VERSION'), version)
    writeFileSync(progress, '0')
  }
  const again = await launch(seeded)
  await again.page.goto('/#/')
  await expect(again.page.getByTestId('school-name')).toBeVisible()
  const t = performance.now()
  const chunks = manifest().chunks
  for (let i = Number(readFileSync(progress, 'utf8')); i < chunks.length; i++) {
    const stored = await again.page.evaluate(storeChunks, { files: [chunks[i]!.file], db: 'banwu' })
    expect(stored).toBe(chunks[i]!.rows)
    writeFileSync(progress, String(i + 1))
  }
  const seedMs = performance.now() - t
  await again.context.close()
  writeFileSync(join(work, 'READY'), version)
  renameSync(work, PROFILES)
  return { seededNow: true, seedMs }
}

/** A throwaway copy of a cached profile. */
export function copyOf(which: 'seeded' | 'empty'): string {
  const dir = mkdtempSync(join(tmpdir(), `banwu-bench-${which}-`))
  cpSync(join(PROFILES, which), dir, { recursive: true })
  return dir
}

export function profileMb(which: 'seeded' | 'empty'): number {
  const size = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, e) => n + (e.isDirectory() ? size(join(dir, e.name)) : statSize(join(dir, e.name))),
      0,
    )
  return Math.round(size(join(PROFILES, which)) / 1024 / 1024)
}

function statSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
