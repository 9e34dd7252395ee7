import { fillPicker, pickerValue } from './pickers'
import { rowsInView } from './density'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './pages/AppPage'
import { AttendancePage } from './pages/AttendancePage'
import { ClassesPage } from './pages/ClassesPage'
import { LeavePage } from './pages/LeavePage'
import { PlanPage, schoolFixture } from './pages/PlanPage'
import { RosterPage } from './pages/RosterPage'

const SHOTS = '/tmp/shots-att2'

// Each test builds a class from the shared plan and roster through the UI first.
test.slow()

async function classWithPlanAndRoster(page: Page, name: string, type: string) {
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name,
    type,
    startDate: '2025-09-08',
    endDate: '2025-09-19',
    headTeachers: ['王老师'],
  })
  const plan = new PlanPage(page)
  await plan.open()
  await plan.importFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  const roster = new RosterPage(page)
  await roster.open()
  await roster.importFile(schoolFixture('roster-zhongqing-2025.xlsx'), 48)
}

test('leave against 1/7 of 63 学时: the 50 % notice, the limit, over it, and the withdrawal report', async ({
  page,
}) => {
  await classWithPlanAndRoster(page, '2025年区卫健委委托培训班', '委托班')
  const app = new AppPage(page)
  const att = new AttendancePage(page)
  const leave = new LeavePage(page)

  // 姜敏 is marked 旷课 on Tuesday morning before her leave is approved.
  await att.open()
  await att.chooseSession('9月9日（周二）上午')
  await att.mark('jm', '7')

  await leave.open()
  await expect(page.getByTestId('leave-policy')).toContainText('每人累计请假不得超过 9 学时（总学时的1/7）')
  await leave.startRequest('姜敏', {
    type: '因私',
    from: '2025-09-09T08:00',
    to: '2025-09-09T12:00',
    reason: '家中有事',
  })
  const preview = page.getByTestId('leave-preview')
  await expect(preview).toContainText('覆盖 1 门课程，计 3 学时')
  await expect(preview).toContainText('与考勤记录冲突：9月9日（周二）上午 党章党规党纪专题 已记为“旷课”')
  await page.screenshot({ path: `${SHOTS}/leave-form.png` })
  await leave.save()
  // Pending leave counts for nothing.
  await leave.expectMeter('姜敏', '0', 'none')
  await leave.requestRows('姜敏').getByRole('button', { name: '批准', exact: true }).click()
  await expect(leave.dialog.getByLabel('审批人')).toHaveValue('王老师')
  await leave.dialog.getByRole('button', { name: '批准', exact: true }).click()
  await app.expectNotice('已批准')
  await leave.expectMeter('姜敏', '3', 'none')

  // 6 of 9: past the half.
  await leave.startRequest('姜敏', {
    type: '因病',
    status: '已批准',
    approver: '王老师',
    from: '2025-09-10T08:00',
    to: '2025-09-10T12:00',
    reason: '发热就医',
  })
  await expect(preview).toContainText('达到可请假学时（9 学时）的一半')
  await expect(preview).toContainText('因病请假须持相关医院证明，尚未登记')
  await leave.dialog.getByLabel('已查验医院证明').check()
  await leave.save()
  await leave.expectMeter('姜敏', '6', 'notice50')
  await expect(leave.meterRow('姜敏')).toContainText('已请假 6 学时，达到可请假学时（9 学时）的一半')

  // 9 of 9: exactly at the limit — still allowed, no more can be granted.
  await leave.request('姜敏', {
    type: '因私',
    status: '已批准',
    approver: '王老师',
    from: '2025-09-11T08:00',
    to: '2025-09-11T12:00',
    reason: '子女入学',
  })
  await leave.expectMeter('姜敏', '9', 'atLimit')
  await expect(leave.meterRow('姜敏')).toContainText('恰好达到总学时的1/7，不能再批准请假')
  await expect(page.getByTestId('withdraw-alert')).toBeHidden()
  await page.screenshot({ path: `${SHOTS}/leave-at-limit.png`, fullPage: true })

  // Over it: 应作退学处理, with a report to print.
  await leave.startRequest('姜敏', {
    type: '因私',
    from: '2025-09-12T13:00',
    to: '2025-09-12T17:00',
    reason: '家中有事',
  })
  await expect(page.getByTestId('leave-meter-preview')).toContainText(
    '超过总学时的1/7（9 学时），应作退学处理',
  )
  await leave.save()
  await leave
    .requestRows('姜敏')
    .filter({ hasText: '待审批' })
    .getByRole('button', { name: '批准', exact: true })
    .click()
  await expect(leave.dialog).toContainText('超过总学时的1/7')
  await leave.dialog.getByRole('button', { name: '批准', exact: true }).click()
  await leave.expectMeter('姜敏', '12', 'overLimit')
  await expect(leave.meterRow('姜敏')).toContainText(
    '累计请假 12 学时，超过总学时的1/7（9 学时），应作退学处理',
  )
  await expect(page.getByTestId('withdraw-alert')).toContainText('姜敏 应作退学处理')
  // Issue 11 point 7: with warnings stacked up, the meters of most of the class stay in view at
  // 1366×768 (it was 2 rows once banners stacked up).
  await page.setViewportSize({ width: 1366, height: 768 })
  const meterRows = await rowsInView(page.getByTestId('leave-meter-row'))
  console.log(`leave meter rows in view at 1366x768: ${meterRows}`)
  expect(meterRows).toBeGreaterThanOrEqual(10)
  await page.setViewportSize({ width: 1366, height: 800 })
  await page.screenshot({ path: `${SHOTS}/leave-over-limit.png`, fullPage: true })

  await leave.meterRow('姜敏').getByRole('button', { name: '退学处理报告' }).click()
  const notice = page.getByTestId('withdrawal-notice')
  await expect(
    page.getByRole('heading', { name: '关于学员姜敏应作退学处理的报告', exact: true }),
  ).toBeVisible()
  await expect(notice).toContainText('学员工作科：')
  await expect(notice).toContainText('经批准累计请假12学时。本班次总学时为63学时，其1/7为9学时')
  await expect(notice).toContainText('累计请假时间超过总学时1/7的，按退学处理')
  await expect(page.getByTestId('print-preview')).toContainText('班主任：王老师')
  await page.screenshot({ path: `${SHOTS}/leave-withdrawal-notice.png`, fullPage: true })
  await page.getByRole('button', { name: '返回' }).click()

  // Overlapping requests never count a minute twice: the morning and the whole of 9/16 are 6 学时
  // (not 3 + 1.8 + 3).
  await leave.request('魏燕', {
    type: '因私',
    status: '已批准',
    approver: '王老师',
    from: '2025-09-16T08:00',
    to: '2025-09-16T12:00',
    reason: '家中有事',
  })
  await leave.startRequest('魏燕', {
    type: '因病',
    status: '已批准',
    approver: '王老师',
    from: '2025-09-16T10:00',
    to: '2025-09-16T17:00',
    reason: '就医',
  })
  await expect(preview).toContainText('覆盖 2 门课程，计 4.8 学时')
  await expect(page.getByTestId('leave-meter-preview')).toContainText('累计请假 6 学时')
  await leave.dialog.getByLabel('已查验医院证明').check()
  await leave.save()
  await leave.expectMeter('魏燕', '6', 'notice50')

  // 销假 before the end: only the time away counts. A whole day approved, back at noon.
  await leave.request('魏燕', {
    type: '因私',
    status: '已批准',
    approver: '王老师',
    from: '2025-09-17T08:00',
    to: '2025-09-17T17:00',
    reason: '子女入学',
  })
  await leave.expectMeter('魏燕', '12', 'overLimit')
  await leave
    .requestRows('魏燕')
    .filter({ hasText: '2025-09-17 08:00' })
    .getByRole('button', { name: '销假' })
    .click()
  await expect(pickerValue(leave.dialog, '销假时间')).toHaveValue('2025-09-17 17:00')
  await fillPicker(leave.dialog, '销假时间', '2025-09-17T18:30')
  await expect(leave.dialog).toContainText('其间的课程将按无故超假计')
  await fillPicker(leave.dialog, '销假时间', '2025-09-17T12:00')
  await expect(leave.dialog).not.toContainText('其间的课程将按无故超假计')
  await leave.dialog.getByRole('button', { name: '销假', exact: true }).click()
  await expect(leave.dialog).toBeHidden()
  const returned = leave.requestRows('魏燕').filter({ hasText: '2025-09-17 08:00' })
  await expect(returned).toContainText('已销假')
  await expect(returned.getByRole('cell').nth(6)).toHaveText('2025-09-17 12:00')
  await leave.expectMeter('魏燕', '9', 'atLimit')

  // Approved leave marks the sessions; the earlier 旷课 mark on one of them shows as a conflict.
  await att.open()
  await att.chooseSession('9月10日（周三）上午')
  await expect(att.row('姜敏')).toContainText('病假')
  await att.view('统计与登记表')
  await expect(page.getByTestId('register-conflicts')).toContainText(
    '姜敏 · 9月9日（周二）上午 党章党规党纪专题：标记为“旷课”，但该课程在已批准的因私请假内',
  )
})

