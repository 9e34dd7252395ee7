import { fillPicker } from './pickers'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { utils, write } from 'xlsx'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'
import { PlanPage, schoolFixture } from './pages/PlanPage'

const SHOTS = '/tmp/shots-att2'

// Whole-plan imports, edits and PDF checks: longer than the default minute on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 })

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
  await plan.pickImportFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  await expect(plan.preview).toContainText('识别到 20 门课程（合计 63 学时）')
  await expect(page.getByRole('table', { name: '导入问题' })).toContainText(
    '第13行「学时」：6 学时与时间 09:00-11:30',
  )
  // A ticked row is shown by its checkbox, not tinted as if something were wrong with it.
  await expect(page.getByRole('dialog').locator('tbody tr')).not.toHaveCount(0)
  await expect(page.getByRole('dialog').locator('tr.Mui-selected')).toHaveCount(0)
  await page.screenshot({ path: `${SHOTS}/plan-import-preview.png`, fullPage: true })
  await page.getByRole('button', { name: '取消' }).click()
  await expect(page.getByText('还没有教学计划')).toBeVisible()

  // Untick one row, import the rest in one go.
  await plan.pickImportFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  await page.getByRole('checkbox', { name: '导入第22行' }).uncheck()
  await page.getByRole('button', { name: '导入所选 19 门课程' }).click()
  await app.expectNotice('已导入 19 门课程')
  await expect(plan.rows).toHaveCount(19)
  await expect(page.getByTestId('hours-summary')).toContainText('计划合计 60 学时')
  await expect(page.getByTestId('hours-difference')).toBeHidden()
  // Issue 11: the plan says how many sessions it has, not only a passing notice.
  await expect(page.getByTestId('session-count')).toContainText('共 19 门课程')

  // Importing the same file again offers only the missing session.
  await plan.pickImportFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
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
  await fillPicker(page.getByRole('dialog'), '复制到', '2025-09-20')
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

test('a plan from another year is flagged, and moved to the class start keeping weekdays', async ({
  page,
}) => {
  const app = new AppPage(page)
  const plan = new PlanPage(page)
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name: '2026年春季中青年干部培训班',
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-04-10',
  })
  await plan.open()

  // Last autumn's plan (2025-09-08 to 09-19): nothing wrong in the file, everything outside the class.
  await plan.pickImportFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  await expect(plan.preview).toContainText('20 门课程不在本班日期内')
  await expect(plan.outsideClass).toContainText(
    '20 门课程不在本班日期（2026年3月2日至4月10日）内：表中的课程从 2025年9月8日（周一） 到 2025年9月19日（周五）',
  )
  await expect(plan.outsideClass).toContainText('可将整个计划移后 25 周，从 2026年3月2日（周一） 开始')
  await expect(plan.sessionRow(3)).toContainText('2025年9月8日（周一）')
  await expect(plan.sessionRow(3)).toContainText('不在本班日期内')
  await page.screenshot({ path: `${SHOTS}/plan-import-other-year.png` })

  // Moved: every session inside the class, each on its weekday; 撤销 puts it back.
  await plan.shiftToClassStart()
  await expect(plan.outsideClass).toBeHidden()
  await expect(plan.shifted).toContainText('已将表中的计划整体移后 25 周')
  await expect(plan.sessionRow(3)).toContainText('2026年3月2日（周一）')
  await expect(plan.sessionRow(22)).toContainText('2026年3月13日（周五）')
  await expect(plan.preview).not.toContainText('不在本班日期内')
  await page.screenshot({ path: `${SHOTS}/plan-import-moved.png` })
  await plan.shifted.getByRole('button', { name: '撤销' }).click()
  await expect(plan.sessionRow(3)).toContainText('2025年9月8日（周一）')
  await plan.shiftToClassStart()

  await page.getByRole('button', { name: '导入所选 20 门课程' }).click()
  await app.expectNotice('已导入 20 门课程')
  // The list and the week say the year.
  await expect(page.getByRole('row', { name: /2026年3月2日（周一）/ })).toBeVisible()
  await expect(page.getByText('2025年', { exact: false })).toHaveCount(0)
  await page.getByRole('button', { name: '周视图' }).click()
  await expect(page.getByTestId('plan-week-view')).toContainText('第1周 · 2026年3月2日至8日')
})

