import { expect, test } from '@playwright/test'
import { RosterPersonPage } from './pages/RosterPage'
import { ZHONGQING, setUpRoster } from './pages/RosterSetup'
import { SyncPage } from './pages/SyncPage'

/**
 * Issue 12 point 11: a deleted student's personal data is purged from 回收站 (彻底清除), and
 * neither the recycle bin nor the person page shows it afterwards, also after a reload.
 * Point 7: the passphrase field of 导出快照 with its strength meter and a pattern refused.
 */

test.describe.configure({ timeout: 180_000 })

test('彻底清除: delete a student, purge in 回收站, no ID number or phone left on screen', async ({
  page,
}) => {
  const { app, roster } = await setUpRoster(page, { name: '2025年秋季中青班', type: '中青班' })
  await roster.importFile(ZHONGQING, 48)

  await roster.search('姜敏')
  await roster.rowAction('姜敏', '姜敏的学员页')
  const person = new RosterPersonPage(page)
  await expect(page.getByRole('heading', { name: '姜敏' })).toBeVisible()
  const personUrl = page.url()
  await page.getByLabel('显示完整号码').check()
  const idNumber = (await person.detail('id-number').textContent())!.trim()
  expect(idNumber).toMatch(/^\d{17}[\dX]$/)
  const phone = (await person.detail('phone').textContent())!.trim()
  expect(phone).toMatch(/^1\d{10}$/)

  await page.getByRole('button', { name: '删除', exact: true }).click()
  await page.getByRole('dialog', { name: '删除学员' }).getByRole('button', { name: '移入回收站' }).click()
  await app.expectNotice('已将“姜敏”移入回收站')

  await app.nav('回收站')
  const bin = page.getByRole('table', { name: '回收站中的学员' })
  await expect(bin).toContainText('姜敏')
  await bin.getByRole('button', { name: '彻底清除姜敏' }).click()
  const confirm = page.getByRole('dialog', { name: /彻底清除“姜敏”的个人信息/ })
  await expect(confirm).toContainText('无法撤销')
  await expect(confirm).toContainText('身份证号')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: test.info().outputPath('purge-confirm.png') })
  await confirm.getByRole('button', { name: '彻底清除' }).click()
  await app.expectNotice('已彻底清除“姜敏”的个人信息')
  await expect(confirm).toBeHidden()

  await expect(bin).toContainText('已清除的学员')
  await expect(bin).toContainText('个人信息已彻底清除')
  await expect(bin).not.toContainText('姜敏')
  await expect(bin.getByRole('button', { name: /恢复/ })).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('purge-done.png') })

  // The person page, after a reload: the tombstone, nothing personal, no way to edit or restore.
  await page.goto(personUrl)
  await page.reload()
  await expect(page.getByRole('heading', { name: '已清除的学员' })).toBeVisible()
  await expect(page.getByTestId('person-purged')).toContainText('个人信息已彻底清除')
  await expect(person.detail('id-number')).toHaveText('—')
  await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: '恢复' })).toHaveCount(0)
  for (const value of [idNumber, idNumber.slice(-4), phone, '姜敏'])
    await expect(page.locator('main')).not.toContainText(value)
  await app.nav('回收站')
  await expect(page.getByRole('table', { name: '回收站中的学员' })).toContainText('已清除的学员')
  await expect(page.locator('main')).not.toContainText(idNumber)
})

test('导出快照: the passphrase meter, and a date with the school name refused', async ({ page }) => {
  const sync = new SyncPage(page)
  await sync.app.start()
  await page.setViewportSize({ width: 1366, height: 768 })
  await sync.tab('导出快照')
  const field = page.getByLabel('密码', { exact: true })
  await field.fill('20260301abc')
  await expect(page.getByTestId('passphrase-strength')).toContainText('密码强度：')
  await expect(page.getByText('“20260301”是日期')).toBeVisible()
  await field.fill('松江分校每周二同步数据')
  await expect(page.getByTestId('passphrase-strength')).toContainText('密码强度：很强')
  await expect(page.getByText('是日期')).toHaveCount(0)
  await expect(page.getByTestId('passphrase-keeping')).toContainText('保存在本浏览器的用户资料中')
  await page.screenshot({ path: test.info().outputPath('passphrase-meter.png') })

  // Refused on 导出快照 too, with the same words, and nothing is downloaded.
  await field.fill('1234567890')
  await page.getByLabel('再次输入密码').fill('1234567890')
  await page.getByRole('button', { name: '导出快照' }).click()
  await expect(page.getByRole('alert').filter({ hasText: '“1234567890”是键盘上相邻的按键' })).toBeVisible()
  await expect(page.getByTestId('export-done')).toHaveCount(0)
})
