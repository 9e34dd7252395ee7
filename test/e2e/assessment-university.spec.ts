import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { read, utils, write } from 'xlsx'
import { AssessmentPage } from './pages/AssessmentPage'
import { AttendancePage } from './pages/AttendancePage'
import { CertificatesPage } from './pages/CertificatesPage'
import { startWithClass } from './pages/ClassesPage'
import { RosterPage } from './pages/RosterPage'
import { JIJI } from './pages/RosterSetup'
import { PlanPage, schoolFixture } from './pages/PlanPage'

/**
 * Issue 13, seed 001 7.7–7.9: an 入党积极分子培训班 passes on its written exam. No 优秀 and no
 * quota; the make-up decides; a class with no exam cannot be finalised; certificates go to
 * those who pass. And the quick +/- for 互动提问 and 课堂纪律 beside the roll call (附3 第八条),
 * the same entries as the 考核 tab's 课堂加减分, locked once the class is 定稿.
 */
const SHOTS = process.env.ASSESSMENT_SHOTS
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const RULE = '入党积极分子、发展对象培训班以笔试成绩定合格，不评优秀（《党校培训工作程序》7.7–7.9）'

test.describe.configure({ timeout: 240_000 })

/** The first twelve students of the sample 积极分子 roster, as their own file. */
function roster12() {
  const wb = read(readFileSync(JIJI))
  const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false })
  const kept = rows.slice(0, 13)
  const out = utils.book_new()
  utils.book_append_sheet(out, utils.aoa_to_sheet(kept), 'Sheet1')
  return {
    file: {
      name: '积极分子十二人.xlsx',
      mimeType: XLSX,
      buffer: write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    },
    names: kept.slice(1).map((r) => String(r[1])),
  }
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

