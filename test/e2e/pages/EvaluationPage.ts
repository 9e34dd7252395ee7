import { expect, type Locator, type Page } from '@playwright/test'
import type { SheetFile } from './SecondmentPage'

/** A class's 评估 tab: keyboard entry of paper sheets, a survey export's import, the results. */
export class EvaluationPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async open() {
    await this.page.getByRole('tab', { name: '评估', exact: true }).click()
    await expect(this.page.getByTestId('tally-entry')).toBeVisible()
  }

  /** Types one sheet: the digits, the free text, Enter. */
  async enterSheet(digits: string, text = '') {
    const entry = this.page.getByTestId('tally-entry')
    const field = entry.getByLabel(/^评分/)
    await field.fill(digits)
    if (text) await entry.getByLabel('对本班次管理工作的意见和建议').fill(text)
    await field.press('Enter')
    await expect(field).toHaveValue('')
    await expect(field).toBeFocused()
  }

  async importExport(file: SheetFile) {
    await this.page.getByRole('button', { name: '导入问卷平台结果' }).click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.dialog.getByRole('button', { name: '选择文件…' }).click()
    await (await chooser).setFiles(file)
  }
}
