import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { expect, test, type Browser, type Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { CRYPTO_WAIT, SyncPage } from './pages/SyncPage'

const SCHOOL = '中共松江区委党校'
const PASS = '松江同步2025'
const SHOTS = '/tmp/shots-sync'

// Each export and import derives a key with 600,000 PBKDF2 rounds, twice for an export (the read-back):
// two offices trading files take longer than the default minute on a busy machine.
test.slow()

/** A separate browser profile (its own IndexedDB) as one office, set up with the school and its name. */
async function office(browser: Browser, name: string, school = SCHOOL): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup(school, name)
  return page
}

async function classHours(page: Page, name: string) {
  const app = new AppPage(page)
  await app.nav('班次')
  await new ClassesPage(page).row(name).click()
  return page.getByTestId('class-summary')
}

test('two offices exchange snapshots both ways; a concurrent edit is logged and its loser restored', async ({
  browser,
}, testInfo) => {
  const a = await office(browser, '本部教务科')
  const b = await office(browser, '分校区')
  const syncA = new SyncPage(a)
  const syncB = new SyncPage(b)
  const file = (n: string) => testInfo.outputPath(n)

  // Office A creates a class and exports it.
  await new AppPage(a).nav('班次')
  await new ClassesPage(a).create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  const first = await syncA.exportTo(file('a1.banwu'), PASS)
  expect(first).toMatch(/^班务通快照_本部教务科_\d{4}-\d{2}-\d{2}_001\.banwu$/)
  await a.screenshot({ path: `${SHOTS}/export-done.png`, fullPage: true })

  // Office B sees where the file comes from, then the dry run, then imports.
  await syncB.choose(file('a1.banwu'))
  await expect(b.getByTestId('file-header')).toContainText('本部教务科')
  await expect(b.getByTestId('file-header')).toContainText('已加密')
  await syncB.check(PASS)
  const added = syncB.dryRun.getByRole('row').filter({ hasText: '班次' })
  await expect(added.getByRole('cell')).toHaveText(['班次', '1', '0', '0', '0'], CRYPTO_WAIT)
  await expect(syncB.dryRun).toContainText('删除和修改都会保留')
  await b.screenshot({ path: `${SHOTS}/import-dry-run.png`, fullPage: true })
  await b.getByRole('button', { name: '导入', exact: true }).click()
  await expect(b.getByTestId('import-done')).toContainText('新增 1 条', CRYPTO_WAIT)
  await expect(await classHours(b, '2025年秋季处级班')).toContainText('80 学时')

  // Both edit the same field; B edits later, so B's value wins everywhere.
  const classes = (page: Page) => new ClassesPage(page)
  await classHours(a, '2025年秋季处级班')
  await a.getByRole('button', { name: '编辑' }).click()
  await classes(a).fillForm({ totalHours: '100' })
  await a.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(a.getByTestId('class-summary')).toContainText('100 学时')
  await b.waitForTimeout(20)
  await classHours(b, '2025年秋季处级班')
  await b.getByRole('button', { name: '编辑' }).click()
  await classes(b).fillForm({ totalHours: '90' })
  await b.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(b.getByTestId('class-summary')).toContainText('90 学时')

  // B's file goes to A: B's later value wins, A's value is in 冲突记录.
  const second = await syncB.exportTo(file('b1.banwu'), PASS)
  expect(second).toMatch(/^班务通快照_分校区_\d{4}-\d{2}-\d{2}_001\.banwu$/)
  await syncA.importFile(file('b1.banwu'), PASS)
  await expect(a.getByTestId('import-done')).toContainText('新的冲突 1 条')
  await expect(await classHours(a, '2025年秋季处级班')).toContainText('90 学时')

  await syncA.tab('冲突记录')
  const entry = syncA.conflicts.getByRole('row').filter({ hasText: '2025年秋季处级班' })
  await expect(entry).toContainText('总学时')
  await expect(entry).toContainText('100')
  await expect(entry).toContainText('本部教务科（本机）')
  await expect(entry).toContainText('分校区')
  await a.screenshot({ path: `${SHOTS}/conflicts.png`, fullPage: true })
  await entry.getByRole('button', { name: '恢复此值' }).click()
  await new AppPage(a).expectNotice('已恢复被覆盖的值')
  // Handled entries leave the default list (待处理) and stay under 已处理.
  await expect(entry).toBeHidden()
  await a.getByLabel('处理状态').click()
  await a.getByRole('option', { name: '已处理' }).click()
  await expect(entry).toContainText('已恢复')
  await expect(await classHours(a, '2025年秋季处级班')).toContainText('100 学时')

  // The restore is an edit: it travels to B with the next file, and both end identical.
  const third = await syncA.exportTo(file('a2.banwu'), PASS)
  expect(third).toMatch(/_002\.banwu$/)
  await syncB.importFile(file('a2.banwu'), PASS)
  await expect(await classHours(b, '2025年秋季处级班')).toContainText('100 学时')

  // The same file again: refused as already merged, but the user may go on; it changes nothing.
  await syncB.choose(file('a2.banwu'))
  await syncB.check(PASS)
  await expect(syncB.dryRun.getByTestId('refusal')).toContainText('不比已经导入过的', CRYPTO_WAIT)
  await expect(syncB.dryRun).toContainText('没有本机还没有的内容')
  const importButton = b.getByRole('button', { name: '导入', exact: true })
  await expect(importButton).toBeDisabled()
  await b.getByLabel('我知道这个文件可能已经导入过，仍要导入').check()
  await expect(importButton).toBeEnabled()
  await b.screenshot({ path: `${SHOTS}/import-already-merged.png`, fullPage: true })
  await b.getByRole('button', { name: '取消' }).click()

  // 同步记录 lists each export and import with counts.
  await syncB.tab('同步记录')
  const log = b.getByRole('table', { name: '同步记录' })
  await expect(log.getByRole('row').filter({ hasText: '导入' })).toHaveCount(2)
  await expect(log.getByRole('row').filter({ hasText: '导出' })).toHaveCount(1)
  await expect(log.getByRole('row').filter({ hasText: '来自 本部教务科' }).first()).toContainText('修改 1')
  await b.screenshot({ path: `${SHOTS}/sync-log.png`, fullPage: true })
})

