import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { read, utils, write } from 'xlsx'
import { startWithClass } from './pages/ClassesPage'
import { ChecklistPage } from './pages/ChecklistPage'
import { EvaluationPage } from './pages/EvaluationPage'
import { RosterPage } from './pages/RosterPage'
import { printedPdf, ZHONGQING } from './pages/RosterSetup'

/**
 * Issue 15: the questionnaires as versioned data (a class keeps the version it used), seed 002's
 * 组织员满意度测评 through the same machinery (blank sheets, tallies, the publication threshold, the
 * summary), and the year-end review with assessment, checklist and 满意度测评 figures traced to the
 * class on screen, in the print and in the Excel export, weighted by the school's weighting.
 */
test.describe.configure({ timeout: 300_000 })
const SHOTS = process.env.REVIEW_SHOTS
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CLASS = '2026年春季中青年干部培训班'

/** The first ten students of the sample 中青班 roster, as their own file. */
function rosterOfTen() {
  const wb = read(readFileSync(ZHONGQING))
  const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false })
  const out = utils.book_new()
  utils.book_append_sheet(out, utils.aoa_to_sheet([rows[0]!, rows[1]!, ...rows.slice(2, 12)]), '学员名单')
  return {
    name: '十人名单.xlsx',
    mimeType: XLSX,
    buffer: write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  }
}

/** A fresh profile with the 2026 spring 中青班 (王老师) and ten students; its page is open. */
async function classOfTen(page: Page) {
  // On a loaded machine the first opening of the database can outlast the setup helper's wait.
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '欢迎使用班务通' })).toBeVisible({ timeout: 120_000 })
  const app = await startWithClass(page, {
    name: CLASS,
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-03-27',
    headTeachers: ['王老师'],
  })
  await new RosterPage(page).open()
  await new RosterPage(page).importFile(rosterOfTen(), 10)
  return app
}

test('a questionnaire is edited into a new version; a class keeps the version it used', async ({ page }) => {
  const app = await classOfTen(page)
  const e = new EvaluationPage(page)
  await e.open()
  const count = page.getByTestId('evaluation-count')
  // One class-evaluation sheet on version 1: the class keeps version 1 after the form is edited.
  await e.enterSheet('544534433')
  await expect(count).toContainText('学员对班级管理工作评估问卷（第 1 版）：已收 1 份答卷，全班 10 人')

  // The editor, from the 评估 tab: copy, edit the title, a scale label, reorder, add, save as version 2.
  await page.getByRole('link', { name: '编辑问卷' }).click()
  const view = page.getByTestId('questionnaire-view')
  await expect(view).toContainText('学员对班级管理工作评估问卷（第 1 版）')
  await page.getByRole('button', { name: '复制当前版本并编辑' }).click()
  const editor = page.getByTestId('questionnaire-editor')
  await editor.getByLabel('问卷标题').fill('学员对班级管理工作评估问卷（2026年修订）')
  await editor.getByLabel('第 3 个等次的文字').fill('一般')
  await editor.getByRole('button', { name: '第 9 题上移' }).click() // 住宿 before 伙食
  await editor.getByRole('button', { name: '添加评分题' }).click()
  await editor.getByLabel('第 11 题题目').fill('')
  await expect(page.getByTestId('draft-problems')).toContainText('第 11 题缺少题目文字')
  await expect(editor.getByRole('button', { name: '保存为第 2 版' })).toBeDisabled()
  await editor.getByLabel('第 11 题题目').fill('教室与教学设施')
  await editor.getByRole('button', { name: '第 11 题上移' }).click() // before the free text
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'questionnaire-editor.png'), fullPage: true })
  await editor.getByRole('button', { name: '保存为第 2 版' }).click()
  await app.expectNotice('已保存为第 2 版')
  await expect(view).toContainText('学员对班级管理工作评估问卷（2026年修订）（第 2 版）')
  await expect(view).toContainText('3 一般')
  const questions = page.getByTestId('questionnaire-question')
  await expect(questions).toHaveCount(11)
  await expect(questions.nth(7)).toContainText('住宿')
  await expect(questions.nth(8)).toContainText('伙食')
  await expect(questions.nth(9)).toContainText('教室与教学设施')
  await page.getByLabel('版本').click()
  await page.getByRole('option', { name: '第 1 版' }).click()
  await expect(view).toContainText('学员对班级管理工作评估问卷（第 1 版）')
  await expect(view).toContainText('3 基本满意')
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'questionnaire-view.png') })

  await page.goBack()
  await expect(count).toContainText('（第 1 版）：已收 1 份答卷')
  await expect(page.getByTestId('evaluation-version-kept')).toContainText('问卷已修订为第 2 版')

  // After a reload the versions are still there.
  await page.reload()
  await expect(count).toContainText('（第 1 版）：已收 1 份答卷')
  await app.nav('评估问卷')
  await expect(page.getByTestId('questionnaire-view')).toContainText('（2026年修订）（第 2 版）')
})

