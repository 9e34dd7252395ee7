import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** A file to hand to the file chooser: a path, or bytes with a name. */
export type RosterFile = string | { name: string; mimeType: string; buffer: Buffer }

/** The 花名册 tab of a class: the grid, its toolbar, and the import dialog. */
export class RosterPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('tab', { name: '花名册' }).click()
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: '花名册' })
  }

  get count(): Locator {
    return this.page.getByTestId('roster-count')
  }

  get empty(): Locator {
    return this.page.getByText('还没有学员')
  }

  row(name: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('gridcell', { name, exact: true }) })
  }

  cell(name: string, field: string): Locator {
    return this.row(name).locator(`[data-field="${field}"]`)
  }

  /** Clicks 导入花名册 and gives the file to the browser's file chooser. */
  async startImport(file: RosterFile): Promise<RosterImportDialog> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '导入花名册' }).click()
    await (await chooser).setFiles(file)
    const dialog = new RosterImportDialog(this.page)
    await expect(dialog.root).toBeVisible()
    return dialog
  }

  /** The whole import with the defaults: mapping as guessed, rows with warnings included. */
  async importFile(file: RosterFile, expectedCount: number) {
    const dialog = await this.startImport(file)
    await dialog.toPreview()
    await dialog.confirm(expectedCount)
    await dialog.finish()
  }

  async search(text: string) {
    await this.page.getByLabel('搜索').fill(text)
  }

  async revealIds(on = true) {
    await this.page.getByLabel('显示完整身份证号').setChecked(on)
  }

  /** Double-clicks a cell, types, and presses Enter (the grid saves through the repositories). */
  async editCell(name: string, field: string, value: string) {
    const cell = this.cell(name, field)
    await cell.dblclick()
    const input = cell.locator('input')
    await input.fill(value)
    await input.press('Enter')
  }

  async rowAction(name: string, label: string) {
    await this.row(name).getByRole('button', { name: label }).click()
  }

  /**
   * Clicks a button in a person's row that opens a dialog about them. The search filter is deferred behind the typed text, so the
   * grid can redraw between finding the button and the click; if the click opened nothing (or a
   * dialog for someone else), close it and click again.
   */
  async openRowDialog(name: string, label: string) {
    await expect(async () => {
      const dialog = this.page.getByRole('dialog')
      if (await dialog.isVisible()) {
        if (await dialog.filter({ hasText: name }).isVisible()) return
        await this.page.keyboard.press('Escape')
        await expect(dialog).toBeHidden({ timeout: 2000 })
      }
      await this.row(name).getByRole('button', { name: label }).click({ timeout: 5000 })
      await expect(this.page.getByRole('dialog')).toBeVisible({ timeout: 5000 })
    }).toPass({ timeout: 60_000 })
  }

  async exportXlsx(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出 Excel' }).click()
    return download
  }

  async print(sheet: string) {
    await this.page.getByRole('button', { name: '打印' }).click()
    await this.page.getByRole('menuitem', { name: sheet }).click()
    await expect(this.page.getByRole('heading', { name: `打印预览：${sheet}` })).toBeVisible()
  }
}

/** 导入花名册: read → (sheet) → columns → preview → confirm → summary. */
export class RosterImportDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: /导入花名册/ })
  }

  get error(): Locator {
    return this.root.getByRole('alert')
  }

  get previewGrid(): Locator {
    return this.root.getByRole('grid', { name: '导入预览' })
  }

  get summary(): Locator {
    return this.root.getByTestId('import-summary')
  }

  async chooseSheet(name: string) {
    await this.root.getByRole('radio', { name: new RegExp(`^${name}（`) }).check()
    await this.root.getByRole('button', { name: '下一步', exact: true }).click()
  }

  /** Sets what a column is imported as (`B` → 姓名, or 不导入). */
  async mapColumn(letter: string, field: string) {
    await this.root.getByRole('combobox', { name: new RegExp(`^${letter}列`) }).click()
    await this.page.getByRole('option', { name: field, exact: true }).click()
  }

  async toPreview() {
    await this.root.getByRole('button', { name: '下一步：预览' }).click()
    await expect(this.previewGrid).toBeVisible()
  }

  /**
   * Every row's text in the preview. The grid renders only the rows in view (virtualised): the
   * caller makes the window tall enough for all `count` rows, and this waits until they are there.
   */
  async previewRowsText(count: number): Promise<string> {
    const rows = this.previewGrid.locator('[role="row"][data-id]')
    await expect(rows).toHaveCount(count)
    return (await rows.allInnerTexts()).join('\n')
  }

  async showOnly(filter: RegExp) {
    await this.root.getByRole('button', { name: filter }).click()
  }

  async confirm(count: number) {
    await this.root.getByRole('button', { name: `确认导入（${count} 人）` }).click()
    await expect(this.summary).toBeVisible()
  }

  async finish() {
    await this.root.getByRole('button', { name: '完成' }).click()
    await expect(this.root).toBeHidden()
  }

  async cancel() {
    await this.root.getByRole('button', { name: '取消' }).click()
    await expect(this.root).toBeHidden()
  }
}

/** A person's page (/people/:id): details and every class attended. */
export class RosterPersonPage {
  constructor(readonly page: Page) {}

  get classes(): Locator {
    return this.page.getByRole('table', { name: '参加过的班次' })
  }

  detail(field: string): Locator {
    return this.page.getByTestId(`person-${field}`)
  }
}
