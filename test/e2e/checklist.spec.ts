import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { ChecklistPage } from './pages/ChecklistPage'
import { ChecklistTemplatesPage } from './pages/ChecklistTemplatesPage'
import { ChecklistTodoPage } from './pages/ChecklistTodoPage'
import { ClassesPage } from './pages/ClassesPage'

// Whole flows (a class, its checklist, templates, reloads): two minutes each on a busy machine.
test.describe.configure({ timeout: 120_000 })

/**
 * The head teacher's duty checklist (issue 4). "Today" is pinned to Wednesday 2025-03-05 so that
 * lateness and "this week" (Monday 03-03 to Sunday 03-09) are the same on every run.
 */
const TODAY = new Date('2025-03-05T10:00:00+08:00')
const SHOTS = process.env.CHECKLIST_SHOTS

async function shot(page: Page, name: string, fullPage = true) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

/** 中青班 (重点班级) opening Friday 03-07: its 开班准备 items fell due on 03-04. */
const KEY_CLASS = {
  name: '2025年春季中青班',
  type: '中青班',
  startDate: '2025-03-07',
  endDate: '2025-03-28',
  headTeachers: ['王老师'],
}
/** 委托班 (一般班级) opening Monday 03-10. */
const ORDINARY_CLASS = {
  name: '区卫健委委托培训班',
  type: '委托班',
  startDate: '2025-03-10',
  endDate: '2025-03-14',
  headTeachers: ['李老师'],
}

async function setUp(page: Page) {
  await page.clock.setFixedTime(TODAY)
  const app = new AppPage(page)
  await app.start()
  return { app, classes: new ClassesPage(page), checklist: new ChecklistPage(page) }
}

