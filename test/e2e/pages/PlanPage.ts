import { fillPicker } from '../pickers'
import { resolve } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

/** One of the school's sample workbooks (test/fixtures/school). */
export function schoolFixture(name: string): string {
  return resolve(import.meta.dirname, '../../fixtures/school', name)
}

/** A class's 教学计划 tab: import, list and week views, hand entry, copying a day. */
export class PlanPage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByTestId('plan-tab')
  }

  get rows(): Locator {
    return this.page.getByTestId('plan-session-row')
  }

  get preview(): Locator {
    return this.page.getByTestId('plan-import-preview')
  }

  /** The import preview's warning of sessions outside the class's dates, with its offer to move them. */
  get outsideClass(): Locator {
    return this.page.getByTestId('plan-outside-class')
  }

  /** The import preview's note that the plan was moved, with 撤销. */
  get shifted(): Locator {
    return this.page.getByTestId('plan-shifted')
  }

  /** A session of the import preview, by its sheet row. */
  sessionRow(sheetRow: number): Locator {
    return this.page
      .getByRole('table', { name: '识别到的课程' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('checkbox', { name: `导入第${sheetRow}行`, exact: true }) })
  }

  /** 整体移到开班日期: the whole plan to the class's start, weekdays kept. */
  async shiftToClassStart() {
    await this.outsideClass.getByRole('button', { name: '整体移到开班日期' }).click()
  }

  async open() {
    await this.page.getByRole('tab', { name: '教学计划' }).click()
    await expect(this.tab).toBeVisible()
  }

  /** Opens the import dialog and picks the file; the preview is showing when this returns. */
  async pickImportFile(path: string) {
    await this.page.getByRole('button', { name: '从 Excel 导入' }).click()
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('dialog').getByRole('button', { name: '选择文件…' }).click()
    await (await chooser).setFiles(path)
    await expect(this.preview).toBeVisible()
  }

  async importFile(path: string) {
    await this.pickImportFile(path)
    await this.page.getByRole('button', { name: /^导入所选 \d+ 门课程$/ }).click()
    await expect(this.page.getByRole('dialog')).toBeHidden()
  }

  async fillSession(f: {
    date?: string
    slot?: string
    topic?: string
    form?: string
    hours?: string
    teacher?: string
  }) {
    const dialog = this.page.getByRole('dialog')
    if (f.date) await fillPicker(dialog, '日期', f.date)
    if (f.slot) {
      await dialog.getByLabel('时段').click()
      await this.page.getByRole('option', { name: f.slot, exact: true }).click()
    }
    if (f.topic !== undefined) await dialog.getByLabel('课程内容').fill(f.topic)
    if (f.form) {
      await dialog.getByLabel('教学形式').click()
      await this.page.getByRole('option', { name: f.form, exact: true }).click()
    }
    if (f.teacher !== undefined) await dialog.getByLabel('授课人').fill(f.teacher)
    if (f.hours !== undefined) await dialog.getByLabel('学时').fill(f.hours)
  }
}
