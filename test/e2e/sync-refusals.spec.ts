import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { RosterPage } from './pages/RosterPage'
import {
  CRYPTO_WAIT,
  office,
  officeWithOneClassExported,
  OTHER_SCHOOL,
  OTHER_SCHOOL_ID,
  SYNC_SCHOOL_ID,
  SyncPage,
} from './pages/SyncPage'
import { exportedData, withAllChanged, withAllDeleted, withHeader } from './syncFiles'

/**
 * Issue 6, "Refusals with a clear reason" and "Bad files", through the import screen: each bad
 * file is refused with its own message, and the office's data is unchanged (its full export
 * before and after compared).
 */

// At least 10 characters, no school name or date (issue 12 point 7).
const PASS = '松江分校每周二同步数据'
const SHOTS = process.env.SYNC_SHOTS ?? '/tmp/shots-sync'
const ROSTER = join(import.meta.dirname, '../fixtures/school/roster-zhongqing-2025.xlsx')
mkdirSync(SHOTS, { recursive: true })

test.slow()

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })

/** Office A with a 48-person class, exported once and imported by office B. */
async function twoOfficesWith48(browser: Browser, testInfo: TestInfo) {
  const a = await office(browser, '本部教务科')
  const b = await office(browser, '分校区')
  await new AppPage(a).nav('班次')
  await new ClassesPage(a).create({ name: '2025年秋季中青班', type: '中青班', totalHours: '120' })
  const roster = new RosterPage(a)
  await roster.open()
  await roster.importFile(ROSTER, 48)
  const first = testInfo.outputPath('a1.banwu')
  await new SyncPage(a).exportTo(first, PASS)
  const syncB = new SyncPage(b)
  await syncB.importFile(first, PASS)
  return { b, first, syncB }
}

test('bad files are refused with their own message, and nothing changes', async ({ browser }, testInfo) => {
  const a = await office(browser, '本部教务科')
  await new AppPage(a).nav('班次')
  await new ClassesPage(a).create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  const good = testInfo.outputPath('a.banwu')
  await new SyncPage(a).exportTo(good, PASS)

  const other = await office(browser, '青浦教务处', OTHER_SCHOOL)
  await new AppPage(other).nav('班次')
  await new ClassesPage(other).create({ name: '青浦的班', type: '委托班', totalHours: '12' })
  const sync = new SyncPage(other)
  const before = testInfo.outputPath('before.banwu')
  await sync.exportTo(before, PASS)

  // Another school's file: refused as soon as it is chosen, from its header; no passphrase asked.
  await sync.choose(good)
  await expect(sync.fileHeader).toContainText('来自：本部教务科（中共松江区委党校）')
  await expect(other.getByTestId('refusal')).toContainText(
    `此文件属于「中共松江区委党校」（学校编号 ${SYNC_SCHOOL_ID}），本机属于「中共青浦区委党校」（学校编号 ${OTHER_SCHOOL_ID}），不是同一所学校`,
  )
  await expect(other.getByLabel('快照密码')).toBeHidden()
  await expect(other.getByRole('button', { name: '检查内容（试运行）' })).toBeHidden()
  await shot(other, '21-refused-other-school')

  // A file of a newer app: refused at once too, with both versions named.
  const sameSchool = { school: OTHER_SCHOOL, schoolId: OTHER_SCHOOL_ID }
  await sync.choose({
    name: '新版本.banwu',
    mimeType: 'application/octet-stream',
    buffer: await withHeader(good, PASS, { ...sameSchool, appVersion: '9.0.0' }),
  })
  await expect(other.getByTestId('refusal')).toContainText('更新版本的班务通导出（软件版本 9.0.0')
  await expect(other.getByRole('button', { name: '检查内容（试运行）' })).toBeHidden()
  await shot(other, '22-refused-newer-app')

  // A file of this school, with a wrong passphrase: nothing is read.
  const ours = await withHeader(good, PASS, sameSchool)
  await sync.choose({ name: '本校.banwu', mimeType: 'application/octet-stream', buffer: ours })
  await sync.check('不是这个密码')
  await expect(sync.error).toContainText('密码不正确', CRYPTO_WAIT)
  await expect(sync.dryRun).toBeHidden()
  await shot(other, '20-refused-wrong-passphrase')

  // Not a snapshot at all (wrong magic); a future format.
  await sync.choose({
    name: '随便一个文件.banwu',
    mimeType: 'application/octet-stream',
    buffer: randomBytes(4096),
  })
  await expect(sync.error).toContainText('这不是班务通快照文件')
  const future = Buffer.from(await readFile(good))
  future.writeUInt16BE(2, 10)
  await sync.choose({ name: '未来格式.banwu', mimeType: 'application/octet-stream', buffer: future })
  await expect(sync.error).toContainText('由更新版本的班务通导出，本机无法读取')

  // A file cut short (a stick pulled half-way): known for what it is as soon as it is chosen.
  const bytes = await readFile(good)
  await sync.choose({
    name: '拔早了.banwu',
    mimeType: 'application/octet-stream',
    buffer: bytes.subarray(0, bytes.length - 100),
  })
  await expect(sync.fileHeader).toContainText('本部教务科')
  await expect(sync.error).toContainText('快照文件不完整')
  await expect(other.getByRole('button', { name: '检查内容（试运行）' })).toBeHidden()
  await shot(other, '23-refused-partial-file')

  // A bit flipped in the body: damaged.
  const flipped = Buffer.from(ours)
  flipped[flipped.length - 40]! ^= 0x10
  await sync.choose({ name: '坏了.banwu', mimeType: 'application/octet-stream', buffer: flipped })
  await sync.check(PASS)
  await expect(sync.error).toContainText('快照文件已损坏', CRYPTO_WAIT)

  // Nothing came in: the full export after equals the one before, and no import was recorded.
  const after = testInfo.outputPath('after.banwu')
  await sync.exportTo(after, PASS)
  expect(await exportedData(after, PASS)).toEqual(await exportedData(before, PASS))
  await sync.tab('同步记录')
  await expect(
    other.getByRole('table', { name: '同步记录' }).getByRole('row').filter({ hasText: '导入' }),
  ).toHaveCount(0)
})

