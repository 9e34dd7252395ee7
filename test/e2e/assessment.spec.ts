import { expect, test, type Page } from '@playwright/test'
import dayjs from 'dayjs'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { read, utils, write } from 'xlsx'
import { AppPage } from './pages/AppPage'
import { AssessmentPage } from './pages/AssessmentPage'
import { ClassesPage } from './pages/ClassesPage'
import { RosterPage } from './pages/RosterPage'
import { ZHONGQING } from './pages/RosterSetup'

const SHOTS = process.env.ASSESSMENT_SHOTS
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

// A 43-person class through every section, 定稿 twice: minutes on a busy machine.
test.describe.configure({ timeout: 300_000 })

/** The first 43 students of the sample 中青班 roster, as a roster file of their own. */
function roster43(): { file: { name: string; mimeType: string; buffer: Buffer }; names: string[] } {
  const wb = read(readFileSync(ZHONGQING))
  const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false })
  const kept = [rows[0]!, rows[1]!, ...rows.slice(2, 45)]
  const out = utils.book_new()
  utils.book_append_sheet(out, utils.aoa_to_sheet(kept), '学员名单')
  return {
    file: {
      name: '四十三人名单.xlsx',
      mimeType: XLSX,
      buffer: write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    },
    names: kept.slice(2).map((r) => String(r[1])),
  }
}

/** A points sheet: 姓名 and the seven typed items, every student 8 points on each. */
function pointsSheet(names: readonly string[], extraRow?: string[]) {
  const items = ['课堂纪律', '互动提问', '小组研讨', '班级活动', '学习作业', '结业答辩', '结业小结']
  const rows: (string | number)[][] = [['姓名', ...items], ...names.map((n) => [n, ...items.map(() => 8)])]
  if (extraRow) rows.push(extraRow)
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '平时考核')
  return {
    name: '平时考核.xlsx',
    mimeType: XLSX,
    buffer: write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  }
}

/** 从 Excel 导入成绩 with these rows; the dialog's summary, then 导入. */
async function importScoresWith(page: Page, rows: (string | number)[][], students: number) {
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '成绩')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: '从 Excel 导入成绩' }).click()
  await (
    await chooser
  ).setFiles({
    name: '成绩.xlsx',
    mimeType: XLSX,
    buffer: write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  })
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText(`将导入 ${students} 名学员的成绩`)
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog).toBeHidden()
}