test('a wrong passphrase, another school, a random file and a cut file are refused, and nothing changes', async ({
  browser,
}, testInfo) => {
  const a = await office(browser, '本部教务科')
  const other = await office(browser, '青浦教务处', '中共青浦区委党校')
  await new AppPage(a).nav('班次')
  await new ClassesPage(a).create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  const path = testInfo.outputPath('a.banwu')
  await new SyncPage(a).exportTo(path, PASS)

  await new AppPage(other).nav('班次')
  await new ClassesPage(other).create({ name: '青浦的班', type: '委托班', totalHours: '12' })
  const sync = new SyncPage(other)

  await sync.choose(path)
  await sync.check('不是这个密码')
  await expect(sync.error).toContainText('密码不正确', CRYPTO_WAIT)
  await expect(sync.dryRun).toBeHidden()

  await sync.check(PASS)
  await expect(sync.dryRun.getByTestId('refusal')).toContainText(
    '此文件属于「中共松江区委党校」',
    CRYPTO_WAIT,
  )
  await expect(other.getByRole('button', { name: '导入', exact: true })).toBeHidden()
  await other.screenshot({ path: `${SHOTS}/refused-other-school.png`, fullPage: true })

  await sync.choose({
    name: '随便一个文件.banwu',
    mimeType: 'application/octet-stream',
    buffer: randomBytes(4096),
  })
  await expect(sync.error).toContainText('这不是班务通快照文件')

  const bytes = await readFile(path)
  await sync.choose({
    name: '拔早了.banwu',
    mimeType: 'application/octet-stream',
    buffer: bytes.subarray(0, bytes.length - 100),
  })
  await sync.check(PASS)
  await expect(sync.error).toContainText('快照文件不完整', CRYPTO_WAIT)

  // Nothing came in: the other school's list holds only its own class, and no import was recorded.
  await new AppPage(other).nav('班次')
  const list = new ClassesPage(other)
  await expect(list.table.getByRole('row')).toHaveCount(2)
  await expect(list.row('青浦的班')).toBeVisible()
  await sync.tab('同步记录')
  await expect(other.getByRole('table', { name: '同步记录' })).toContainText('还没有记录')
})

test('设置 → 自动备份: back up, restore, and undo the restore', async ({ page }) => {
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  await app.start()
  await app.nav('班次')
  await classes.create({ name: '备份前的班', type: '处级班', totalHours: '40' })

  await app.nav('设置')
  const panel = page.getByTestId('backup-panel')
  await panel.getByRole('button', { name: '立即备份' }).click()
  await app.expectNotice('已备份')
  const backups = panel.getByRole('table', { name: '备份列表' })
  await expect(backups.getByRole('row').filter({ hasText: '手动' })).toHaveCount(1)

  await app.nav('班次')
  await classes.create({ name: '备份后的班', type: '委托班', totalHours: '8' })

  await app.nav('设置')
  await backups.getByRole('row').filter({ hasText: '手动' }).getByRole('button', { name: '恢复' }).click()
  await expect(page.getByRole('dialog')).toContainText('恢复前会自动备份当前数据')
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  await app.expectNotice(/已恢复 .* 的备份/)
  await expect(backups.getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1)
  await page.screenshot({ path: `${SHOTS}/backups.png`, fullPage: true })
  await app.nav('班次')
  await expect(classes.row('备份后的班')).toBeHidden()
  await expect(classes.row('备份前的班')).toBeVisible()

  // Undo: restore the backup taken just before the restore.
  await app.nav('设置')
  await backups.getByRole('row').filter({ hasText: '恢复前' }).getByRole('button', { name: '恢复' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  await app.expectNotice(/已恢复 .* 的备份/)
  await app.nav('班次')
  await expect(classes.row('备份后的班')).toBeVisible()
})
