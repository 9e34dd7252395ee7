import { rowsInView } from './density'
import { expect, test } from '@playwright/test'
import { RosterGroupsPage } from './pages/RosterGroupsPage'
import { ZHONGQING, printedPdf, setUpRoster, shot } from './pages/RosterSetup'

/** 分组 (issue 3): 小组 and 党小组, split automatically, adjusted by keyboard and by dragging, printed. */

test.describe.configure({ timeout: 180_000 })

test('分组: balanced automatic split, move by keyboard and by dragging, a leader, 分组名单 printed', async ({
  page,
}) => {
  // Tall enough that dragging from one card to another needs no scrolling mid-drag.
  await page.setViewportSize({ width: 1366, height: 1300 })
  const { roster } = await setUpRoster(page, { name: '2025年秋季中青班', type: '中青班' })
  await roster.importFile(ZHONGQING, 48)
  const groups = new RosterGroupsPage(page)
  await groups.open()
  await expect(groups.card('未分组')).toContainText('48 人')
  await groups.autoSplit(6)
  for (let i = 1; i <= 6; i++) await expect(groups.card(`第${i}组`)).toContainText('8 人')
  await expect(groups.card('未分组')).toContainText('0 人')
  await shot(page, '50-groups-split', true)
  // Issue 11 point 7: six groups of eight on one screen at 1366×768 (it took two).
  await page.setViewportSize({ width: 1366, height: 768 })
  const membersInView = await rowsInView(page.locator('[data-testid^="member-"]'))
  console.log(`group members in view at 1366x768: ${membersInView}`)
  expect(membersInView).toBe(48)
  await page.setViewportSize({ width: 1366, height: 1300 })

  const first = groups.card('第1组')
  const someone = (await first
    .getByRole('listitem')
    .first()
    .getByRole('checkbox')
    .getAttribute('aria-label'))!.replace('选择', '')
  await groups.moveTo([someone], '第2组')
  await expect(first).toContainText('7 人')
  await expect(groups.card('第2组')).toContainText('9 人')
  await expect(groups.card('第2组').getByTestId(`member-${someone}`)).toBeVisible()

  await groups.member(someone).dragTo(groups.card('第3组'))
  await expect(groups.card('第3组')).toContainText('9 人')
  await expect(groups.card('第2组')).toContainText('8 人')

  await groups
    .card('第3组')
    .getByRole('button', { name: `设为组长：${someone}` })
    .click()
  await expect(groups.card('第3组').getByRole('button', { name: `取消组长：${someone}` })).toBeVisible()
  await shot(page, '51-groups-adjusted', true)

  await page.getByRole('button', { name: '打印分组名单' }).click()
  await shot(page, '52-print-groups', true)
  const printed = await printedPdf(page, '分组名单')
  expect(printed.text).toContain('第3组（9 人，组长：')
  expect(printed.text).toContain(`${someone}（组长）`)

  // The roster shows the groups and the leader's title.
  await page.getByRole('button', { name: '返回' }).click()
  await roster.open()
  await roster.search(someone)
  await expect(roster.cell(someone, 'groupName')).toHaveText('第3组')
  await expect(roster.cell(someone, 'roles')).toHaveText('第3组组长')

  // 党小组 are a second grouping of the same people, apart from the 小组.
  await groups.open()
  await page.getByRole('button', { name: '党小组', exact: true }).click()
  await expect(groups.card('未分组')).toContainText('48 人')
  await groups.autoSplit(4)
  for (let i = 1; i <= 4; i++) await expect(groups.card(`第${i}党小组`)).toContainText('12 人')
  await expect(groups.card('未分组')).toContainText('0 人')
  await shot(page, '53-party-groups', true)
})
