import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { read, utils, write } from 'xlsx'
import { AppPage } from './pages/AppPage'
import { AssessmentPage } from './pages/AssessmentPage'
import { CertificatesPage } from './pages/CertificatesPage'
import { ClassesPage, startWithClass } from './pages/ClassesPage'
import { RosterPage } from './pages/RosterPage'
import { ZHONGQING } from './pages/RosterSetup'
import { office, SyncPage } from './pages/SyncPage'

/**
 * Issue 13: a finalised class gets certificate numbers (优秀 and 合格 only, the office's code in
 * each), a reissue voids one number and never reuses it; the whole class's certificates print to
 * one PDF (plain A4 and 套打) with every name and number in its text; the registers print with
 * page numbers and masked ID numbers, and the assessment table exports to Excel and reads back.
 */
const SHOTS = process.env.CERTIFICATE_SHOTS
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CLASS = '2026年春季中青年干部培训班'

// Two whole flows through the UI, PDFs and (the second) two encrypted exports: minutes on a busy machine.
test.describe.configure({ timeout: 300_000 })

/** The first `count` students of the sample 中青班 roster, as their own file; with their ID numbers. */
function rosterOf(count: number) {
  const wb = read(readFileSync(ZHONGQING))
  const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false })
  const kept = [rows[0]!, rows[1]!, ...rows.slice(2, 2 + count)]
  const idCol = rows[1]!.findIndex((h) => String(h).startsWith('身份证'))
  const out = utils.book_new()
  utils.book_append_sheet(out, utils.aoa_to_sheet(kept), '学员名单')
  return {
    file: {
      name: '十人名单.xlsx',
      mimeType: XLSX,
      buffer: write(out, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    },
    names: kept.slice(2).map((r) => String(r[1])),
    ids: kept.slice(2).map((r) => String(r[idCol])),
  }
}

function pointsSheet(names: readonly string[]) {
  const items = ['课堂纪律', '互动提问', '小组研讨', '班级活动', '学习作业', '结业答辩', '结业小结']
  const rows = [['姓名', ...items], ...names.map((n, i) => [n, ...items.map(() => (i < 2 ? 9 : 8))])]
  const wb = utils.book_new()
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), '平时考核')
  return {
    name: '平时考核.xlsx',
    mimeType: XLSX,
    buffer: write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  }
}

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/** A finalised class made through the 考核 tab: points, an exam with an absentee and a failure, grades, 定稿. */
async function finalisedClass(page: Page) {
  const app = await startWithClass(page, {
    name: CLASS,
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
    headTeachers: ['王老师'],
  })
  const { file, names, ids } = rosterOf(10)
  await new RosterPage(page).open()
  await new RosterPage(page).importFile(file, 10)

  const a = new AssessmentPage(page)
  await a.open()
  const dialog = await a.importPoints(pointsSheet(names))
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog).toBeHidden()

  // The exam: the last student misses it and passes the make-up; the ninth fails both.
  await a.section('考试')
  await a.addExam()
  await a.scoreCell(names[0]!).click()
  for (const [i, n] of names.entries()) {
    await page.keyboard.type(i === 9 ? '缺' : i === 8 ? '50' : String(80 + i))
    await page.keyboard.press('Enter')
    await expect(a.examRow(n)).toBeVisible()
  }
  await a.scoreCell(names[9]!, true).fill('72')
  await a.scoreCell(names[9]!, true).press('Enter')
  await a.scoreCell(names[8]!, true).fill('55')
  await a.scoreCell(names[8]!, true).press('Tab')
  await expect(a.examRow(names[9]!)).toContainText('通过（补考）')

  // Ten students: 优秀 is exactly 2 (⌈1.5⌉ … ⌊2⌋); the ninth failed the make-up, so 不合格.
  await a.section('等次评定')
  await a.gradeButton(names[0]!, '优秀').click()
  await a.gradeButton(names[1]!, '优秀').click()
  await expect(a.verdict).toHaveText('已评优秀 2 人。符合要求')
  // 定稿 numbers the certificates in the same step; this PC's office code is asked for first.
  await a.finaliseWith({ officeCode: 'B', classCode: 'ZQ01' })
  return { app, names, ids }
}

