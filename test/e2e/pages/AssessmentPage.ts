import { expect, type Locator, type Page } from '@playwright/test'

/** A file to hand to the file chooser: a path, or bytes with a name. */
export type SheetFile = string | { name: string; mimeType: string; buffer: Buffer }

/** The class's 考核 tab: its sections, the points grid, exams, and 等次评定. */
export class AssessmentPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('tab', { name: '考核', exact: true }).click()
    await expect(this.page.getByTestId('assessment-tab')).toBeVisible()
  }

  async section(name: '平时考核' | '定性评价' | '考试' | '等次评定') {
    await this.page.getByRole('tablist', { name: '考核内容' }).getByRole('tab', { name }).click()
  }

  get progress(): Locator {
    return this.page.getByTestId('assessment-progress')
  }

  /** 从 Excel 导入 with `file`; returns the dialog (problems, or the summary and 导入). */
  async importPoints(file: SheetFile): Promise<Locator> {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '从 Excel 导入' }).click()
    await (await chooser).setFiles(file)
    const dialog = this.page.getByRole('dialog', { name: /从 Excel 导入平时考核/ })
    await expect(dialog).toBeVisible()
    return dialog
  }

  pointsCell(name: string, item: string): Locator {
    return this.page.getByRole('textbox', { name: `${name} ${item}`, exact: true })
  }

  pointsRow(name: string): Locator {
    return this.page.getByTestId(`points-row-${name}`)
  }

  async addExam() {
    await this.page.getByRole('button', { name: '新增考试' }).click()
    const dialog = this.page.getByRole('dialog')
    await expect(dialog.getByLabel('名称')).toHaveValue('结业考试')
    await expect(dialog.getByLabel('及格分')).toHaveValue('60')
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
  }

  scoreCell(name: string, makeUp = false): Locator {
    return this.page.getByRole('textbox', { name: `${name} ${makeUp ? '补考成绩' : '成绩'}`, exact: true })
  }

  examRow(name: string): Locator {
    return this.page.getByTestId(`exam-row-${name}`)
  }

  gradeRow(name: string): Locator {
    return this.page.getByTestId(`grade-row-${name}`)
  }

  gradeButton(name: string, grade: '优秀' | '合格' | '不合格'): Locator {
    return this.gradeRow(name).getByRole('button', { name: grade, exact: true })
  }

  get verdict(): Locator {
    return this.page.getByTestId('quota-verdict')
  }

  /** Clicks 定稿: refused with the blockers listed, or the 定稿 dialog opens. */
  async finalise() {
    await this.page.getByRole('button', { name: '定稿', exact: true }).click()
  }

  /**
   * 定稿 through its dialog, which numbers the certificates in the same step: the office code
   * when this PC has none, the class code when the template needs one (else as prefilled).
   */
  async finaliseWith(f: { officeCode?: string; classCode?: string } = {}) {
    await this.finalise()
    const dialog = this.page.getByRole('dialog', { name: '定稿' })
    await expect(dialog.getByTestId('finalise-summary')).toBeVisible()
    if (f.officeCode !== undefined) await dialog.getByLabel('本办公室代码（本机）').fill(f.officeCode)
    if (f.classCode !== undefined) await dialog.getByLabel('班次代码').fill(f.classCode)
    await dialog.getByRole('button', { name: '定稿', exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(this.page.getByTestId('finalised-note')).toContainText('等次已锁定')
  }
}
