import { expect, test } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ClassesPage } from './pages/ClassesPage'

test('first run asks for the school and office, and shows them in the title bar after a reload', async ({
  page,
}) => {
  const app = new AppPage(page)
  await app.open()
  // Setup refuses an empty school name with a Chinese message and stays put.
  await page.getByLabel('本机名称').fill('分校区')
  await page.getByRole('button', { name: '开始使用' }).click()
  await expect(page.getByText('请填写学校名称', { exact: true })).toBeVisible()
  await app.completeSetup('中共松江区委党校', '分校区')
  await expect(page.getByTestId('office-name')).toHaveText('分校区')
  await page.reload()
  await expect(page.getByTestId('school-name')).toHaveText('中共松江区委党校')
  await expect(page.getByRole('heading', { name: '欢迎使用班务通' })).toBeHidden()

  // Changeable later in 设置.
  await app.nav('设置')
  await page.getByLabel('本机名称').fill('本部教务科')
  await page.getByRole('button', { name: '保存' }).click()
  await expect(page.getByTestId('office-name')).toHaveText('本部教务科')
  await expect(page.getByTestId('storage-panel')).toContainText('已用空间')
  await expect(page.getByTestId('storage-panel')).toContainText('持久存储')
})

test('create, edit, search and filter classes; they survive a reload', async ({ page }) => {
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  await app.start()
  await app.nav('班次')
  await expect(page.getByText('还没有班次')).toBeVisible()

  // 中青班: key tier and no-leave default from the type.
  await classes.create({
    name: '2025年春季中青年干部培训班',
    type: '中青班',
    startDate: '2025-03-03',
    endDate: '2025-05-30',
    totalHours: '120',
    headTeachers: ['王老师', '李老师'],
    status: '进行中',
  })
  const summary = page.getByTestId('class-summary')
  await expect(summary).toContainText('重点班级')
  await expect(summary).toContainText('原则上不准请假')
  await expect(summary).toContainText('王老师、李老师')
  await expect(summary).toContainText('120 学时')

  // Invalid dates are refused with a Chinese message and nothing is saved.
  await page.getByRole('button', { name: '编辑' }).click()
  await classes.fillForm({ endDate: '2025-01-01' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('结束日期不能早于开始日期')).toBeVisible()
  await classes.fillForm({ endDate: '2025-06-06', name: '2025年春季中青班（第一期）' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('heading', { name: '2025年春季中青班（第一期）' })).toBeVisible()
  await expect(summary).toContainText('2025-03-03 至 2025-06-06')

  // 委托班: ordinary tier by default.
  await app.nav('班次')
  await classes.create({
    name: '某区卫健委委托培训班',
    type: '委托班',
    startDate: '2024-10-08',
    endDate: '2024-10-12',
    totalHours: '30',
  })
  await expect(summary).toContainText('一般班级')
  await expect(summary).toContainText('累计不超过总学时的 1/7')

  await app.nav('班次')
  await expect(classes.table.getByRole('row')).toHaveCount(3)
  await classes.search('中青')
  await expect(classes.table.getByRole('row')).toHaveCount(2)
  await expect(classes.row('第一期')).toBeVisible()
  await classes.search('王老师')
  await expect(classes.table.getByRole('row')).toHaveCount(2)
  await classes.search('')
  await page.getByLabel('年度').click()
  await page.getByRole('option', { name: '2024年' }).click()
  await expect(classes.table.getByRole('row')).toHaveCount(2)
  await expect(classes.row('委托培训班')).toBeVisible()

  await page.reload()
  await expect(classes.table.getByRole('row')).toHaveCount(3)
  await classes.row('第一期').click()
  await expect(summary).toContainText('进行中')
})

test('a new class has no type until chosen; a class long past its 结业日期 is suggested 已结业', async ({
  page,
}) => {
  // Seven months after the class ended (issue 11, points 9 and 11).
  await page.clock.setFixedTime(new Date('2025-10-28T10:00:00+08:00'))
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  await app.start()
  await app.nav('班次')

  // The form starts with no type and nothing the type would switch on; saving asks for a type.
  await page.getByRole('button', { name: '新建班次' }).first().click()
  const dialog = page.getByRole('dialog')
  await classes.fillForm({ name: '2025年春季中青年干部培训班' })
  await expect(dialog.getByRole('switch', { name: '原则上不准请假' })).not.toBeChecked()
  await expect(dialog.getByRole('switch', { name: '住校' })).not.toBeChecked()
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog.getByText('请选择班次类型')).toBeVisible()
  await classes.fillForm({ type: '中青班' })
  await expect(dialog.getByRole('switch', { name: '原则上不准请假' })).toBeChecked()
  await classes.fillForm({
    startDate: '2025-03-03',
    endDate: '2025-03-28',
    status: '进行中',
    headTeachers: ['王老师'],
  })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('class-summary')).toContainText('重点班级')

  // Its page and 首页 both say the end date has passed.
  await expect(page.getByTestId('finish-suggestion')).toContainText('结业日期 2025-03-28 已过')
  // A late item's chip shows its whole text.
  await page.getByRole('tab', { name: '班务事项' }).click()
  const chip = page.getByTestId('checklist-item-key.prep.01').getByText('已逾期 242 天')
  await expect(chip).toBeVisible()
  expect(
    await chip.evaluate(
      (el: { scrollWidth: number; clientWidth: number }) => el.scrollWidth <= el.clientWidth,
    ),
  ).toBe(true)
  await app.nav('首页')
  const progress = page.getByTestId('class-checklist-progress')
  await expect(progress).toContainText('已过结业日期')
  await expect(progress).toContainText('逾期 29 项')
  if (process.env.CLASSES_SHOTS)
    await page.screenshot({ path: `${process.env.CLASSES_SHOTS}/home-finish-suggestion.png` })

  // One click marks it 已结业 (undoable); it leaves the running classes.
  await page.getByTestId('finish-suggestion').getByRole('button', { name: '标为已结业' }).click()
  await app.undoNotice('已将“2025年春季中青年干部培训班”标为已结业')
  await expect(page.getByTestId('finish-suggestion')).toBeVisible()
  await page.getByTestId('finish-suggestion').getByRole('button', { name: '标为已结业' }).click()
  await app.expectNotice('已将“2025年春季中青年干部培训班”标为已结业')
  await expect(page.getByTestId('finish-suggestion')).toBeHidden()
  await expect(progress).toHaveCount(0)
  await expect(page.getByText('已结业的班次').locator('..')).toContainText('1')
})

test('delete moves a class to the recycle bin, and restore brings it back', async ({ page }) => {
  const app = new AppPage(page)
  const classes = new ClassesPage(page)
  await app.start()
  await app.nav('班次')
  await classes.create({ name: '入党积极分子培训班2025', type: '入党积极分子培训班', totalHours: '24' })
  await page.getByRole('button', { name: '删除' }).click()
  await expect(page.getByRole('dialog')).toContainText('可随时从回收站恢复')
  await page.getByRole('button', { name: '移入回收站' }).click()
  await app.expectNotice('已将“入党积极分子培训班2025”移入回收站')
  await expect(page.getByText('还没有班次')).toBeVisible()

  await app.nav('回收站')
  const bin = page.getByRole('table', { name: '回收站' })
  await expect(bin.getByRole('row').filter({ hasText: '入党积极分子培训班2025' })).toBeVisible()
  await page.reload()
  await bin
    .getByRole('row')
    .filter({ hasText: '入党积极分子培训班2025' })
    .getByRole('button', { name: '恢复' })
    .click()
  await expect(bin.getByText('回收站是空的')).toBeVisible()

  await app.nav('班次')
  await expect(classes.row('入党积极分子培训班2025')).toBeVisible()
})