test('each class gets the template of its tier; ticks survive a reload and show in progress and 我的待办', async ({
  page,
}) => {
  const { app, classes, checklist } = await setUp(page)
  const todo = new ChecklistTodoPage(page)

  await app.nav('班次')
  await classes.create(KEY_CLASS)
  await checklist.open()
  await expect(checklist.template).toHaveText('班主任班务工作事项表（含处级班、中青班、青干班）')
  for (const matter of ['开班仪式', '班级工作安排', '挂职锻炼', '跟踪报道'])
    await expect(checklist.root.getByRole('cell', { name: matter, exact: true })).toBeVisible()
  await expect(checklist.summary).toContainText('0 / 29 项（0%）')
  await expect(checklist.summary).toContainText('已逾期 3')
  await expect(checklist.item('key.prep.01')).toContainText('已逾期 1 天')
  await expect(checklist.item('key.prep.01')).toContainText('王老师')
  await expect(checklist.item('key.prep.04')).not.toContainText('已逾期')
  await shot(page, '01-key-class-checklist')

  await app.nav('班次')
  await classes.create(ORDINARY_CLASS)
  await checklist.open()
  await expect(checklist.template).toHaveText('班主任班务工作事项表（一般班级）')
  await expect(checklist.root.getByRole('cell', { name: '入学教育', exact: true })).toBeVisible()
  await expect(checklist.item('ordinary.during.01')).toContainText('★班主任、相关领导')
  for (const matter of ['开班仪式', '挂职锻炼', '跟踪报道'])
    await expect(checklist.root).not.toContainText(matter)
  await expect(checklist.summary).toContainText('0 / 16 项（0%）')

  // 我的待办 for 王老师, the 中青班's head teacher: three late, four due this week.
  await app.nav('我的待办')
  await expect(page.getByText('请选择或输入人员姓名')).toBeVisible()
  await todo.forPerson('王老师')
  await expect(todo.counts).toHaveText('已逾期 3 项，本周到期 4 项')
  await expect(todo.entries('已逾期').first()).toContainText('2025年春季中青班')
  await expect(todo.entries('已逾期').first()).toContainText('已逾期 1 天')
  await expect(todo.entries('本周到期')).toHaveCount(4)
  await shot(page, '02-my-todo')
  await todo.forDepartment('行政科')
  await expect(todo.counts).toHaveText('已逾期 1 项，本周到期 3 项')

  // An entry opens its class's checklist.
  await todo.forPerson('王老师')
  await todo.entries('已逾期').first().getByRole('link', { name: '2025年春季中青班' }).click()
  await expect(page.getByRole('heading', { name: '2025年春季中青班' })).toBeVisible()
  await expect(checklist.item('key.prep.01')).toBeVisible()

  // Sub-ticks move an item to 进行中; 已完成 asks who (no current user yet) and records it.
  await checklist.tick('key.during.07', '提醒学员校对学员信息，尤其是姓名、身份证')
  await expect(checklist.status('key.during.07')).toHaveValue('inProgress')
  await checklist.setStatus('key.prep.01', '已完成', '王老师', () => shot(page, '08-ask-name', false))
  await expect(checklist.item('key.prep.01')).toContainText('王老师 已完成 2025-03-05 10:00')
  await expect(checklist.item('key.prep.01')).not.toContainText('已逾期')
  await checklist.setStatus('key.during.14', '不适用')
  await expect(checklist.item('key.during.14')).toContainText('王老师 不适用 2025-03-05 10:00')

  await page.reload()
  await expect(checklist.status('key.prep.01')).toHaveValue('done')
  await expect(
    checklist
      .item('key.during.07')
      .getByRole('checkbox', { name: '提醒学员校对学员信息，尤其是姓名、身份证' }),
  ).toBeChecked()
  await expect(checklist.summary).toContainText('2 / 29 项（7%）')
  await expect(checklist.summary).toContainText('已逾期 2')
  await expect(checklist.summary).toContainText('进行中 1')

  // Filter by office: only items naming 校长室 remain.
  await checklist.filterDepartment('校长室')
  await expect(checklist.root.getByRole('cell', { name: '开班仪式', exact: true })).toBeVisible()
  await expect(checklist.item('key.prep.01')).toBeHidden()
  await shot(page, '03-key-class-filtered')

  // The name given is now this PC's current user: 我的待办 opens on it, one late item fewer.
  await app.nav('我的待办')
  await expect(todo.person).toHaveValue('王老师')
  await expect(todo.counts).toHaveText('已逾期 2 项，本周到期 4 项')

  // Home: progress and lateness of each class in preparation or running.
  await app.nav('首页')
  const rows = page.getByTestId('class-checklist-progress')
  await expect(rows.filter({ hasText: '2025年春季中青班' })).toContainText('2 / 29 项（7%）')
  await expect(rows.filter({ hasText: '2025年春季中青班' })).toContainText('逾期 2 项')
  await expect(rows.filter({ hasText: '区卫健委委托培训班' })).toContainText('0 / 16 项（0%）')
  await expect(rows.filter({ hasText: '区卫健委委托培训班' })).toContainText('无逾期')
  await shot(page, '04-home')
})

