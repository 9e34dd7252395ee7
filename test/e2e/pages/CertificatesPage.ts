import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** The 证书与登记表 section of a class's 考核 tab, and the PDFs of its print previews. */
export class CertificatesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('tab', { name: '考核', exact: true }).click()
    await this.page
      .getByRole('tablist', { name: '考核内容' })
      .getByRole('tab', { name: '证书与登记表' })
      .click()
    await expect(this.page.getByTestId('certificates-panel')).toBeVisible()
  }

  async setOfficeCode(code: string, template?: string) {
    await this.page.getByRole('button', { name: '证书编号设置…' }).click()
    const dialog = this.page.getByRole('dialog', { name: '证书编号设置' })
    await dialog.getByLabel('本办公室代码（本机）').fill(code)
    if (template) await dialog.getByLabel('证书编号规则（全校统一）').fill(template)
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.page.getByTestId('office-code')).toHaveText(code)
  }

  async issue(classCode: string, count: number) {
    await this.page.getByLabel('班次代码').fill(classCode)
    await this.page.getByRole('button', { name: `编发证书号码（${count} 人）` }).click()
    await expect(this.page.getByRole('alert').filter({ hasText: `已编发证书号码 ${count} 个` })).toBeVisible()
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: '结业证书' })
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name })
  }

  /** The print preview's PDF (print media, the sheet's own page size): its text and page count. */
  async pdf(name: string, shots?: string): Promise<{ text: string; pages: number; file: string }> {
    await expect(this.page.getByTestId('print-preview')).toBeVisible()
    await this.page.emulateMedia({ media: 'print' })
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true })
    await this.page.emulateMedia({ media: 'screen' })
    const file = join(mkdtempSync(join(tmpdir(), 'certificates-')), `${name}.pdf`)
    writeFileSync(file, bytes)
    if (shots) writeFileSync(join(shots, `${name}.pdf`), bytes)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), file }
  }
}