test('a no-leave class flags any leave for the office; absence after criticism means withdrawal', async ({
  page,
}) => {
  await classWithPlanAndRoster(page, '2025年秋季中青年干部培训班', '中青班')
  const att = new AttendancePage(page)
  const leave = new LeavePage(page)
  await leave.open()
  await expect(leave.tab).toContainText('原则上不得请假')

  await leave.startRequest('魏燕', {
    type: '因公',
    from: '2025-09-09T08:00',
    to: '2025-09-09T17:00',
    reason: '单位紧急任务',
  })
  await expect(leave.dialog.getByLabel('审批人')).toHaveValue('区委组织部')
  await expect(leave.dialog).toContainText('本班次为脱产封闭培训班次，原则上不得请假')
  await leave.save()
  await expect(leave.meterRow('魏燕').getByTestId('leave-flag')).toContainText(
    '本班次为脱产封闭培训班次，原则上不得请假，请报学员工作科',
  )
  // 因公 needs the unit's written request noted.
  await expect(leave.requestRows('魏燕')).toContainText('材料未登记')

  // 批评教育 recorded, then 旷课: 应作退学处理 (seed 000 附2 第九条 3(1)).
  await leave.meterRow('冯伟宇').getByRole('button', { name: '记录' }).click()
  await fillPicker(leave.dialog, '时间', '2025-09-09T17:00')
  await leave.dialog.getByLabel('说明').fill('9月9日上午无故缺课，已谈话批评')
  await leave.dialog.getByRole('button', { name: '保存' }).click()
  await expect(page.getByRole('table', { name: '批评教育与擅自离校记录' })).toContainText('冯伟宇')
  await att.open()
  await att.chooseSession('9月10日（周三）上午')
  await att.mark('fwy', '7')
  await att.mark('吴丽', '7')
  await leave.open()
  await expect(leave.meterRow('吴丽')).toContainText('应进行批评教育并登记')
  await expect(leave.meterRow('冯伟宇')).toContainText('经批评教育仍不能纠正，应作退学处理')
  await leave.meterRow('冯伟宇').getByRole('button', { name: '退学处理报告' }).click()
  await expect(page.getByTestId('withdrawal-notice')).toContainText('（1）2025年9月10日上午旷课（3学时）')
  await page.screenshot({ path: `${SHOTS}/leave-withdrawal-absence.png`, fullPage: true })

  await page.getByRole('button', { name: '返回' }).click()

  // The school's setting: flag unapproved absence at once (第九条 1.) rather than after criticism.
  // Bad input is refused with the field's message, and nothing changes.
  await page.getByRole('button', { name: '请假规则设置' }).click()
  const rules = page.getByRole('dialog', { name: '请假规则设置' })
  await rules.getByLabel('可容忍的旷课、超假学时').fill('-1')
  await rules.getByRole('button', { name: '保存' }).click()
  await expect(rules).toContainText('可容忍的旷课、超假学时不能为负数')
  await rules.getByRole('button', { name: '取消' }).click()
  await expect(page.getByTestId('leave-policy')).toContainText('先批评教育')
  await expect(leave.meterRow('吴丽')).not.toContainText('应作退学处理')

  await page.getByRole('button', { name: '请假规则设置' }).click()
  await rules.getByLabel(/即应作退学处理/).check()
  await rules.getByLabel('可容忍的旷课、超假学时').fill('0')
  await expect(page.getByTestId('leave-rules-preview')).toContainText(
    '未经批准擅自离校或旷课、无故超假的，应作退学处理',
  )
  await page.screenshot({ path: `${SHOTS}/leave-rules.png` })
  await rules.getByRole('button', { name: '保存' }).click()
  await expect(rules).toBeHidden()
  await expect(page.getByTestId('leave-policy')).toContainText(
    '未经批准擅自离校或旷课、无故超假的，应作退学处理',
  )
  await expect(leave.meterRow('吴丽')).toContainText('有未经批准的旷课、擅自离校或无故超假，应作退学处理')
  await leave.meterRow('吴丽').getByRole('button', { name: '退学处理报告' }).click()
  await expect(page.getByTestId('withdrawal-notice')).toContainText(
    '第九条第一款“未经批准擅自离校的，责令退学”',
  )
  await page.getByRole('button', { name: '返回' }).click()

  // Tolerating one morning (3 学时) takes 吴丽's single 旷课 off the list.
  await page.getByRole('button', { name: '请假规则设置' }).click()
  await rules.getByLabel('可容忍的旷课、超假学时').fill('3')
  await rules.getByRole('button', { name: '保存' }).click()
  await expect(rules).toBeHidden()
  await expect(page.getByTestId('leave-policy')).toContainText('超过 3 学时的旷课')
  await expect(leave.meterRow('吴丽')).not.toContainText('应作退学处理')
})