test('ticking the last 具体工作 line completes an item (undoable); 我的待办 can tick and close', async ({
  page,
}) => {
  const { app, classes, checklist } = await setUp(page)
  const todo = new ChecklistTodoPage(page)
  await app.nav('班次')
  await classes.create(KEY_CLASS)
  await checklist.open()
  await expect(checklist.summary).toContainText('勾选一个事项的全部具体工作，该事项即记为已完成')

  // 开班准备工作 (key.prep.01) has one line: its tick completes it; no current user yet, so it asks.
  const line = '领取教学计划、学员信息表、签到表、培训用书、开班ppt、军训服装'
  await checklist.tick('key.prep.01', line, true, '王老师')
  await expect(checklist.status('key.prep.01')).toHaveValue('done')
  await expect(checklist.item('key.prep.01')).toContainText('王老师 已完成 2025-03-05 10:00')
  await expect(checklist.summary).toContainText('1 / 29 项（3%）')
  await expect(checklist.summary).toContainText('已逾期 2')
  await shot(page, '12-tick-completes', false)
  // Undo: the item is back as it was.
  await app.undoNotice('“开班准备工作”已完成')
  await expect(checklist.status('key.prep.01')).toHaveValue('notStarted')
  await expect(checklist.item('key.prep.01').getByRole('checkbox', { name: line })).not.toBeChecked()
  await expect(checklist.summary).toContainText('0 / 29 项（0%）')

  // 服务教师 (key.during.09) has three lines: 进行中 until the third; unticking one reopens it.
  const boxes = checklist.item('key.during.09').getByRole('checkbox')
  await expect(boxes).toHaveCount(3)
  for (let i = 0; i < 2; i++) {
    await boxes.nth(i).click()
    await expect(boxes.nth(i)).toBeChecked()
    await expect(checklist.status('key.during.09')).toHaveValue('inProgress')
  }
  await boxes.nth(2).click()
  await expect(checklist.status('key.during.09')).toHaveValue('done')
  await expect(checklist.summary).toContainText('1 / 29 项（3%）')
  await boxes.nth(1).click()
  await expect(checklist.status('key.during.09')).toHaveValue('inProgress')
  await expect(checklist.summary).toContainText('0 / 29 项（0%）')

  // 我的待办: tick the only line of a late item, which leaves the list; undo brings it back.
  await app.nav('我的待办')
  await expect(todo.person).toHaveValue('王老师')
  await expect(todo.counts).toHaveText('已逾期 3 项，本周到期 4 项')
  await todo.tick('已逾期', line)
  await expect(todo.counts).toHaveText('已逾期 2 项，本周到期 4 项')
  await app.undoNotice('“开班准备工作”已完成')
  await expect(todo.counts).toHaveText('已逾期 3 项，本周到期 4 项')
  await shot(page, '13-my-todo-ticks')
  // 完成 closes an item from the list.
  await todo.complete('已逾期', '准备学员证')
  await app.expectNotice('已完成')
  await expect(todo.counts).toHaveText('已逾期 2 项，本周到期 4 项')
  await expect(todo.entry('已逾期', '准备学员证')).toHaveCount(0)
  await app.nav('班次')
  await classes.row(KEY_CLASS.name).click()
  await checklist.open()
  await expect(checklist.status('key.prep.03')).toHaveValue('done')
  await expect(checklist.item('key.prep.03')).toContainText('王老师 已完成')
})

test('the checklist prints in the seed layout and as a PDF with the item names and ticks', async ({
  page,
}) => {
  const { app, classes, checklist } = await setUp(page)
  await app.nav('班次')
  await classes.create(KEY_CLASS)
  await checklist.open()
  await checklist.setStatus('key.prep.04', '已完成', '王老师')
  await checklist.openPrint()

  const preview = page.getByTestId('print-preview')
  await expect(preview).toContainText('中共松江区委党校')
  await expect(
    preview.getByRole('heading', { name: '班主任班务工作事项表（含处级班、中青班、青干班）' }),
  ).toBeVisible()
  // 开班准备工作 is one cell over its three rows, as on the paper form.
  await expect(preview.getByRole('cell', { name: '开班准备工作', exact: true })).toHaveAttribute(
    'rowspan',
    '3',
  )
  await expect(preview.getByRole('row').filter({ hasText: '布置教室' })).toContainText('✓ 2025-03-05')
  await shot(page, '05-print-preview')

  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4' })
  const dir = mkdtempSync(join(tmpdir(), 'banwu-checklist-'))
  writeFileSync(join(dir, 'checklist.pdf'), pdf)
  if (SHOTS) writeFileSync(join(SHOTS, 'checklist.pdf'), pdf)
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'checklist.pdf'), '-'], { encoding: 'utf8' })
  for (const words of [
    '班主任班务工作事项表',
    '中共松江区委党校',
    '开班准备工作',
    '开班仪式',
    '挂职锻炼',
    '资料归档',
    '跟踪报道',
  ])
    expect(text).toContain(words)
  expect(text).toContain('✓ 2025-03-05')
  expect(text).not.toContain('打印预览')
})

