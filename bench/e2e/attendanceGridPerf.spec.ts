import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { utils, write } from 'xlsx'
import { AppPage } from '../../test/e2e/pages/AppPage'
import { AttendancePage } from '../../test/e2e/pages/AttendancePage'
import { ClassesPage } from '../../test/e2e/pages/ClassesPage'
import { PlanPage } from '../../test/e2e/pages/PlanPage'
import { RosterPage } from '../../test/e2e/pages/RosterPage'

/*
 * Issue 5 benchmark: "a 200-student × 80-session grid — time from a key press to the repainted
 * cell; goal under 50 ms on this machine". The class is built through the real import screens
 * (a generated roster of 200 and a plan of 80 sessions), then status keys are dispatched on the
 * grid and timed in the page until the cell shows the new status and a frame has been painted.
 *
 * This is a measurement, not a timed pass/fail test, and it is not part of `npm test`: it runs with
 * `npm run bench:grid` (playwright.bench.config.ts, the e2e settings with bench/e2e as testDir).
 * The figures are reported as the test's `grid-key-press` annotation and on the console; the test
 * asserts only that every key press marked its cell. The computing part alone is measured by
 * bench/attendanceGrid.bench.ts (docs/attendance.md, docs/benchmarks.md).
 */
test.setTimeout(240_000)

const STUDENTS = 200
const SESSIONS = 80

/** A valid 18-digit ID number (GB 11643 check digit), unique per i. */
function idNumber(i: number): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + i * 86_400_000 * 37)
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const body = `310117${ymd}${String(100 + (i % 900)).padStart(3, '0')}`
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...body].reduce((n, d, k) => n + Number(d) * weights[k]!, 0)
  return body + '10X98765432'[sum % 11]!
}

function workbook(rows: (string | number)[][]): Buffer {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Sheet1')
  return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}

function rosterFile(): string {
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗']
  const given = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军']
  const rows: (string | number)[][] = [['序号', '姓名', '性别', '身份证号码', '工作单位', '职务']]
  for (let i = 0; i < STUDENTS; i++) {
    const name = `${surnames[i % 20]}${given[Math.floor(i / 20) % 10]}`
    rows.push([i + 1, name, i % 2 ? '女' : '男', idNumber(i), `单位${i % 17}`, '科员'])
  }
  const dir = mkdtempSync(join(tmpdir(), 'banwu-perf-'))
  writeFileSync(join(dir, 'roster-200.xlsx'), workbook(rows))
  return join(dir, 'roster-200.xlsx')
}

function planFile(): string {
  const slots = [
    ['上午', '9:00-11:30', 3],
    ['下午', '13:30-16:30', 3],
    ['晚上', '18:30-20:30', 2],
  ] as const
  const rows: (string | number)[][] = [['日期', '时段', '时间', '课程内容', '学时']]
  for (let i = 0; i < SESSIONS; i++) {
    const day = new Date(Date.UTC(2025, 8, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10)
    const [slot, time, hours] = slots[i % 3]!
    rows.push([day, slot, time, `专题${i + 1}`, hours])
  }
  const dir = mkdtempSync(join(tmpdir(), 'banwu-perf-'))
  writeFileSync(join(dir, 'plan-80.xlsx'), workbook(rows))
  return join(dir, 'plan-80.xlsx')
}

/**
 * Runs in the page (plain JavaScript: the e2e project has no DOM types). Presses status keys on
 * the selected cell; for each, the time until the cell shows the new status (React's commit) and
 * until the frame after it has been drawn (a rAF, then a task after it).
 */
const MEASURE = `(async () => {
  const el = document.querySelector('[data-testid="attendance-grid"]')
  const wait = (selector, status) => new Promise((resolve, reject) => {
    const t0 = performance.now()
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('cell never showed ' + status)) }, 10000)
    const observer = new MutationObserver(() => {
      const now = el.querySelector(selector)
      if (!now || now.dataset.status !== status) return
      const commit = performance.now() - t0
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => setTimeout(() => resolve({ commit, paint: performance.now() - t0 }), 0))
    })
    observer.observe(el, { subtree: true, attributes: true, childList: true })
  })
  const want = { '7': 'absent', '2': 'late', '1': 'present' }
  const keys = ['7', '2', '1']
  const out = []
  for (let i = 0; i < 21; i++) {
    const key = keys[i % 3]
    const target = el.querySelector('[data-testid="grid-cell"][aria-selected="true"]')
    const selector = '[data-testid="grid-cell"][data-row="' + target.dataset.row + '"][data-col="' + target.dataset.col + '"]'
    const done = wait(selector, want[key])
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    out.push(await done)
    await new Promise((r) => setTimeout(r, 50))
  }
  return out
})()`

test('measure: a key press on a 200 × 80 grid to the repainted cell', async ({ page }) => {
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({
    name: '性能测试班',
    type: '委托班',
    startDate: '2025-09-01',
    endDate: '2025-09-27',
  })
  const plan = new PlanPage(page)
  await plan.open()
  await plan.importFile(planFile())
  await expect(plan.rows).toHaveCount(SESSIONS)
  const roster = new RosterPage(page)
  await roster.open()
  await roster.importFile(rosterFile(), STUDENTS)

  const att = new AttendancePage(page)
  await att.open()
  await att.view('考勤总表')
  const grid = page.getByRole('grid', { name: '考勤总表' })
  await expect(page.getByText(`${STUDENTS} 名学员 × ${SESSIONS} 门课程`)).toBeVisible()
  // Somewhere in the middle of the class, so the grid has rows and columns either side.
  await page.evaluate(
    `(() => { const el = document.querySelector('[data-testid="attendance-grid"]'); el.scrollTop = 2800; el.scrollLeft = 1600 })()`,
  )
  const cell = grid.locator('[data-row="105"][data-col="45"]')
  await cell.click()
  await expect(cell).toHaveAttribute('aria-selected', 'true')

  const timings = await page.evaluate<{ commit: number; paint: number }[]>(MEASURE)
  const paint = timings.map((t) => t.paint).sort((a, b) => a - b)
  const commit = timings.map((t) => t.commit).sort((a, b) => a - b)
  const median = (xs: number[]) => xs[Math.floor(xs.length / 2)]!
  const report = {
    students: STUDENTS,
    sessions: SESSIONS,
    presses: timings.length,
    commitMedianMs: Math.round(median(commit) * 10) / 10,
    paintMedianMs: Math.round(median(paint) * 10) / 10,
    paintMaxMs: Math.round(paint[paint.length - 1]! * 10) / 10,
  }
  console.log(`key press → repainted cell: ${JSON.stringify(report)}`)
  test.info().annotations.push({ type: 'grid-key-press', description: JSON.stringify(report) })
  await page.screenshot({ path: '/tmp/shots-att2/attendance-grid-200x80.png' })
  // Correctness only: every press was seen on its cell (the last one, 出勤, left it clear)…
  expect(timings).toHaveLength(21)
  await expect(cell).toHaveAttribute('data-status', 'present')
  await page.keyboard.press('7')
  await expect(cell).toHaveAttribute('data-status', 'absent')
  // …and the register followed: the student's 旷课 total shows the morning's 3 学时.
  await expect(grid.locator('[data-summary="absent"][data-row="105"]')).toHaveText('3')
})