test('a finalised class: numbers, a reissue, certificates and registers in PDF, the table in Excel', async ({
  page,
}) => {
  const { app, names, ids } = await finalisedClass(page)
  const c = new CertificatesPage(page)
  await c.open()
  // Numbered at 定稿: nothing left for the button (kept for numbers still missing).
  await expect(page.getByTestId('office-code')).toHaveText('B')
  await expect(page.getByRole('button', { name: '编发证书号码（0 人）' })).toBeDisabled()
  const passed = names.filter((_, i) => i !== 8)
  for (const [i, n] of passed.entries())
    await expect(c.row(n)).toContainText(`2026ZQ01-B${String(i + 1).padStart(3, '0')}`)
  await expect(c.table).not.toContainText(names[8]!)
  await expect(c.row(names[0]!)).toContainText('优秀')

  // A lost certificate: void and reissue with a reason; the old number stays, voided.
  await c.row(names[2]!).getByRole('button', { name: '补发' }).click()
  const change = page.getByRole('dialog')
  await change.getByLabel('原因').fill('证书遗失')
  await change.getByRole('button', { name: '作废并补发' }).click()
  await app.expectNotice('已补发，新号码 2026ZQ01-B010')
  await expect(c.row('2026ZQ01-B003')).toContainText('已作废（证书遗失')
  await expect(page.getByRole('button', { name: /编发证书号码（0 人）/ })).toBeDisabled()
  await shot(page, 'certificates-panel')

  // The whole class on plain A4, one certificate a page, with a progress bar while it is prepared.
  await page.getByRole('button', { name: '打印证书（A4 完整版式）' }).click()
  await expect(page.getByTestId('certificates-ready')).toHaveText('共 9 张证书')
  await shot(page, 'certificates-plain')
  const plain = await c.pdf('certificates-plain', SHOTS)
  expect(plain.pages).toBe(9)
  const compact = plain.text.replace(/\s+/g, '')
  for (const n of passed) expect(compact).toContain(n)
  expect(compact).not.toContain(names[8]!)
  for (const seq of ['001', '002', '004', '005', '006', '007', '008', '009', '010'])
    expect(compact).toContain(`2026ZQ01-B${seq}`)
  expect(compact).not.toContain('2026ZQ01-B003')
  expect(compact).toContain('2026年3月2日至13日')
  expect(compact).not.toContain('打印预览')

  // 套打: the test page with its grid; moving the print 2 mm right is saved for the school.
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('button', { name: '套打位置设置与测试页' }).click()
  await expect(page.getByTestId('layout-editor')).toBeVisible()
  await page.getByLabel('整体右移').fill('2')
  await page.getByRole('button', { name: '保存位置' }).click()
  await app.expectNotice('套打位置已保存')
  await shot(page, 'certificates-grid')
  const grid = await c.pdf('certificates-grid', SHOTS)
  expect(grid.pages).toBe(1)
  expect(grid.text).toContain('姓名（62, 80）')
  await page.reload()
  await expect(page.getByLabel('整体右移')).toHaveValue('2')
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('button', { name: '套打到证书纸' }).click()
  await expect(page.getByTestId('certificates-ready')).toHaveText('共 9 张证书')
  const overlay = await c.pdf('certificates-overlay', SHOTS)
  expect(overlay.pages).toBe(9)
  for (const n of passed) expect(overlay.text.replace(/\s+/g, '')).toContain(n)
  expect(overlay.text).toContain('2026ZQ01-B010')
  expect(overlay.text).not.toContain('结业证书')

  // The registers: one 考核登记表 page per student, page numbers, masked ID numbers.
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('button', { name: '打印考核登记表' }).click()
  await expect(page.getByTestId('print-preview').locator('.print-sheet')).toHaveCount(10)
  await shot(page, 'assessment-register')
  const reg = await c.pdf('assessment-register', SHOTS)
  expect(reg.pages).toBe(10)
  expect(reg.text).toMatch(/第\s*1\s*页\s*共\s*10\s*页/)
  const regText = reg.text.replace(/\s+/g, '')
  expect(regText).toContain('干部学习培训考核登记表')
  expect(regText).toContain('已点名0次课')
  expect(regText).toContain(`${ids[0]!.slice(0, 6)}********${ids[0]!.slice(-4)}`)
  for (const id of ids) expect(regText).not.toContain(id)
  expect(regText).toContain('结业考试：缺考，补考72（合格）')

  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('button', { name: '打印成绩、证书登记表' }).click()
  await shot(page, 'score-register')
  const scores = (await c.pdf('score-register', SHOTS)).text.replace(/\s+/g, '')
  expect(scores).toContain(`${CLASS}学员成绩、证书登记表`)
  expect(scores).toContain('2026ZQ01-B010')
  expect(scores).toContain('50/55不合格')

  await page.getByRole('button', { name: '返回' }).click()
  await page.getByRole('button', { name: '打印补考名单' }).click()
  const makeUps = (await c.pdf('makeup-list', SHOTS)).text.replace(/\s+/g, '')
  expect(makeUps).toContain(`${names[8]!}`)
  expect(makeUps).toContain('共2人次')

  // The whole table to Excel, read back with SheetJS.
  await page.getByRole('button', { name: '返回' }).click()
  await page.getByTestId('registers-panel').scrollIntoViewIfNeeded()
  await shot(page, 'registers-panel')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出考核汇总（Excel）' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toBe(`${CLASS}-考核汇总.xlsx`)
  const book = read(readFileSync(await saved.path()), { type: 'buffer' })
  expect(book.SheetNames).toEqual(['考核汇总', '成绩证书登记表', '优秀学员名单', '补考名单'])
  const summary = utils.sheet_to_json<unknown[]>(book.Sheets['考核汇总']!, { header: 1, defval: null })
  expect(summary[3]!.slice(0, 3)).toEqual([1, null, names[0]])
  expect(summary[3]!.at(-2)).toBe('优秀')
  expect(summary[3]!.at(-1)).toBe('2026ZQ01-B001')
  expect(summary[5]!.at(-1)).toBe('2026ZQ01-B010')
  expect(summary[11]!.at(-2)).toBe('不合格')
  expect(summary[11]!.at(-1)).toBeNull()
  expect(summary.flat()).not.toContain(ids[0])
  const excellent = utils.sheet_to_json<unknown[]>(book.Sheets['优秀学员名单']!, { header: 1, defval: null })
  expect(excellent.slice(3).map((r) => r[1])).toEqual(names.slice(0, 2))
  // Nothing a PDF reader needs besides: the plain PDF is one file for the class.
  expect(execFileSync('pdfinfo', [plain.file], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59\d/)
})

/** A class of five in an office that is already set up: points, one 优秀 (⌈0.75⌉ … ⌊1⌋), 定稿, numbers. */
async function officeIssues(page: Page, className: string, code: string) {
  await new AppPage(page).nav('班次')
  await new ClassesPage(page).create({
    name: className,
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
  })
  const { file, names } = rosterOf(5)
  await new RosterPage(page).open()
  await new RosterPage(page).importFile(file, 5)
  const a = new AssessmentPage(page)
  await a.open()
  const dialog = await a.importPoints(pointsSheet(names))
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog).toBeHidden()
  await a.section('等次评定')
  await a.gradeButton(names[0]!, '优秀').click()
  // The same class code in both offices: only the office code keeps the numbers apart.
  await a.finaliseWith({ officeCode: code, classCode: 'ZQ01' })
}