test('the template library makes versions; a class keeps its own until it applies one; switching before the start', async ({
  page,
}) => {
  const { app, classes, checklist } = await setUp(page)
  const templates = new ChecklistTemplatesPage(page)
  await app.nav('班次')
  await classes.create(ORDINARY_CLASS)
  await checklist.open()
  // The only line of 开班准备工作: ticking it completes the item, as 李老师.
  await checklist.tick(
    'ordinary.prep.01',
    '领取教学计划、学员信息表、席卡、签到表、培训用书、开班ppt',
    true,
    '李老师',
  )

  await app.nav('事项模板')
  await expect(templates.detail).toContainText('班主任班务工作事项表（含处级班、中青班、青干班）')
  await templates.select(/班主任班务工作事项表（一般班级）/)
  await templates.startEditing()
  await templates.addItem('开班准备（开班前）', {
    matter: '安排接送车辆',
    tasks: ['联系车队，确认接送时间和人数'],
    departments: ['行政科'],
  })
  await expect(templates.phase('开班准备（开班前）')).toContainText('★行政科')
  await shot(page, '06-template-editing')
  await templates.saveVersion(2)
  await app.expectNotice('已保存为第 2 版')
  await expect(templates.detail.getByLabel('版本')).toHaveValue('2')

  // The class is still on version 1 until the user applies the update; its tick survives it.
  await app.nav('班次')
  await classes.row(ORDINARY_CLASS.name).click()
  await checklist.open()
  await expect(page.getByText('模板有更新：本班使用第 1 版，模板已有第 2 版。')).toBeVisible()
  await expect(checklist.root).not.toContainText('安排接送车辆')
  await shot(page, '07-template-update-alert')
  await checklist.applyTemplateUpdate('安排接送车辆', () => shot(page, '09-template-update-dialog', false))
  await expect(checklist.root.getByRole('cell', { name: '安排接送车辆' })).toBeVisible()
  await expect(page.getByText('模板有更新')).toBeHidden()
  await expect(
    checklist.item('ordinary.prep.01').getByRole('checkbox', { name: /领取教学计划/ }),
  ).toBeChecked()

  // Before the start the class may take the key-class table; the dialog says what stops counting.
  await checklist.switchTemplate(/含处级班、中青班、青干班/, '以下 1 个事项已有进度', () =>
    shot(page, '10-switch-template-dialog', false),
  )
  await expect(checklist.template).toHaveText('班主任班务工作事项表（含处级班、中青班、青干班）')
  await expect(checklist.summary).toContainText('0 / 29 项')
  await expect(page.getByText('已停用的事项（1）')).toBeVisible()

  // The school's own copy shows in the library.
  await app.nav('事项模板')
  await templates.duplicate('本校重点班级事项表')
  await expect(page.getByRole('button', { name: /本校重点班级事项表/ })).toBeVisible()
  await expect(templates.detail).toContainText('复制自 builtin.key 第 1 版')
})

test('due dates follow the class dates; a due date set by hand keeps its distance', async ({ page }) => {
  const { classes, checklist } = await setUp(page)
  await new AppPage(page).nav('班次')
  await classes.create(ORDINARY_CLASS)
  await checklist.open()
  await expect(checklist.item('ordinary.prep.01')).toContainText('2025-03-07')
  await checklist.editItem(
    'ordinary.prep.02',
    { dueDate: '2025-03-05', note: '先联系学员单位', addResponsible: '赵科长' },
    () => shot(page, '11-item-edit-dialog', false),
  )
  await expect(checklist.item('ordinary.prep.02')).toContainText('2025-03-05*')
  await expect(checklist.item('ordinary.prep.02')).toContainText('李老师、赵科长')
  await expect(checklist.item('ordinary.prep.02')).toContainText('备注：先联系学员单位')

  await page.getByRole('button', { name: '编辑', exact: true }).click()
  await classes.fillForm({ startDate: '2025-03-17', endDate: '2025-03-21' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(checklist.item('ordinary.prep.01')).toContainText('2025-03-14')
  await expect(checklist.item('ordinary.prep.02')).toContainText('2025-03-12*')
  await expect(checklist.item('ordinary.closing.01')).toContainText('2025-03-28')

  // A change of tier after work was recorded does not swap the table by itself; the tab says so.
  await page.getByRole('button', { name: '编辑', exact: true }).click()
  await classes.fillForm({ tier: '重点班级' })
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(page.getByText('本班已改为重点班级，事项表已有记录')).toBeVisible()
  await expect(checklist.template).toHaveText('班主任班务工作事项表（一般班级）')
})
