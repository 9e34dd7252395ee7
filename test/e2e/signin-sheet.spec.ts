import { expect, test } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { PlanPage, schoolFixture } from './pages/PlanPage'
import { RosterPage } from './pages/RosterPage'
import { printedPdf } from './pages/RosterSetup'

const SHOTS = '/tmp/shots-att2'
const CLASS = '2025年秋季中青年干部培训班'

// A class built through the UI (plan and 48 students) before anything is printed.
test.slow()

/**
 * ARCHITECTURE.md, Printing: an official sheet carries facts only, every date with its year, page
 * numbers when it runs over a page. The 签到表 of the last day (a lecture and the 结业式), 48
 * students, two pages each.
 */
test('the 签到表 says the year, numbers its pages, prints no empty 座号 column, names the 结业式 once', async ({
  page,
}) => {
  const app = new AppPage(page)
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name: CLASS,
    type: '中青班',
    startDate: '2025-09-08',
    endDate: '2025-09-19',
  })
  const plan = new PlanPage(page)
  await plan.open()
  await plan.importFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  const roster = new RosterPage(page)
  await roster.open()
  await roster.importFile(schoolFixture('roster-zhongqing-2025.xlsx'), 48)
  const classId = /#\/classes\/([^/?]+)/.exec(page.url())?.[1]
  expect(classId).toBeTruthy()
  const openSheet = async () => {
    await app.open(`/classes/${classId}/print/signin?date=2025-09-19&order=seat`)
    await expect(page.getByTestId('print-preview').locator('section.print-sheet')).toHaveCount(2)
  }

  // Nobody seated yet: the column is left out, and the preview offers to assign seats.
  await openSheet()
  await expect(page.getByTestId('signin-no-seats')).toContainText('未编排座号，不印座号列')
  await expect(page.getByRole('button', { name: '编排座号' })).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/signin-unseated.png` })
  const { text, pages } = await printedPdf(page, 'signin-day')
  expect(text).toContain('2025年9月19日（周五）')
  expect(text).toContain('结业式')
  expect(text).not.toContain('结业式：结业式')
  expect(text).toContain('专题讲座：数字化转型专题')
  expect(text).not.toContain('座号')
  expect(text).not.toContain('未编排座号')
  // Two sessions of 48 students, two pages each; every page numbered.
  expect(pages).toBe(4)
  const sheets = text.split('\f').filter((p) => p.trim())
  expect(sheets).toHaveLength(4)
  sheets.forEach((p, i) => expect(p).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*4\\s*页`)))

  // One student seated: the column is printed, and the offer is gone.
  await page.getByRole('button', { name: '编排座号' }).click()
  await roster.search('姜敏')
  await roster.editCell('姜敏', 'seat', '1')
  await expect(roster.cell('姜敏', 'seat')).toHaveText('1')
  await openSheet()
  await expect(page.getByTestId('signin-no-seats')).toBeHidden()
  await expect(page.getByTestId('print-preview').getByRole('columnheader', { name: '座号' })).toHaveCount(2)
})