test('an 积极分子 class: 合格 on the written exam, no 优秀, the make-up decides, certificates to those who pass', async ({
  page,
}) => {
  await startWithClass(page, {
    name: '2026年春季入党积极分子培训班',
    type: '入党积极分子培训班',
    startDate: '2025-09-08',
    endDate: '2025-09-19',
  })
  await new PlanPage(page).open()
  await new PlanPage(page).importFile(schoolFixture('schedule-zhongqing-2025.xlsx'))
  const { file, names } = roster12()
  const roster = new RosterPage(page)
  await roster.open()
  await roster.importFile(file, 12)

  // The roll call's quick +/-: two questions and one discipline point off for the first student;
  // the clicks neither pick the row nor take the focus from the search box.
  const att = new AttendancePage(page)
  await att.open()
  await att.chooseSession('9月9日（周二）上午')
  await att.search.click()
  const first = att.row(names[0]!)
  await first.getByRole('button', { name: `${names[0]} 互动提问加 1 分` }).click()
  await expect(first.getByLabel(`${names[0]} 互动提问当天`)).toHaveText('+1')
  await first.getByRole('button', { name: `${names[0]} 互动提问加 1 分` }).click()
  await first.getByRole('button', { name: `${names[0]} 课堂纪律减 1 分` }).click()
  await expect(first.getByLabel(`${names[0]} 互动提问当天`)).toHaveText('+2')
  await expect(first.getByLabel(`${names[0]} 课堂纪律当天`)).toHaveText('-1')
  await expect(att.search).toBeFocused()
  await expect(page.getByTestId('roll-call-prompt')).toBeHidden()
  await shot(page, 'rollcall-points')

  const a = new AssessmentPage(page)
  await a.open()
  // The same entries in the 考核 tab's 课堂加减分.
  await page.getByRole('button', { name: '课堂加减分' }).click()
  await page.getByLabel('课次').click()
  await page
    .getByRole('option', { name: /^2025-09-09/ })
    .first()
    .click()
  await expect(
    page.getByRole('table', { name: '课堂加减分' }).getByRole('row').filter({ hasText: names[0]! }),
  ).toContainText(/-1.*\+2/)
  // Nothing typed in 平时考核 is required: only the written exam is missing.
  await a.section('等次评定')
  await expect(page.getByTestId('written-exam-rule')).toContainText(RULE)
  await expect(page.getByTestId('quota-panel')).not.toContainText('第十三条')
  await expect(page.getByTestId('quota-verdict')).toHaveCount(0)
  await expect(page.getByRole('button', { name: '登记校长室调整…' })).toHaveCount(0)
  await expect(a.gradeRow(names[0]!)).toContainText('尚未录入笔试')
  await a.finalise()
  await expect(page.getByTestId('finalise-refusal')).toContainText(
    '本班尚未录入笔试：入党积极分子、发展对象培训班须在培训结束前参加书面考试（《党校培训工作程序》7.7–7.9）',
  )

  // The written exam: ten pass, the eleventh misses it, the twelfth fails; then the make-ups.
  await a.section('考试')
  await a.addExam()
  await a.scoreCell(names[0]!).click()
  for (const [i, n] of names.entries()) {
    await page.keyboard.type(i === 10 ? '缺' : i === 11 ? '50' : String(70 + i))
    await page.keyboard.press('Enter')
    await expect(a.examRow(n)).toBeVisible()
  }
  await expect(a.examRow(names[11]!)).toContainText('待补考')
  await a.section('等次评定')
  await expect(a.gradeRow(names[10]!)).toContainText('待补考')
  await a.section('考试')
  await a.scoreCell(names[10]!, true).fill('72')
  await a.scoreCell(names[10]!, true).press('Enter')
  await a.scoreCell(names[11]!, true).fill('40')
  await a.scoreCell(names[11]!, true).press('Tab')
  await expect(a.examRow(names[10]!)).toContainText('通过（补考）')
  await expect(a.examRow(names[11]!)).toContainText('未通过')

  // Proposals from the exam alone; 优秀 cannot be chosen; 12 students need no 校长室 adjustment.
  await a.section('等次评定')
  await expect(page.getByTestId('written-exam-counts')).toHaveText(
    '本班 12 人：合格 11 人，不合格 1 人，未定 0 人',
  )
  await expect(a.gradeButton(names[0]!, '优秀')).toBeDisabled()
  await expect(a.gradeButton(names[10]!, '合格')).toHaveAttribute('aria-pressed', 'true')
  await expect(a.gradeButton(names[11]!, '不合格')).toHaveAttribute('aria-pressed', 'true')
  await expect(a.gradeRow(names[11]!)).toContainText('不合格')
  await expect(page.getByTestId('quota-panel')).toContainText('可以定稿')
  await shot(page, 'assessment-university-grades')
  await a.finalise()
  await expect(page.getByTestId('finalise-summary')).toHaveText(
    '本班 12 人：优秀 0 人，合格 11 人，不合格 1 人。定稿后等次锁定（解除锁定须说明原因），同时为优秀、合格的 11 人编发结业证书号码；不合格的不发证书。',
  )
  await shot(page, 'assessment-university-finalise')
  await page.keyboard.press('Escape')
  await a.finaliseWith({ officeCode: 'B', classCode: 'JJ01' })
  await expect(a.progress).toHaveText('已定稿 · 考核完整 12/12 人 · 定性评价 0/12 人')

  // 定稿 locks the roll call's +/- too, and says why.
  await att.open()
  await att.chooseSession('9月9日（周二）上午')
  await expect(first.getByRole('button', { name: `${names[0]} 互动提问加 1 分` })).toBeDisabled()
  await expect(first.getByTestId('roll-call-points')).toHaveAttribute(
    'title',
    '本班考核已定稿，不能再加减分（须先在“考核 › 等次评定”解除锁定）',
  )
  await shot(page, 'rollcall-points-locked')

  // Certificates, numbered at 定稿: the eleven who passed, not the one who failed.
  const c = new CertificatesPage(page)
  await c.open()
  await expect(page.getByTestId('office-code')).toHaveText('B')
  for (const [i, n] of names.slice(0, 11).entries())
    await expect(c.row(n)).toContainText(`2025JJ01-B${String(i + 1).padStart(3, '0')}`)
  await expect(page.getByRole('button', { name: '编发证书号码（0 人）' })).toBeDisabled()
  await expect(c.table).not.toContainText(names[11]!)
  await shot(page, 'assessment-university-certificates')
})