test('a file that would move most of a table to the recycle bin needs explicit confirmation', async ({
  browser,
}, testInfo) => {
  const { b, first, syncB } = await twoOfficesWith48(browser, testInfo)

  // The same office's next file, in which every enrollment was removed.
  await syncB.choose({
    name: '全部移除.banwu',
    mimeType: 'application/octet-stream',
    buffer: await withAllDeleted(first, PASS, 'enrollments'),
  })
  await syncB.check(PASS)
  const refusal = syncB.dryRun.getByTestId('refusal')
  await expect(refusal).toContainText(
    '会把「报名」中的 48 条记录（本机共 48 条，占 100%）移入回收站',
    CRYPTO_WAIT,
  )
  await expect(syncB.dryRunRow('报名')).toHaveText(['报名', '0', '0', '48', '0'])
  const importButton = b.getByRole('button', { name: '导入', exact: true })
  await expect(importButton).toBeDisabled()
  await shot(b, '24-mass-delete-confirm')
  await b.getByLabel('我已和对方确认这些删除是有意的，仍要导入').check()
  await expect(importButton).toBeEnabled()
  await syncB.apply()
  await expect(b.getByTestId('import-done')).toContainText('移入回收站 48 条')

  await syncB.tab('同步记录')
  await expect(b.getByRole('table', { name: '同步记录' })).toContainText(
    '已确认：此文件会把「报名」中的 48 条记录',
  )
})

test('a second office joins the school from one of its files at first run; 设置 shows the school id', async ({
  browser,
}, testInfo) => {
  const fromA = testInfo.outputPath('a.banwu')
  const a = await officeWithOneClassExported(browser, fromA, PASS)

  // 设置 shows the id, to copy for an office that joins by typing it.
  await new AppPage(a).nav('设置')
  await expect(a.getByTestId('school-id')).toHaveText(SYNC_SCHOOL_ID)
  await shot(a, '26-settings-school-id')

  // A new PC: 加入已有学校, from the file; the school's name comes with it.
  const b = await (await browser.newContext()).newPage()
  const app = new AppPage(b)
  await app.open()
  await b.getByLabel('加入已有学校（本校其他办公室已在使用班务通）').check()
  const choosing = b.waitForEvent('filechooser')
  await b.getByRole('button', { name: '选择本校的快照文件…' }).click()
  await (await choosing).setFiles(fromA)
  await expect(b.getByTestId('joined-from-file')).toContainText('「中共松江区委党校」（来自 本部教务科）')
  await expect(b.getByLabel('学校编号')).toHaveValue(SYNC_SCHOOL_ID)
  await expect(b.getByLabel('学校名称')).toHaveValue('中共松江区委党校')
  await b.getByLabel('本机名称').fill('分校区')
  await shot(b, '25-setup-join-from-file')
  await b.getByRole('button', { name: '开始使用' }).click()
  await expect(b.getByTestId('school-name')).toHaveText('中共松江区委党校')

  // Files of the school are matched by the id: A's file imports.
  const syncB = new SyncPage(b)
  await syncB.importFile(fromA, PASS)
  await new AppPage(b).nav('班次')
  await expect(b.getByText('2025年秋季处级班')).toBeVisible()
})

test('a file that would rewrite most of an area needs the same confirmation as a mass delete', async ({
  browser,
}, testInfo) => {
  const { b, first, syncB } = await twoOfficesWith48(browser, testInfo)

  // The same office's next file, in which six fields of every student were rewritten.
  const rewrite = (old: unknown) => `改写-${String(old)}`
  await syncB.choose({
    name: '全部改写.banwu',
    mimeType: 'application/octet-stream',
    buffer: await withAllChanged(first, PASS, 'people', {
      unit: rewrite,
      post: rewrite,
      note: rewrite,
      college: rewrite,
      major: rewrite,
      education: rewrite,
    }),
  })
  await syncB.check(PASS)
  const refusal = syncB.dryRun.getByTestId('refusal')
  await expect(refusal).toContainText('此文件会修改「学员」中 48 条记录的 288 项内容', CRYPTO_WAIT)
  const importButton = b.getByRole('button', { name: '导入', exact: true })
  await expect(importButton).toBeDisabled()
  await shot(b, '27-mass-overwrite-confirm')
  await b.getByLabel('我已和对方确认这些修改是有意的，仍要导入').check()
  await expect(importButton).toBeEnabled()
  await syncB.apply()
  await syncB.tab('同步记录')
  await expect(b.getByRole('table', { name: '同步记录' })).toContainText(
    '已确认：此文件会修改「学员」中 48 条记录',
  )
})
