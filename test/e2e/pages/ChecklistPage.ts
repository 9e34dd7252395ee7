import { fillPicker } from '../pickers'
import { expect, type Locator, type Page } from '@playwright/test'

/** A class's 班务事项 tab, its dialogs and its print view. */
export class ChecklistPage {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('class-checklist')
  }

  get template(): Locator {
    return this.page.getByTestId('checklist-template')
  }

  get summary(): Locator {
    return this.page.getByTestId('checklist-summary')
  }

  /** One item's row; items are named by their stable code (e.g. key.prep.01). */
  item(code: string): Locator {
    return this.page.getByTestId(`checklist-item-${code}`)
  }

  async open() {
    await this.page.getByRole('tab', { name: '班务事项' }).click()
    await expect(this.root).toBeVisible()
  }

  /**
   * Ticks a 具体工作 line. Ticking the last open line completes the item: when the app asks who is
   * completing it (no current user yet), answers with `asName`.
   */
  async tick(code: string, task: string, done = true, asName?: string) {
    // The box shows what is stored, so it changes once the write is done: click, then wait for it.
    const box = this.item(code).getByRole('checkbox', { name: task })
    await box.click()
    if (asName) await answerWho(this.page, asName)
    if (done) await expect(box).toBeChecked()
    else await expect(box).not.toBeChecked()
  }

  status(code: string): Locator {
    return this.item(code).getByLabel('状态')
  }

  /** Sets the status; when the app asks who is completing it, answers with `asName`. */
  async setStatus(code: string, label: string, asName?: string, beforeConfirm?: () => Promise<void>) {
    await this.status(code).selectOption({ label })
    if (asName) await answerWho(this.page, asName, beforeConfirm)
  }

  async filterDepartment(department: string) {
    await this.summary.getByLabel('责任部门').selectOption({ label: department })
  }

  async editItem(
    code: string,
    change: { dueDate?: string; note?: string; addResponsible?: string },
    beforeSave?: () => Promise<void>,
  ) {
    await this.item(code).getByRole('button', { name: '编辑事项' }).click()
    const dialog = this.page.getByRole('dialog')
    if (change.dueDate) await fillPicker(dialog, '截止日期', change.dueDate)
    if (change.note !== undefined) await dialog.getByLabel('备注').fill(change.note)
    if (change.addResponsible) {
      await dialog.getByLabel('负责人').fill(change.addResponsible)
      await dialog.getByLabel('负责人').press('Enter')
    }
    await beforeSave?.()
    await dialog.getByRole('button', { name: '保存' }).click()
    await expect(dialog).toBeHidden()
  }

  async applyTemplateUpdate(expectAdded: string, beforeConfirm?: () => Promise<void>) {
    await this.page.getByRole('button', { name: '查看更新' }).click()
    const dialog = this.page.getByRole('dialog', { name: '模板有更新' })
    await expect(dialog.getByTestId('template-update-section').filter({ hasText: '新增事项' })).toContainText(
      expectAdded,
    )
    await beforeConfirm?.()
    await dialog.getByRole('button', { name: '应用', exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  async switchTemplate(name: string | RegExp, expectWarning?: string, beforeConfirm?: () => Promise<void>) {
    await this.page.getByRole('button', { name: '切换模板' }).click()
    const dialog = this.page.getByRole('dialog', { name: '切换事项表模板' })
    await dialog.getByRole('radio', { name }).check()
    if (expectWarning) await expect(dialog).toContainText(expectWarning)
    await beforeConfirm?.()
    await dialog.getByRole('button', { name: '切换' }).click()
    await expect(dialog).toBeHidden()
  }

  async openPrint() {
    await this.page.getByRole('button', { name: '打印事项表' }).click()
    await expect(this.page.getByTestId('print-preview')).toBeVisible()
  }
}

/** Answers the app's "请问您是哪位？" when it needs to record who completed an item. */
export async function answerWho(page: Page, name: string, beforeConfirm?: () => Promise<void>) {
  const dialog = page.getByRole('dialog', { name: '请问您是哪位？' })
  await dialog.getByLabel('您的姓名').fill(name)
  await beforeConfirm?.()
  await dialog.getByRole('button', { name: '确定' }).click()
  await expect(dialog).toBeHidden()
}