test('the 满意度测评 of seed 002 and the year-end review, traced to the class', async ({ page }) => {
  const app = await classOfTen(page)
  // The class's duty checklist: one item completed today, months after its due date (late).
  const checklist = new ChecklistPage(page)
  await checklist.open()
  await checklist.setStatus('key.prep.01', '已完成', '王老师')

  await new EvaluationPage(page).open()
  const count = page.getByTestId('evaluation-count')
  // Seed 002's 满意度测评: blank numbered sheets, two tallies (20 % of 10), the results and summary.
  await page.getByRole('button', { name: '组织员满意度测评' }).click()
  await expect(count).toContainText('组织员（班主任）满意度测评表（第 1 版）：已收 0 份答卷，全班 10 人')
  await page.getByRole('button', { name: '打印空白问卷（10 份）' }).click()
  const preview = page.getByTestId('print-preview')
  await expect(page.getByTestId('blank-number')).toHaveCount(10)
  await expect(preview).toContainText('同吃、同住、同听课、同活动、同娱乐')
  await expect(preview).not.toContainText('姓名')
  await page.getByRole('button', { name: '返回' }).click()
  await expect(count).toContainText('组织员（班主任）满意度测评表')
  const entry = page.getByTestId('tally-entry')
  const digits = entry.getByLabel(/^评分/)
  await digits.fill('55445454')
  await entry.getByLabel('对组织员（班主任）工作的意见和建议').fill('希望多组织小组交流')
  await digits.press('Enter')
  await expect(digits).toHaveValue('')
  await expect(page.getByTestId('evaluation-withheld')).toContainText('只有 1 份答卷，至少 2 份才能公布结果')
  await digits.fill('44445444')
  await digits.press('Enter')
  await expect(count).toContainText('已收 2 份答卷')
  const results = page.getByTestId('evaluation-results')
  await expect(results).toContainText('总体平均分 4.31') // 69 / 16
  await expect(results).toContainText('希望多组织小组交流')
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'satisfaction-tab.png'), fullPage: true })
  await page.getByRole('button', { name: '打印结果汇总' }).click()
  const summary = await printedPdf(page, 'satisfaction-summary')
  expect(summary.pages).toBe(1)
  expect(summary.text).toContain('组织员（班主任）满意度测评表结果汇总')
  expect(summary.text).toContain('希望多组织小组交流')
  await page.getByRole('button', { name: '返回' }).click()

  // The review: every figure of the class on the head teacher's row.
  await app.nav('班主任评估')
  await page.getByLabel('年度').click()
  await page.getByRole('option', { name: '2026年' }).click()
  const row = page.getByTestId('review-row').filter({ hasText: '王老师' })
  await expect(row).toContainText('未定稿')
  await expect(row).toContainText('考核未定稿（不计）')
  await expect(row).toContainText(/事项按时完成 0\/\d+/) // the class ended in March: every item is due
  await expect(row).toContainText('学员评估 0 份（未达公布条件，不计）')
  await expect(row).toContainText('满意度测评 2 份，均分 4.31')

  // The school weighs only the 满意度测评: (4.3125 − 1) / 4 = 82.81.
  await page.getByRole('button', { name: '权重' }).click()
  const dialog = page.getByRole('dialog')
  for (const label of ['带班天数', '学时', '出勤率', '考核合格率', '事项按时完成率', '学员评估'])
    await dialog.getByLabel(label).fill('0')
  await dialog.getByLabel('满意度测评').fill('100')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByText(
      '权重：带班天数 0，学时 0，出勤率 0，考核合格率 0，事项按时完成率 0，学员评估 0，满意度测评 100',
    ),
  ).toBeVisible()
  await expect(row).toContainText('82.81')
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'review.png'), fullPage: true })

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 Excel' }).click()
  const book = read(readFileSync(await (await download).path()), { type: 'buffer' })
  const list = utils.sheet_to_json<unknown[]>(book.Sheets['推荐名单']!, { header: 1, defval: null })
  const line = list.find((r) => r[1] === '王老师')!
  expect(line[0]).toBe(1)
  expect(line.at(-1)).toBe(82.81)
  expect(line).toContain('未定稿')
  const detail = utils.sheet_to_json<unknown[]>(book.Sheets['各班明细']!, { header: 1, defval: null })
  expect(detail[1]!.slice(0, 2)).toEqual(['王老师', CLASS])
  expect(String(detail[1]![2])).toContain('满意度测评 2 份，均分 4.31')

  await page.getByRole('button', { name: '打印' }).click()
  const printed = await printedPdf(page, 'review')
  expect(printed.text).toContain('2026年度班主任带班情况综合评估')
  expect(printed.text).toContain('满意度测评 2 份，均分 4.31')
  expect(printed.text).toContain('82.81')
  await page.getByRole('button', { name: '返回' }).click()

  // After a reload the sheets and the weighting are still there.
  await page.reload()
  // Reopening the database and reading every class can be slow on a loaded machine.
  await expect(page.getByTestId('review-row').filter({ hasText: '王老师' })).toContainText('82.81', {
    timeout: 60_000,
  })
})
