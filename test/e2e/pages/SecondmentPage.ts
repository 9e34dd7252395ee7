import { expect, type Locator, type Page } from '@playwright/test'
import { fillPicker } from '../pickers'

export type SheetFile = { name: string; mimeType: string; buffer: Buffer }

/** A class's 挂职 tab: the 部署会 and meetings, placements, deliverables, 鉴定, sheets. */
export class SecondmentPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  row(name: string): Locator {
    return this.page.getByTestId('secondment-row').filter({ hasText: name })
  }

  async open() {
    await this.page.getByRole('tab', { name: '挂职', exact: true }).click()
    await expect(this.page.getByTestId('secondment-schedule')).toBeVisible()
  }

  async setSchedule(deploymentDate: string, skipped: string) {
    await fillPicker(this.page.getByTestId('secondment-schedule'), '部署会日期', deploymentDate)
    await this.page.getByLabel('不开座谈会的星期五').fill(skipped)
    await this.page.getByRole('button', { name: '保存', exact: true }).click()
    await expect(this.page.getByTestId('secondment-period')).toBeVisible()
  }

  /** Picks a placement list; the dialog stays open showing the preview or the problems. */
  async pickPlacements(file: SheetFile) {
    if (!(await this.dialog.isVisible()))
      await this.page.getByRole('button', { name: '从 Excel 导入挂职安排' }).click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.dialog.getByRole('button', { name: '选择文件…' }).click()
    await (await chooser).setFiles(file)
  }

  async openWork(name: string) {
    await this.row(name).getByRole('button', { name: '材料' }).click()
    await expect(this.dialog).toBeVisible()
  }

  async addTalk(date: string, note: string) {
    await fillPicker(this.dialog, '谈话日期', date)
    await this.dialog.getByLabel('谈话要点').fill(note)
    await this.dialog.getByRole('button', { name: '记录谈话' }).click()
    await expect(this.dialog.getByText(note)).toBeVisible()
  }

  /** Pastes a document of the 三个一 into its tab and saves it. */
  async saveDocument(tab: string, text: string) {
    await this.dialog.getByRole('tab', { name: tab }).click()
    await this.dialog.getByLabel(`${tab}正文`).fill(text)
    await this.dialog.getByRole('button', { name: `保存${tab}` }).click()
    await expect(this.dialog.getByRole('status').filter({ hasText: `已保存${tab}` })).toBeVisible()
  }
}
