import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { RosterPage } from './pages/RosterPage'
import { CRYPTO_WAIT, office, SyncPage } from './pages/SyncPage'
import { exportedData } from './syncFiles'

/**
 * Issue 6, end to end in Chromium: two browser profiles are two offices that never see each
 * other; snapshot files go both ways through the UI. The refusals are in sync-refusals.spec.ts.
 */

// At least 10 characters, no school name or date (issue 12 point 7).
const PASS = '松江分校每周二同步数据'
const SHOTS = process.env.SYNC_SHOTS ?? '/tmp/shots-sync'
const ROSTER = join(import.meta.dirname, '../fixtures/school/roster-zhongqing-2025.xlsx')
mkdirSync(SHOTS, { recursive: true })

// Each export derives a key with 600,000 PBKDF2 rounds twice (the read-back), each import once;
// two offices trading files several times take longer than the default minute on a busy machine.
test.slow()

async function openClass(page: Page, name: string) {
  await new AppPage(page).nav('班次')
  await new ClassesPage(page).row(name).click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
}

async function editHours(page: Page, name: string, hours: string) {
  await openClass(page, name)
  await page.getByRole('button', { name: '编辑' }).click()
  await new ClassesPage(page).fillForm({ totalHours: hours })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('class-summary')).toContainText(`${hours} 学时`)
}

/** Opens the class's 花名册 and finds 姜敏 there. */
async function roster(page: Page, className = '2025年秋季中青班') {
  await openClass(page, className)
  const r = new RosterPage(page)
  await r.open()
  await r.search('姜敏')
  await expect(r.row('姜敏')).toBeVisible()
  return r
}

async function editPerson(page: Page, field: string, value: string) {
  const r = await roster(page)
  await r.editCell('姜敏', field, value)
  await new AppPage(page).expectNotice('已保存')
  await expect(r.cell('姜敏', field)).toHaveText(value)
}

