import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { utils, write } from 'xlsx'
import { AppPage } from '../../test/e2e/pages/AppPage'
import { AssessmentPage } from '../../test/e2e/pages/AssessmentPage'
import { CertificatesPage } from '../../test/e2e/pages/CertificatesPage'
import { ClassesPage } from '../../test/e2e/pages/ClassesPage'
import { RosterPage } from '../../test/e2e/pages/RosterPage'

/*
 * Issue 13 benchmark: "a 200-certificate PDF against the raw cost of printing 200 blank A4 pages in
 * the same run". A class of 200 is built and finalised through the real screens (30 proposed 优秀,
 * the bottom of the quota), numbered, and its certificates (plain A4 design) prepared in the print
 * preview and printed to PDF; the raw cost is Chromium printing 200 empty A4 landscape pages.
 * Not part of `npm test` (playwright.bench.config.ts); figures on the console and as annotations.
 */
test.setTimeout(420_000)

const STUDENTS = 200
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A valid 18-digit ID number (GB 11643 check digit), unique per i. */
function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + i * 86_400_000 * 37)
  const body = `310117${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(100 + (i % 900)).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((n, d, k) => n + Number(d) * weights[k]!, 0)
  return body + '10X98765432'[sum % 11]!
}

function file(name: string, rows: (string | number)[][]) {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Sheet1')
  return {
    name,
    mimeType: XLSX,
    buffer: Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer),
  }
}

test('200 certificates to PDF, against 200 blank A4 pages', async ({ page, browser }) => {
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗']
  const given = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军']
  const names = Array.from(
    { length: STUDENTS },
    (_, i) => `${surnames[i % 20]}${given[Math.floor(i / 20) % 10]}`,
  )
  const roster = [
    ['序号', '姓名', '性别', '身份证号码', '工作单位', '职务'],
    ...names.map((n, i) => [i + 1, n, i % 2 ? '女' : '男', idNumber(i), `单位${i % 17}`, '科员']),
  ]
  const items = ['课堂纪律', '互动提问', '小组研讨', '班级活动', '学习作业', '结业答辩', '结业小结']
  const points = [['姓名', ...items], ...names.map((n, i) => [n, ...items.map(() => (i < 30 ? 9 : 8))])]

  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name: '证书性能测试班',
    type: '中青班',
    startDate: '2026-03-02',
    endDate: '2026-03-13',
  })
  await new RosterPage(page).open()
  await new RosterPage(page).importFile(file('roster-200.xlsx', roster), STUDENTS)
  const a = new AssessmentPage(page)
  await a.open()
  const dialog = await a.importPoints(file('平时考核.xlsx', points))
  await dialog.getByRole('button', { name: '导入' }).click()
  await expect(dialog).toBeHidden()
  await a.section('等次评定')
  await a.finalise()
  await expect(page.getByTestId('finalised-note')).toContainText('等次已锁定', { timeout: 60_000 })
  const c = new CertificatesPage(page)
  await c.open()
  await c.setOfficeCode('B')
  await c.issue('ZQ01', STUDENTS)

  const t0 = Date.now()
  await page.getByRole('button', { name: '打印证书（A4 完整版式）' }).click()
  // Data read and the class's assessment computed: the first pages are being laid out.
  await expect(
    page.getByTestId('certificates-preparing').or(page.getByTestId('certificates-ready')),
  ).toBeVisible({
    timeout: 120_000,
  })
  const loaded = Date.now() - t0
  await expect(page.getByTestId('certificates-ready')).toHaveText(`共 ${STUDENTS} 张证书`, {
    timeout: 120_000,
  })
  const prepared = Date.now() - t0
  await page.emulateMedia({ media: 'print' })
  const t1 = Date.now()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const printed = Date.now() - t1

  const blank = await browser.newPage()
  await blank.setContent(
    `<style>@page { size: A4 landscape; margin: 0 } body { margin: 0 } section { height: 209mm; break-after: page }</style>` +
      '<section></section>'.repeat(STUDENTS),
  )
  const t2 = Date.now()
  const raw = await blank.pdf({ preferCSSPageSize: true })
  const rawMs = Date.now() - t2

  const dir = mkdtempSync(join(tmpdir(), 'certificate-bench-'))
  writeFileSync(join(dir, 'c.pdf'), pdf)
  writeFileSync(join(dir, 'b.pdf'), raw)
  const pages = (f: string) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, f)], { encoding: 'utf8' }))![1])
  expect(pages('c.pdf')).toBe(STUDENTS)
  expect(pages('b.pdf')).toBe(STUDENTS)
  const line = `data loaded ${loaded} ms, all pages prepared ${prepared} ms; printToPDF ${printed} ms (${(pdf.length / 1024).toFixed(0)} KB); 200 blank pages ${rawMs} ms; ratio ${(printed / rawMs).toFixed(2)} ×`
  console.log(`certificate-pdf: ${line}`)
  test.info().annotations.push({ type: 'certificate-pdf', description: line })
})
