import { expect, test } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { PlanPage, sharedFixture } from './pages/PlanPage'

const SHOTS = '/tmp/shots-attendance'

test('import the shared plan with a preview, then edit it by hand, copy a day and see the week', async ({
  page,
}) => {
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  const plan = new PlanPage(page)
  await app.start()
  await app.nav('班次')
  await classes.create({
    name: '2025年秋季中青年干部培训班',
    type: '中青班',
    startDate: '2025-09-08',
    endDate: '2025-09-19',
    totalHours: '60',
  })
  await plan.open()
  await expect(page.getByText('还没有教学计划')).toBeVisible()

  // Preview: every session found, the doubtful row flagged, nothing written until 导入.
  await plan.pickImportFile(sharedFixture('schedule-zhongqing-2025.xlsx'))
  await expect(plan.preview).toContainText('识别到 20 门课程（合计 63 学时）')
  await expect(page.getByRole('table', { name: '导入问题' })).toContainText(
    '第13行「学时」：6 学时与时间 09:00-11:30',
  )
  await page.screenshot({ path: `${SHOTS}/plan-import-preview.png`, fullPage: true })
  await page.getByRole('button', { name: '取消' }).click()
  await expect(page.getByText('还没有教学计划')).toBeVisible()

  // Untick one row, import the rest in one go.
  await plan.pickImportFile(sharedFixture('schedule-zhongqing-2025.xlsx'))
  await page.getByRole('checkbox', { name: '导入第22行' }).uncheck()
  await page.getByRole('button', { name: '导入所选 19 门课程' }).click()
  await app.expectNotice('已导入 19 门课程')
  await expect(plan.rows).toHaveCount(19)
  await expect(page.getByTestId('hours-summary')).toContainText('计划合计 60 学时')
  await expect(page.getByTestId('hours-difference')).toBeHidden()

  // Importing the same file again offers only the missing session.
  await plan.pickImportFile(sharedFixture('schedule-zhongqing-2025.xlsx'))
  await expect(page.getByRole('button', { name: '导入所选 1 门课程' })).toBeVisible()
  await page.getByRole('button', { name: '导入所选 1 门课程' }).click()
  await expect(plan.rows).toHaveCount(20)
  await expect(page.getByTestId('hours-summary')).toContainText('计划合计 63 学时')
  await expect(page.getByTestId('hours-difference')).toContainText('差额 +3 学时')
  await page.screenshot({ path: `${SHOTS}/plan-list.png`, fullPage: true })

  // By hand: an evening self-study session; a refused one first.
  await page.getByRole('button', { name: '新增课程' }).click()
  await plan.fillSession({ date: '2025-09-08', slot: '晚上', topic: '', hours: '2' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('dialog')).toContainText('请填写课程内容')
  await plan.fillSession({ topic: '晚自习：学习党章', form: '自学' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(plan.rows).toHaveCount(21)
  await expect(plan.rows.filter({ hasText: '晚自习：学习党章' })).toContainText('18:30–20:30')

  // Copy a day.
  await page
    .getByRole('row', { name: /9月19日（周五）/ })
    .getByRole('button', { name: '复制此日' })
    .click()
  await page.getByRole('dialog').getByLabel('复制到').fill('2025-09-20')
  await page.getByRole('dialog').getByRole('button', { name: '复制' }).click()
  await app.expectNotice('已将9月19日（周五）的 2 门课程复制到9月20日（周六）')
  await expect(plan.rows).toHaveCount(23)

  // The set total wins until the user switches to the plan's.
  await page.getByRole('button', { name: '改用计划学时' }).click()
  await expect(page.getByTestId('hours-summary')).toContainText('班次未设定总学时，以计划为准')

  await page.getByRole('button', { name: '周视图' }).click()
  const week = page.getByTestId('plan-week-view')
  await expect(week).toContainText('第1周')
  await expect(week.getByTestId('week-session')).toHaveCount(11)
  await page.screenshot({ path: `${SHOTS}/plan-week.png`, fullPage: true })
  await page.getByRole('button', { name: '下一周' }).click()
  await expect(week).toContainText('第2周')
  await expect(week).toContainText('9月20日 周六')
  await expect(week.getByTestId('week-session')).toHaveCount(12)

  await page.reload()
  await expect(plan.rows).toHaveCount(23)
})