async function numbersOf(page: Page, className: string): Promise<string[]> {
  await new AppPage(page).nav('班次')
  await new ClassesPage(page).row(className).click()
  const c = new CertificatesPage(page)
  await c.open()
  await expect(page.getByTestId('duplicate-numbers')).toHaveCount(0)
  const cells = c.table.getByRole('row').locator('td:nth-child(3)')
  await expect(cells).toHaveCount(5)
  return cells.allTextContents()
}

test('two offices issue certificates for two classes, sync both ways, and no number repeats', async ({
  browser,
}, testInfo) => {
  const pass = '松江分校每周二同步数据'
  const main = await office(browser, '本部教务科')
  const branch = await office(browser, '分校区')
  await officeIssues(main, '2026年春季中青班（本部）', 'B')
  await officeIssues(branch, '2026年春季中青班（分校）', 'F')

  await new SyncPage(main).exportTo(testInfo.outputPath('main.banwu'), pass)
  await new SyncPage(branch).importFile(testInfo.outputPath('main.banwu'), pass)
  await new SyncPage(branch).exportTo(testInfo.outputPath('branch.banwu'), pass)
  await new SyncPage(main).importFile(testInfo.outputPath('branch.banwu'), pass)

  for (const page of [main, branch]) {
    const ours = await numbersOf(page, '2026年春季中青班（本部）')
    const theirs = await numbersOf(page, '2026年春季中青班（分校）')
    expect(ours).toEqual([
      '2026ZQ01-B001',
      '2026ZQ01-B002',
      '2026ZQ01-B003',
      '2026ZQ01-B004',
      '2026ZQ01-B005',
    ])
    expect(theirs).toEqual([
      '2026ZQ01-F001',
      '2026ZQ01-F002',
      '2026ZQ01-F003',
      '2026ZQ01-F004',
      '2026ZQ01-F005',
    ])
    expect(new Set([...ours, ...theirs]).size).toBe(10)
  }
  // After the sync the other office's code is taken: choosing it is refused.
  await main.getByRole('button', { name: '证书编号设置…' }).click()
  const dialog = main.getByRole('dialog', { name: '证书编号设置' })
  await dialog.getByLabel('本办公室代码（本机）').fill('F')
  await dialog.getByRole('button', { name: '保存' }).click()
  await expect(dialog).toContainText('代码 F 已由另一台电脑使用')
})