/** A workbook with one sheet of these rows, written to a temporary file. */
function workbookFile(name: string, rows: (string | number)[][]): string {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), '课表')
  const path = join(mkdtempSync(join(tmpdir(), 'banwu-plan-')), name)
  writeFileSync(path, write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
  return path
}

test('bad plan files are refused with the file, row and column named, and nothing is written', async ({
  page,
}) => {
  const app = new AppPage(page)
  const plan = new PlanPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name: '2025年区卫健委委托培训班',
    type: '委托班',
    startDate: '2025-09-08',
    endDate: '2025-09-12',
  })
  await plan.open()

  // Not a spreadsheet at all: a photo saved under a spreadsheet's name.
  const dir = mkdtempSync(join(tmpdir(), 'banwu-plan-'))
  const png =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
  writeFileSync(join(dir, '课表.xlsx'), Buffer.from(png, 'base64'))
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  const dialog = page.getByRole('dialog')
  let chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: '选择文件…' }).click()
  await (await chooser).setFiles(join(dir, '课表.xlsx'))
  await expect(dialog.getByRole('alert')).toContainText('文件“课表.xlsx”不是 Excel 或 CSV 表格')
  await expect(dialog.getByRole('button', { name: /^导入所选/ })).toBeDisabled()
  await dialog.getByRole('button', { name: '取消' }).click()

  // A workbook without the columns a plan needs.
  await page.getByRole('button', { name: '从 Excel 导入' }).click()
  chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: '选择文件…' }).click()
  await (
    await chooser
  ).setFiles(
    workbookFile('通讯录.xlsx', [
      ['姓名', '电话'],
      ['张三', '13800000000'],
    ]),
  )
  await expect(plan.preview.getByRole('alert')).toContainText(
    '文件“通讯录.xlsx”工作表“课表”中未找到表头：教学计划至少需要“日期”和“课程内容',
  )
  await expect(dialog.getByRole('button', { name: '导入所选 0 门课程' })).toBeDisabled()
  await page.screenshot({ path: `${SHOTS}/plan-import-no-header.png` })
  await dialog.getByRole('button', { name: '取消' }).click()

  // Rows with mistakes: each named by row and column; those rows stay out, the rest can go in.
  await plan.pickImportFile(
    workbookFile('课表-有错.xlsx', [
      ['2025年委托培训班课程安排'],
      ['日期', '时段', '时间', '课程内容', '教学形式', '授课人', '学时'],
      ['2025-09-08', '上午', '9:00-11:30', '开班式', '开班式', '赵部长', 3],
      ['9月31日', '下午', '13:30-16:30', '专题讲座一', '专题讲座', '孙老师', 3],
      ['2025-09-09', '上午', '25:00-26:00', '专题讲座二', '专题讲座', '李教授', 3],
      ['2025-09-09', '下午', '13:30-16:30', '专题讲座三', '专题讲座', '孙老师', '三'],
      ['2025-09-10', '上午', '9:00-11:30', '', '专题讲座', '孙老师', 3],
      ['2025-09-10', '下午', '13:30-16:30', '外出考察：乡村振兴', '参观考察', '刘处长', 3],
    ]),
  )
  const problems = page.getByRole('table', { name: '导入问题' })
  await expect(plan.preview).toContainText(
    '文件“课表-有错.xlsx”工作表“课表”：识别到 2 门课程（合计 6 学时）；4 条错误',
  )
  await expect(problems).toContainText('第4行「日期」：无法识别日期“9月31日”')
  await expect(problems).toContainText('第5行「时间」：无法识别时间“25:00-26:00”')
  await expect(problems).toContainText('第6行「学时」：无法识别学时“三”')
  await expect(problems).toContainText('第7行「课程内容」：缺少课程内容')
  await page.screenshot({ path: `${SHOTS}/plan-import-row-errors.png` })
  await page.getByRole('button', { name: '导入所选 2 门课程' }).click()
  await app.expectNotice('已导入 2 门课程')
  await expect(plan.rows).toHaveCount(2)
  await expect(plan.rows.filter({ hasText: '外出考察：乡村振兴' })).toContainText('外出考察')
})
