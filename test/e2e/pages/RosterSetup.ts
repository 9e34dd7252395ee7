import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, type Page } from '@playwright/test'
import { AppPage } from './AppPage'
import { ClassesPage } from './ClassesPage'
import { RosterPage } from './RosterPage'

/** What the roster specs share: the sample files, a fresh class on its 花名册 tab, screenshots, PDFs. */
export const SCHOOL = resolve(import.meta.dirname, '../../fixtures/school')
export const GENERATED = resolve(import.meta.dirname, '../../fixtures/roster')
export const ZHONGQING = join(SCHOOL, 'roster-zhongqing-2025.xlsx')
export const JIJI = join(SCHOOL, 'roster-jiji-fenzi.xlsx')
const SHOTS = process.env.ROSTER_SHOTS

/** A screenshot under $ROSTER_SHOTS, when set (for looking at every screen). */
export async function shot(page: Page, name: string, fullPage = false) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage })
}

/** A fresh profile with one class, open on its 花名册 tab. */
export async function setUpRoster(page: Page, cls: { name: string; type: string }) {
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create({ ...cls, startDate: '2025-03-03', endDate: '2025-03-28' })
  const roster = new RosterPage(page)
  await roster.open()
  return { app, roster }
}

/** The current print preview as PDF, through the print stylesheet, as text (pdftotext) and page count. */
export async function printedPdf(page: Page, name: string): Promise<{ text: string; pages: number }> {
  // Sheets render once their data has loaded; print only what the user would see (席卡 are cards, not sheets).
  await expect(page.getByTestId('print-preview').locator('.print-sheet, .desk-card').first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const dir = mkdtempSync(join(tmpdir(), 'roster-pdf-'))
  const file = join(dir, `${name}.pdf`)
  writeFileSync(file, pdf)
  if (SHOTS) writeFileSync(join(SHOTS, `${name}.pdf`), pdf)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
  return { text, pages }
}