test('a 43-person class: points, an exam with make-ups, the 优秀 quota, a veto, 定稿 that persists', async ({
  page,
}) => {
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  // The class ends within two weeks: 首页 lists it while its assessment is open.
  const start = dayjs().subtract(10, 'day').format('YYYY-MM-DD')
  const end = dayjs().add(5, 'day').format('YYYY-MM-DD')
  await new ClassesPage(page).create({
    name: '2026年春季中青班',
    type: '中青班',
    startDate: start,
    endDate: end,
  })
  const classUrl = page.url()
  const { file, names } = roster43()
  const roster = new RosterPage(page)
  await roster.open()
  await roster.importFile(file, 43)

  const a = new AssessmentPage(page)
  const importScores = (rows: (string | number)[][], students: number) =>
    importScoresWith(page, rows, students)
  await a.open()
  await expect(page.getByTestId('assessment-scheme')).toContainText('没有规定权重和分值，由学校确定')
  await expect(a.progress).toHaveText('考核完整 0/43 人 · 定性评价 0/43 人')

  // A sheet naming someone not in the class is refused whole: nothing is written.
  let dialog = await a.importPoints(pointsSheet(names, ['张无名', '8']))
  await expect(dialog.getByTestId('import-problems')).toContainText(
    '平时考核.xlsx（工作表“平时考核”）第45行 A列：本班没有学员“张无名”',
  )
  await dialog.getByRole('button', { name: '关闭' }).click()
  await expect(a.pointsCell('姜敏', '互动提问')).toHaveValue('')

  dialog = await a.importPoints(pointsSheet(names))
  await expect(dialog).toContainText(
    '将导入 43 名学员的课堂纪律、互动提问、小组研讨、班级活动、学习作业、结业答辩、结业小结，共 301 项分数',
  )
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog).toBeHidden()
  await expect(a.pointsCell('孟刚俊', '结业小结')).toHaveValue('8')
  // By keyboard: Enter saves and moves down.
  await a.pointsCell('姜敏', '互动提问').click()
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  await expect(a.pointsCell('魏燕', '互动提问')).toBeFocused()
  await expect(a.pointsRow('姜敏')).toContainText('55')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-points.png` })

  // A qualitative rating and the 党小组评议鉴定.
  await a.section('定性评价')
  await page.getByLabel('姜敏 专家点评').selectOption('优秀')
  await page.getByRole('row').filter({ hasText: '姜敏' }).getByRole('button', { name: /评语/ }).click()
  await page.getByRole('dialog').getByLabel('党小组评议鉴定').fill('学习认真，发言积极。')
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(
    page.getByRole('row').filter({ hasText: '姜敏' }).getByRole('button', { name: '评语（1）' }),
  ).toBeVisible()
  await expect(a.progress).toContainText('定性评价 1/43 人')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-evaluations.png` })

  // 学员互评 from printed ballots: the blank ballot lists every classmate (no ID numbers) …
  await page.getByRole('button', { name: '打印学员互评票' }).click()
  const ballot = page.getByTestId('print-preview')
  await expect(ballot).toContainText('2026年春季中青班学员互评票')
  await expect(ballot.locator('tbody tr')).toHaveCount(43)
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-peer-ballot.png`, fullPage: true })
  await page.emulateMedia({ media: 'print' })
  const ballotPdf = await page.pdf({ format: 'A4' })
  await page.emulateMedia({ media: 'screen' })
  const pdfDir = mkdtempSync(join(tmpdir(), 'banwu-ballot-'))
  writeFileSync(join(pdfDir, 'ballot.pdf'), ballotPdf)
  const ballotText = execFileSync('pdftotext', [join(pdfDir, 'ballot.pdf'), '-'], { encoding: 'utf8' })
  for (const words of ['学员互评票', names[0]!, names[42]!, '优秀', '较差', '年＿＿月'])
    expect(ballotText).toContain(words)
  expect(ballotText).not.toMatch(/\d{17}[\dXx]/)
  await page.getByRole('button', { name: '返回' }).click()
  // … and the tallies typed for one student give the rating by the rule on screen (a tie: the lower).
  await page.getByRole('button', { name: '录入互评票数' }).click()
  dialog = page.getByRole('dialog', { name: '学员互评：录入选票统计' })
  await expect(dialog).toContainText('得票相同时取其中较低的等级')
  await dialog.getByLabel('姜敏 优秀票数').fill('20')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('20')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('2')
  await expect(dialog.getByRole('row').filter({ hasText: '姜敏' })).toContainText('42良好')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-peer-tally.png` })
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('姜敏 学员互评')).toHaveValue('good')

  // An exam with two absentees, typed down the column; 缺 is 缺考.
  await a.section('考试')
  await a.addExam()
  // The first five by keyboard (邓琳 absent), the rest from a sheet (黄晨 缺考; blanks keep the typed).
  await a.scoreCell(names[0]!).click()
  for (const [i, n] of names.slice(0, 5).entries()) {
    await page.keyboard.type(n === '邓琳' ? '缺' : String(70 + i))
    await page.keyboard.press('Enter')
  }
  await expect(a.scoreCell(names[5]!)).toBeFocused()
  await importScores(
    [['姓名', '成绩'], ...names.map((n, i) => [n, i < 5 ? '' : n === '黄晨' ? '缺考' : 70 + (i % 25)])],
    38,
  )
  await expect(a.examRow('孟刚俊')).toContainText('通过')
  await expect(page.getByTestId('exam-counts')).toContainText(
    '已录入 43/43 人，缺考 2 人，首次不及格 0 人，待补考 2 人',
  )
  await expect(a.scoreCell('邓琳')).toHaveValue('缺考')
  // The 补考名单, and the make-up beside the first sitting decides.
  await page.getByLabel(/只看补考名单（2 人）/).check()
  await expect(page.getByTestId(/^exam-row-/)).toHaveCount(2)
  await a.scoreCell('邓琳', true).fill('72')
  await a.scoreCell('邓琳', true).press('Enter')
  // The other make-up from a sheet (成绩 blank: the first sitting stays 缺考).
  await importScores(
    [
      ['姓名', '成绩', '补考成绩'],
      ['黄晨', '', 66],
    ],
    1,
  )
  await expect(a.scoreCell('黄晨', true)).toHaveValue('66')
  await expect(a.examRow('邓琳')).toContainText('通过（补考）')
  await expect(a.examRow('黄晨')).toContainText('通过（补考）')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-exam.png` })

  // 等次评定: equal totals are never split, so nobody is proposed 优秀 over the quota.
  await a.section('等次评定')
  await expect(page.getByTestId('quota-panel')).toContainText('本班 43 人（不含退学学员）')
  await expect(page.getByTestId('quota-panel')).toContainText('即 7–8 人')
  await expect(a.verdict).toContainText('已评优秀 0 人。优秀应为 7–8 人，现为 0 人，还差 7 人')

  // A recorded sanction vetoes 合格 and 优秀, and the screen says why.
  await a.gradeRow('吕波').getByRole('button', { name: '登记处分' }).click()
  await page.getByRole('dialog').getByLabel(/处分/).fill('2026年3月 党内警告')
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await expect(a.gradeRow('吕波').getByTestId('veto-reason')).toHaveText(
    '有违纪记录（处分：2026年3月 党内警告）：考核不予合格（附3 第十四条）',
  )
  await expect(a.gradeButton('吕波', '合格')).toBeDisabled()
  await expect(a.gradeButton('吕波', '优秀')).toBeDisabled()
  await expect(a.gradeButton('吕波', '不合格')).toHaveAttribute('aria-pressed', 'true')

  const top = names.slice(0, 9)
  for (const n of top.slice(0, 6)) await a.gradeButton(n, '优秀').click()
  await expect(a.verdict).toContainText('已评优秀 6 人。优秀应为 7–8 人，现为 6 人，还差 1 人')
  await a.finalise()
  await expect(page.getByTestId('finalise-refusal')).toContainText('优秀应为 7–8 人，现为 6 人，还差 1 人')
  await expect(page.getByTestId('finalised-note')).toBeHidden()

  await a.gradeButton(top[6]!, '优秀').click()
  await expect(a.verdict).toHaveText('已评优秀 7 人。符合要求')
  await a.gradeButton(top[7]!, '优秀').click()
  await expect(a.verdict).toHaveText('已评优秀 8 人。符合要求')
  // The ninth is refused.
  await a.gradeButton(top[8]!, '优秀').click()
  await app.expectNotice('不能这样评定：优秀最多 8 人，已有 8 人：请先把其他学员改为合格')
  await expect(a.gradeButton(top[8]!, '优秀')).toHaveAttribute('aria-pressed', 'false')
  await expect(a.verdict).toHaveText('已评优秀 8 人。符合要求')
  await a.gradeButton(top[7]!, '合格').click()
  await expect(a.verdict).toHaveText('已评优秀 7 人。符合要求')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-grades.png` })

  // 首页 lists the class while its assessment is open.
  await app.nav('首页')
  await expect(page.getByTestId('assessment-due')).toContainText('2026年春季中青班')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-home.png` })
  await page.goto(classUrl)
  await a.open()
  await a.section('等次评定')

  // 定稿 numbers the certificates in the same step; this PC has no office code yet: asked first,
  // with the check of 证书编号设置.
  await a.finalise()
  const finaliseDialog = page.getByRole('dialog', { name: '定稿' })
  await expect(finaliseDialog.getByTestId('finalise-summary')).toContainText(
    '本班 43 人：优秀 7 人，合格 35 人，不合格 1 人。定稿后等次锁定（解除锁定须说明原因），同时为优秀、合格的 42 人编发结业证书号码',
  )
  await finaliseDialog.getByLabel('本办公室代码（本机）').fill('1')
  await finaliseDialog.getByLabel('班次代码').fill('ZQ01')
  await finaliseDialog.getByRole('button', { name: '定稿', exact: true }).click()
  await expect(finaliseDialog).toContainText('办公室代码应为 1 至 3 个大写英文字母')
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-finalise-dialog.png` })
  await finaliseDialog.getByLabel('本办公室代码（本机）').fill('B')
  await finaliseDialog.getByRole('button', { name: '定稿', exact: true }).click()
  await expect(finaliseDialog).toBeHidden()
  await app.expectNotice('考核已定稿，等次已锁定；已编发证书号码 42 个')
  await expect(page.getByTestId('finalised-note')).toContainText('等次已锁定')
  await expect(a.gradeButton(names[0]!, '合格')).toBeDisabled()

  // After a reload everything is still there, locked.
  await page.reload()
  await a.open()
  await expect(a.progress).toHaveText('已定稿 · 考核完整 43/43 人 · 定性评价 1/43 人')
  await a.section('等次评定')
  await expect(page.getByTestId('finalised-note')).toBeVisible()
  await expect(a.verdict).toHaveText('已评优秀 7 人。符合要求')
  await expect(a.gradeButton('吕波', '不合格')).toHaveAttribute('aria-pressed', 'true')
  await expect(a.gradeButton(top[6]!, '优秀')).toHaveAttribute('aria-pressed', 'true')
  await a.section('考试')
  await expect(a.scoreCell('黄晨', true)).toHaveValue('66')
  await expect(a.scoreCell('黄晨', true)).toBeDisabled()
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-finalised.png` })
  // Unlocking needs a reason, and is logged; 定稿 again.
  await a.section('等次评定')
  await page.getByRole('button', { name: '解除锁定…' }).click()
  await page.getByRole('dialog').getByRole('button', { name: '解除锁定' }).click()
  await expect(page.getByRole('dialog')).toContainText('解除锁定须说明原因')
  await page.getByRole('dialog').getByLabel(/原因/).fill('补录结业小结')
  await page.getByRole('dialog').getByRole('button', { name: '解除锁定' }).click()
  await expect(page.getByTestId('finalise-log')).toContainText('解除锁定（补录结业小结）')
  await expect(a.gradeButton(names[0]!, '合格')).toBeEnabled()
  // 吕波's sanction withdrawn, 合格: the second 定稿 numbers him (the others keep theirs).
  await a.gradeRow('吕波').getByRole('button', { name: '处分…' }).click()
  await page.getByRole('dialog').getByLabel(/处分/).fill('')
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
  await a.gradeButton('吕波', '合格').click()
  await expect(a.gradeButton('吕波', '合格')).toHaveAttribute('aria-pressed', 'true')
  await a.finaliseWith()
  await app.expectNotice('考核已定稿，等次已锁定；已编发证书号码 1 个')
  // The class's 概况 shows the progress; 首页 no longer lists it.
  await page.getByRole('tab', { name: '概况' }).click()
  await expect(page.getByTestId('assessment-summary')).toContainText(
    '已定稿；考核完整 43/43 人，定性评价 1/43 人',
  )
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessment-overview.png` })
  await app.nav('首页')
  await expect(page.getByTestId('assessment-due')).toHaveCount(0)
})
