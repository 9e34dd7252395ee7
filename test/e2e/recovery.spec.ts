import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'

/**
 * Issue 12, points 6 and 2, in a real Chromium profile: a damaged local table (clock, replica id)
 * leads to the recovery screen, which restores a backup and the app starts with its data; a damaged
 * class record breaks only the areas that show it, named, and the navigation still works.
 */

test.describe.configure({ timeout: 180_000 })

const SHOTS = process.env.RECOVERY_SHOTS ?? '/tmp/shots-recovery'
mkdirSync(SHOTS, { recursive: true })
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` })

/**
 * Browser-side code that reads or writes the app's database with plain IndexedDB, as a damaged
 * disk or an old version would. A string: the e2e project has no DOM types.
 */
const RAW_IDB = `async ({ store, op, key, value }) => {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('banwu')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => resolve(open.result)
  })
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(store, op === 'get' ? 'readonly' : 'readwrite')
      const table = tx.objectStore(store)
      let result
      if (op === 'get') {
        const req = table.get(key)
        req.onsuccess = () => (result = req.result)
      } else if (op === 'put') table.put(value)
      else if (op === 'badClass') {
        const req = table.getAll()
        req.onsuccess = () => table.put({ ...req.result[0], ...value })
      }
      tx.oncomplete = () => resolve(result)
      tx.onerror = () => reject(tx.error)
    })
  } finally {
    db.close()
  }
}`

interface RawOp {
  store: string
  op: 'get' | 'put' | 'badClass'
  key?: string
  value?: unknown
}

const raw = (page: Page, op: RawOp): Promise<unknown> => page.evaluate(`(${RAW_IDB})(${JSON.stringify(op)})`)

/** A value of the local table, or (with `value`) writes it. */
async function rawLocal(page: Page, key: string, value?: unknown): Promise<unknown> {
  if (value !== undefined) return raw(page, { store: 'local', op: 'put', value: { key, value } })
  return ((await raw(page, { store: 'local', op: 'get', key })) as { value?: unknown } | undefined)?.value
}

/** Stores a copy of the first class, renamed, with a start date that is an object. */
async function putBadClass(page: Page, name: string): Promise<string> {
  const id = '01BADC1A55000000000000000Z'
  await raw(page, {
    store: 'classes',
    op: 'badClass',
    value: { id, name, startDate: { year: 2025, month: 9 } },
  })
  return id
}

/** A class kept in the backup, then a manual backup in 设置, then a class made after it. */
async function dataWithBackup(page: Page) {
  const app = new AppPage(page)
  await app.start()
  const classes = new ClassesPage(page)
  await app.nav('班次')
  await classes.create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  await app.nav('设置')
  await page.getByRole('button', { name: '立即备份' }).click()
  await app.expectNotice('已备份')
  await app.nav('班次')
  await classes.create({ name: '备份之后的班次', type: '中青班', totalHours: '120' })
  return { app, classes }
}

/** On the recovery screen: restore the manual backup; the app starts with the backup's data. */
async function restoreManualBackup(page: Page, app: AppPage, classes: ClassesPage) {
  const table = page.getByRole('table', { name: '可恢复的备份' })
  const row = table.getByRole('row').filter({ hasText: '手动' })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(/\d+(\.\d)? KB/)
  await row.getByRole('button', { name: '恢复' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  // The page reloads into the app.
  await expect(page.getByTestId('school-name')).toHaveText('中共松江区委党校', { timeout: 60_000 })
  await app.nav('班次')
  await expect(classes.row('2025年秋季处级班')).toBeVisible()
  await expect(classes.row('备份之后的班次')).toHaveCount(0)
}

test('a damaged clock: the recovery screen exports the raw data, refuses an untyped fresh start, restores a backup and the app starts with its data', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const { app, classes } = await dataWithBackup(page)
  const replicaId = await rawLocal(page, 'replicaId')
  await rawLocal(page, 'clock', `999999999999999999-000000-${String(replicaId)}`)
  await page.reload()

  await expect(page.getByRole('heading', { name: '班务通无法正常启动' })).toBeVisible()
  await expect(page.getByTestId('recovery-problems')).toContainText(
    '本机同步时钟无法识别：999999999999999999',
  )
  // Without the rest of the app.
  await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(0)
  await shot(page, '01-recovery-clock')

  // The raw export: every table as stored, the damaged clock included.
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出原始数据' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^班务通原始数据_.*\.json$/)
  const dump = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
    tables: Record<string, { key?: string; value?: unknown; name?: string }[]>
  }
  expect(dump.tables.classes!.map((c) => c.name).sort()).toEqual(['2025年秋季处级班', '备份之后的班次'])
  expect(dump.tables.local!.find((e) => e.key === 'clock')?.value).toMatch(/^999999999999999999-/)

  // 清空重来 needs the typed words.
  const fresh = page.getByRole('button', { name: '清空重来' })
  await expect(fresh).toBeDisabled()
  await page.getByLabel('确认文字').fill('清空')
  await expect(fresh).toBeDisabled()
  await page.getByLabel('确认文字').fill('清空重来')
  await expect(fresh).toBeEnabled()
  await page.getByLabel('确认文字').fill('')

  await restoreManualBackup(page, app, classes)
  // The clock was rebuilt for the same replica, from the data.
  expect(await rawLocal(page, 'replicaId')).toBe(replicaId)
  expect(String(await rawLocal(page, 'clock'))).toMatch(new RegExp(`^\\d{15}-\\d{6}-${String(replicaId)}$`))
  // Edits work again.
  await classes.create({ name: '恢复之后的班次', type: '中青班', totalHours: '40' })
  await app.nav('首页')
  await expect(page.getByRole('heading', { name: '首页' })).toBeVisible()
  await shot(page, '05-home-after-restore')
})

test('a damaged replica id: the recovery screen restores a backup and keeps the replica id from the clock', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const { app, classes } = await dataWithBackup(page)
  const replicaId = await rawLocal(page, 'replicaId')
  await rawLocal(page, 'replicaId', '坏的 编号!')
  await page.reload()

  await expect(page.getByTestId('recovery-problems')).toContainText(
    '本机编号（replica id）无法识别：坏的 编号!',
  )
  await shot(page, '02-recovery-replica')
  await restoreManualBackup(page, app, classes)
  expect(await rawLocal(page, 'replicaId')).toBe(replicaId)
})

test('a class whose start date is an object: 班次 and 首页 show the boundary naming the class, navigation still works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  const id = await putBadClass(page, '损坏的班次')
  await page.goto('/#/classes')
  await page.reload()

  const boundary = page.getByTestId('area-error')
  await expect(boundary).toContainText('“班次”无法显示')
  await expect(boundary).toContainText('出错的记录：班次“损坏的班次”')
  await expect(boundary).toContainText(id)
  await expect(boundary).toContainText('字段“开班日期”（startDate）应为文字，实际是对象')
  await expect(boundary.getByRole('button', { name: '返回首页' })).toBeVisible()
  await expect(boundary.getByRole('button', { name: '重新加载' })).toBeVisible()
  await shot(page, '03-boundary-classes')

  await app.nav('首页')
  await expect(boundary).toContainText('“首页”无法显示')
  await expect(boundary).toContainText('损坏的班次')
  await shot(page, '04-boundary-home')

  // Other areas still open, and the boundary is gone there.
  await app.nav('设置')
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
  await expect(boundary).toHaveCount(0)
  await app.nav('事项模板')
  await expect(page.getByRole('heading', { name: '事项模板' })).toBeVisible()
  await expect(boundary).toHaveCount(0)
})
