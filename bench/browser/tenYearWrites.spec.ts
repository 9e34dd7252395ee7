import { readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { MIN_PBKDF2_ITERATIONS } from '../../src/shared/sync/snapshotCrypto'
import { IMPORT_CLASS, ROSTER_ROWS } from './cacheManifest'
import { armWatch, awaitWatch, type Condition, type Watched } from './pageProbes'
import { CACHE_DIR, copyOf, ensureProfiles, launch, manifest } from './profile'
import { rawExport } from './rawExport'
import { rawConfirm, rawPreview } from './rawWork'
import { renderers } from './rendererMemory'
import { record, REPEATS, spread } from './report'

/*
 * Issue 16, the measurements that write (after tenYearSchool.spec.ts, on their own copy of the
 * seeded profile): a 5,000-row roster imported into an empty class, and the whole school exported
 * to a snapshot, each beside its raw baseline in the same page and run (docs/benchmarks.md).
 */

let seeded = ''
const PASS = '基准测试口令2025'

test.beforeAll(async () => {
  test.setTimeout(4 * 3_600_000)
  await ensureProfiles()
  seeded = copyOf('seeded')
})

test.afterAll(() => rmSync(seeded, { recursive: true, force: true }))

async function watched(page: Page, cond: Condition, act: () => Promise<unknown>): Promise<Watched> {
  await page.evaluate(armWatch, cond)
  await act()
  return (await page.evaluate(awaitWatch))!
}

const pick = (ws: Watched[], k: keyof Watched) => spread(ws.map((w) => w[k]))

test('import a 5,000-row roster: file → preview, confirm', async () => {
  const { context, page } = await launch(seeded)
  await page.goto(`/#/classes/${IMPORT_CLASS.id}/roster`)
  await expect(page.getByText('还没有学员')).toBeVisible()
  const file = join(CACHE_DIR, 'roster-5000.xlsx')
  const dialog = page.getByRole('dialog', { name: /导入花名册/ })
  const reads: Watched[] = []
  const previews: Watched[] = []
  const toPreview = dialog.getByRole('button', { name: '下一步：预览' })
  for (let i = 0; i < REPEATS; i++) {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: '导入花名册' }).click()
    const fileChooser = await chooser
    // The file read: from the input's change event to the column step.
    reads.push(
      await watched(page, { selector: '[role="dialog"]', text: '下一步：预览' }, () =>
        fileChooser.setFiles(file),
      ),
    )
    previews.push(
      await watched(page, { selector: '[aria-label="导入预览"] [role="row"][data-id]', minCount: 1 }, () =>
        toPreview.click(),
      ),
    )
    if (i < REPEATS - 1) {
      await dialog.getByRole('button', { name: '取消' }).click()
      await expect(dialog).toBeHidden()
    }
  }
  // SheetJS for the raw side, the build the app bundles (its UMD script, evaluated in the page).
  const sheetJs = readFileSync(createRequire(import.meta.url).resolve('xlsx/dist/xlsx.full.min.js'), 'utf8')
  await page.evaluate(sheetJs)
  const raws: number[] = []
  for (let i = 0; i < REPEATS; i++) raws.push(await page.evaluate(rawPreview))
  const sum = reads.map((r, i) => r.paint + previews[i]!.paint)
  record('roster import file → preview (5,000 rows)', spread(sum), spread(raws), {
    read: pick(reads, 'paint'),
    preview: pick(previews, 'paint'),
    longestTask: spread([...reads, ...previews].map((w) => w.longestTask)),
  })
  const confirm = await watched(page, { selector: '[data-testid="import-summary"]' }, () =>
    // The label counts the rows to be imported (RosterImportDialog `toImport`).
    dialog.getByRole('button', { name: /^确认导入（\d+ 人）/ }).click(),
  )
  await dialog.getByRole('button', { name: '完成' }).click()
  await expect(page.getByTestId('roster-count')).toContainText(`共 ${ROSTER_ROWS} 人`)
  const rawWrites: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const [ms, n] = await page.evaluate(rawConfirm, { classId: IMPORT_CLASS.id })
    expect(n).toBe(ROSTER_ROWS)
    rawWrites.push(ms!)
  }
  record('roster import confirm → done (5,000 rows)', spread([confirm.done]), spread(rawWrites), {
    longestTask: confirm.longestTask,
  })
  await context.close()
})

test('export the ten-year school to a snapshot, with the renderer memory', async () => {
  test.setTimeout(1_800_000)
  const apps: number[] = []
  const appPeaks: number[] = []
  const raws: number[] = []
  const rawPeaks: number[] = []
  let rawSteps: Awaited<ReturnType<typeof rawExport>> | undefined
  let fileBytes = 0
  const runs = Math.min(REPEATS, 2)
  for (let i = 0; i < runs; i++) {
    // A fresh browser for each side, so each renderer's peak is its own.
    {
      const { context, page } = await launch(seeded)
      await page.goto('/#/sync')
      await page
        .getByRole('tablist', { name: '数据同步' })
        .getByRole('tab', { name: /导出快照/ })
        .click()
      await page.getByLabel('密码', { exact: true }).fill(PASS)
      const repeat = page.getByLabel('再次输入密码')
      if (await repeat.isVisible()) await repeat.fill(PASS)
      const before = renderers(seeded)[0]
      const downloading = page.waitForEvent('download', { timeout: 1_500_000 })
      const t = Date.now()
      await page.getByRole('button', { name: '导出快照' }).click()
      const download = await downloading
      apps.push(Date.now() - t)
      const path = await download.path()
      fileBytes = readFileSync(path).length
      appPeaks.push(renderers(seeded)[0]?.peakMb ?? NaN)
      console.log(
        `export: renderer before ${JSON.stringify(before)}, after ${JSON.stringify(renderers(seeded))}`,
      )
      await context.close()
    }
    {
      const { context, page } = await launch(seeded)
      await page.goto('/#/sync')
      await expect(page.getByRole('tablist', { name: '数据同步' })).toBeVisible()
      rawSteps = await page.evaluate(rawExport, { iterations: MIN_PBKDF2_ITERATIONS })
      raws.push(rawSteps.read + rawSteps.encode + rawSteps.readBack)
      rawPeaks.push(renderers(seeded)[0]?.peakMb ?? NaN)
      await context.close()
    }
  }
  record('export ten-year snapshot (click → file saved)', spread(apps), spread(raws), {
    rows: manifest().rows,
    fileMb: Math.round(fileBytes / 1024 / 1024),
    rawFileMb: Math.round((rawSteps?.bytes ?? 0) / 1024 / 1024),
    rawSteps,
    rendererPeakMb: spread(appPeaks),
    rawRendererPeakMb: spread(rawPeaks),
  })
})
