import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { CRYPTO_WAIT, office, officeWithOneClassExported, SyncPage } from './pages/SyncPage'
import { exportedData, withClockAhead } from './syncFiles'

/**
 * Issue 12 point 1: a file cannot push the clock into the future. A well-formed, well-encrypted
 * file made on a PC whose clock runs 30 days ahead is refused by the dry run, naming that office
 * and what to do; after a reload the app starts normally and its data is unchanged.
 */

const PASS = '松江分校每周二同步数据'
const SHOTS = process.env.SYNC_SHOTS ?? '/tmp/shots-sync'
mkdirSync(SHOTS, { recursive: true })

test.describe.configure({ timeout: 180_000 })

test('a file from a PC whose clock runs ahead is refused; after a reload nothing has changed', async ({
  browser,
}, testInfo) => {
  const fromA = testInfo.outputPath('a.banwu')
  await officeWithOneClassExported(browser, fromA, PASS)

  const b = await office(browser, '分校区')
  await new AppPage(b).nav('班次')
  await new ClassesPage(b).create({ name: '分校区自己的班', type: '委托班', totalHours: '12' })
  const sync = new SyncPage(b)
  const before = testInfo.outputPath('before.banwu')
  await sync.exportTo(before, PASS)

  await sync.choose({
    name: '时钟快了.banwu',
    mimeType: 'application/octet-stream',
    buffer: await withClockAhead(fromA, PASS, 30),
  })
  await sync.check(PASS)
  const refusal = sync.dryRun.getByTestId('refusal')
  await expect(refusal).toContainText('此文件由「本部教务科」导出', CRYPTO_WAIT)
  await expect(refusal).toContainText('比本机时钟快约 30 天')
  await expect(refusal).toContainText('请在那台电脑上改正日期和时间，再重新导出一次')
  await expect(b.getByRole('button', { name: '导入', exact: true })).toBeHidden()
  await b.setViewportSize({ width: 1366, height: 768 })
  await b.screenshot({ path: `${SHOTS}/30-refused-clock-ahead.png` })

  // A reload: the app starts normally, with its own data and nothing of the file.
  await b.reload()
  await new AppPage(b).nav('班次')
  await expect(b.getByText('分校区自己的班')).toBeVisible()
  await expect(b.getByText('2025年秋季处级班')).toHaveCount(0)
  const after = testInfo.outputPath('after.banwu')
  await sync.exportTo(after, PASS)
  expect(await exportedData(after, PASS)).toEqual(await exportedData(before, PASS))
  await sync.tab('同步记录')
  await expect(
    b.getByRole('table', { name: '同步记录' }).getByRole('row').filter({ hasText: '导入' }),
  ).toHaveCount(0)
})