test('two offices: same person, both fields kept, the newer same-field edit wins, its loser restored; a deleted class edited elsewhere; both end identical', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000)
  const a = await office(browser, '本部教务科')
  const b = await office(browser, '分校区')
  const syncA = new SyncPage(a)
  const syncB = new SyncPage(b)
  const file = (n: string) => testInfo.outputPath(n)
  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

  // Office A: a class with its roster, and a second class; exported with a remembered passphrase.
  const classesA = new ClassesPage(a)
  await new AppPage(a).nav('班次')
  await classesA.create({ name: '2025年秋季中青班', type: '中青班', totalHours: '120' })
  const rosterA = new RosterPage(a)
  await rosterA.open()
  await rosterA.importFile(ROSTER, 48)
  await new AppPage(a).nav('班次')
  await classesA.create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })

  await syncA.tab('导出快照')
  await shot(a, '01-export-form')
  const first = await syncA.exportTo(file('a1.banwu'), PASS, {
    remember: true,
    whileRunning: async () => {
      await expect(a.getByRole('status', { name: /正在/ })).toBeVisible()
      await shot(a, '02-export-progress')
    },
  })
  expect(first).toMatch(/^班务通快照_本部教务科_\d{4}-\d{2}-\d{2}_001\.banwu$/)
  await shot(a, '03-export-done')

  // Office B: whose file and from when, the dry run per area, then the import.
  await syncB.choose(file('a1.banwu'))
  await expect(syncB.fileHeader).toContainText('来自：本部教务科（中共松江区委党校）')
  await expect(syncB.fileHeader).toContainText('导出时间：')
  await expect(syncB.fileHeader).toContainText('已加密')
  await shot(b, '04-import-file-chosen')
  await syncB.check(PASS)
  await expect(syncB.dryRunRow('班次')).toHaveText(['班次', '2', '0', '0', '0'], CRYPTO_WAIT)
  await expect(syncB.dryRunRow('学员')).toHaveText(['学员', '48', '0', '0', '0'])
  await expect(syncB.dryRunRow('报名')).toHaveText(['报名', '48', '0', '0', '0'])
  await expect(syncB.dryRun).toContainText('删除和修改都会保留')
  await shot(b, '05-import-dry-run')
  await syncB.apply()
  await expect(b.getByTestId('import-done')).toContainText('新增')
  await shot(b, '06-import-done')
  await roster(b)

  // Apart: A edits 姜敏's phone and post and deletes the 处级班; B, later, edits her unit and post
  // and the 处级班's hours. Each edit is saved (seen on screen) before the next begins, so B's is newer.
  await editPerson(a, 'phone', '13900001234')
  await editPerson(a, 'post', '本部填的职务')
  await openClass(a, '2025年秋季处级班')
  await a.getByRole('button', { name: '删除' }).click()
  await a.getByRole('dialog').getByRole('button', { name: '移入回收站' }).click()
  await new AppPage(a).expectNotice('已将“2025年秋季处级班”移入回收站')
  await editPerson(b, 'unit', '分校区填的单位')
  await editPerson(b, 'post', '分校区填的职务')
  await editHours(b, '2025年秋季处级班', '90')

  // B's file at A: the dry run names the delete-versus-edit case and the rule.
  const second = await syncB.exportTo(file('b1.banwu'), PASS)
  expect(second).toMatch(/^班务通快照_分校区_\d{4}-\d{2}-\d{2}_001\.banwu$/)
  await syncA.choose(file('b1.banwu'))
  await expect(a.getByLabel('快照密码')).toHaveValue(PASS) // remembered on this PC
  await syncA.check(PASS)
  await expect(syncA.dryRunRow('学员')).toHaveText(['学员', '0', '1', '0', '1'], CRYPTO_WAIT)
  await expect(a.getByTestId('delete-edit')).toContainText(
    '其中 1 条记录一方删除、另一方同时修改过（班次 1 条）',
  )
  await shot(a, '07-import-dry-run-conflict-and-delete-edit')
  await syncA.apply()
  await expect(a.getByTestId('import-done')).toContainText('新的冲突 1 条')

  // Different fields both kept; the same field: B's later value; A's in 冲突记录.
  const rA = await roster(a)
  await expect(rA.cell('姜敏', 'phone')).toHaveText('13900001234')
  await expect(rA.cell('姜敏', 'unit')).toHaveText('分校区填的单位')
  await expect(rA.cell('姜敏', 'post')).toHaveText('分校区填的职务')
  await syncA.tab('冲突记录')
  const entry = syncA.conflicts.getByRole('row').filter({ hasText: '本部填的职务' })
  await expect(entry).toContainText('学员')
  await expect(entry).toContainText('姜敏')
  await expect(entry).toContainText('职务')
  await expect(entry).toContainText('本部教务科（本机）')
  await expect(entry).toContainText('分校区填的职务')
  await expect(entry).toContainText('分校区')
  await shot(a, '08-conflicts')
  // The filters offer the areas and imports that logged something.
  await syncA.filterConflicts('数据区域', '学员')
  await syncA.filterConflicts('来自哪次导入', /导入 分校区 的快照/)
  await expect(entry).toBeVisible()
  await entry.getByRole('button', { name: '恢复此值' }).click()
  await new AppPage(a).expectNotice('已恢复被覆盖的值')
  await expect(entry).toBeHidden()
  await syncA.filterConflicts('处理状态', '已处理')
  await expect(entry).toContainText('已恢复')
  await shot(a, '09-conflict-restored')
  await expect((await roster(a)).cell('姜敏', 'post')).toHaveText('本部填的职务')

  // The deleted class stays deleted at A, holding B's edit.
  await new AppPage(a).nav('回收站')
  await expect(a.getByRole('table', { name: '回收站' })).toContainText('2025年秋季处级班')

  // A's file at B: the restore travels as an edit; the class goes to B's recycle bin.
  await syncA.exportTo(file('a2.banwu'), PASS)
  await syncB.choose(file('a2.banwu'))
  await syncB.check(PASS)
  await expect(syncB.dryRunRow('班次')).toHaveText(['班次', '0', '0', '1', '0'], CRYPTO_WAIT)
  await expect(b.getByTestId('delete-edit')).toContainText('班次 1 条')
  await syncB.apply()
  await expect((await roster(b)).cell('姜敏', 'post')).toHaveText('本部填的职务')
  await new AppPage(b).nav('回收站')
  await expect(b.getByRole('table', { name: '回收站' })).toContainText('2025年秋季处级班')

  // Both end identical: each office's full export holds the same rows.
  await syncA.exportTo(file('a3.banwu'), PASS)
  await syncB.exportTo(file('b2.banwu'), PASS)
  const [dataA, dataB] = await Promise.all([
    exportedData(file('a3.banwu'), PASS),
    exportedData(file('b2.banwu'), PASS),
  ])
  expect(dataB).toEqual(dataA)
  expect(dataA.classes!.find((c) => c.name === '2025年秋季处级班')).toMatchObject({
    deleted: true,
    totalHours: 90,
  })

  // The same file again: questioned as already merged; going on is allowed and changes nothing.
  await syncB.choose(file('a2.banwu'))
  await syncB.check(PASS)
  await expect(syncB.dryRun.getByTestId('refusal')).toContainText('不比已经导入过的', CRYPTO_WAIT)
  await expect(syncB.dryRun).toContainText('没有本机还没有的内容')
  const importButton = b.getByRole('button', { name: '导入', exact: true })
  await expect(importButton).toBeDisabled()
  await b.getByLabel('我知道这个文件可能已经导入过，仍要导入').check()
  await expect(importButton).toBeEnabled()
  await shot(b, '10-import-already-merged')
  await b.getByRole('button', { name: '取消' }).click()

  // 同步记录: each export and import with counts; the automatic backups before each import.
  await syncB.tab('同步记录')
  const log = b.getByRole('table', { name: '同步记录' })
  await expect(log.getByRole('row').filter({ hasText: '来自 本部教务科' })).toHaveCount(2)
  await expect(log.getByRole('row').filter({ hasText: '导出' })).toHaveCount(2)
  await expect(log.getByRole('row').filter({ hasText: '来自 本部教务科' }).first()).toContainText(
    '移入回收站 1',
  )
  await shot(b, '11-sync-log')
  await b.getByRole('button', { name: '备份与恢复' }).click()
  await expect(log.getByRole('row').filter({ hasText: '导入前备份' })).toHaveCount(2)
  await new AppPage(b).nav('设置')
  const backups = b.getByRole('table', { name: '备份列表' })
  await expect(backups.getByRole('row').filter({ hasText: '导入前' })).toHaveCount(2)
})

test('export of selected classes, unencrypted only after confirming, imports as such', async ({
  browser,
}, testInfo) => {
  const a = await office(browser, '本部教务科')
  const b = await office(browser, '分校区')
  for (const [name, type] of [
    ['2025年秋季中青班', '中青班'],
    ['2025年秋季处级班', '处级班'],
  ] as const) {
    await new AppPage(a).nav('班次')
    await new ClassesPage(a).create({ name, type, totalHours: '40' })
  }

  const syncA = new SyncPage(a)
  await syncA.tab('导出快照')
  await a.getByRole('radio', { name: '选定的班次' }).check()
  await a.getByLabel('选择班次').click()
  await a.getByRole('option', { name: '2025年秋季处级班' }).click()
  await a.keyboard.press('Escape')
  // Turning encryption off asks first; the switch stays on until the user confirms.
  const encrypt = a.getByRole('switch', { name: '加密快照文件（推荐）' })
  await encrypt.click()
  await expect(a.getByRole('dialog')).toContainText('身份证号')
  await a.getByRole('dialog').getByRole('button', { name: '取消' }).click()
  await expect(encrypt).toBeChecked()
  await encrypt.click()
  await a.getByRole('dialog').getByRole('button', { name: '不加密' }).click()
  await expect(encrypt).not.toBeChecked()
  await expect(a.getByText('快照文件将不加密')).toBeVisible()
  await a.screenshot({ path: `${SHOTS}/12-export-selected-unencrypted.png`, fullPage: true })
  const path = testInfo.outputPath('selected.banwu')
  await syncA.saveExport(path)

  // 只接受加密快照 is on by default (issue 12, point 3; sync-unencrypted.spec.ts): B turns it off
  // in 设置, then goes on past the warning about the unencrypted file.
  await new AppPage(b).nav('设置')
  await b.getByRole('switch', { name: '只接受加密快照' }).click()
  await b.getByRole('dialog').getByRole('button', { name: '关闭' }).click()
  await expect(b.getByRole('switch', { name: '只接受加密快照' })).not.toBeChecked()
  const syncB = new SyncPage(b)
  await syncB.choose(path)
  await expect(syncB.fileHeader).toContainText('范围：选定的 1 个班次')
  await expect(syncB.fileHeader).toContainText('未加密')
  await expect(b.getByLabel('快照密码')).toBeHidden()
  await b.getByRole('button', { name: '我了解风险，继续检查此文件' }).click()
  await b.getByRole('button', { name: '检查内容（试运行）' }).click()
  await expect(syncB.dryRunRow('班次')).toHaveText(['班次', '1', '0', '0', '0'], CRYPTO_WAIT)
  await syncB.apply()
  await new AppPage(b).nav('班次')
  await expect(new ClassesPage(b).row('2025年秋季处级班')).toBeVisible()
  await expect(new ClassesPage(b).row('2025年秋季中青班')).toBeHidden()
})

test('设置 → 自动备份: kept days, back up, restore, and undo the restore', async ({ page }) => {
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  await app.start()
  await app.nav('班次')
  await classes.create({ name: '备份前的班', type: '处级班', totalHours: '40' })

  await app.nav('设置')
  const panel = page.getByTestId('backup-panel')
  await panel.getByLabel('保留天数').fill('30')
  await panel.getByRole('button', { name: '设为保留天数' }).click()
  await app.expectNotice('备份将保留 30 天')
  await panel.getByRole('button', { name: '立即备份' }).click()
  await app.expectNotice('已备份')
  const backups = panel.getByRole('table', { name: '备份列表' })
  await expect(backups.getByRole('row').filter({ hasText: '手动' })).toHaveCount(1)
  const download = page.waitForEvent('download')
  await backups.getByRole('row').filter({ hasText: '手动' }).getByRole('button', { name: '下载' }).click()
  expect((await download).suggestedFilename()).toMatch(/^班务通备份_\d{4}-\d{2}-\d{2}_\d{9}_手动\.banwu$/)

  await app.nav('班次')
  await classes.create({ name: '备份后的班', type: '委托班', totalHours: '8' })

  await app.nav('设置')
  await backups.getByRole('row').filter({ hasText: '手动' }).getByRole('button', { name: '恢复' }).click()
  await expect(page.getByRole('dialog')).toContainText('恢复前会自动备份当前数据')
  await page.screenshot({ path: `${SHOTS}/13-backup-restore-confirm.png` })
  await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click()
  await app.expectNotice(/已恢复 .* 的备份/)
  await expect(backups.getByRole('row').filter({ hasText: '恢复前' })).toHaveCount(1)
  await panel.screenshot({ path: `${SHOTS}/14-backups.png` })
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
  await app.nav('设置')
  await expect(panel.getByLabel('保留天数')).toHaveValue('30')
})
