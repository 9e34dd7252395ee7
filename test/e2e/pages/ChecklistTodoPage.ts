import { expect, type Locator, type Page } from '@playwright/test'

/** 我的待办: what is late and due this week across classes, per person or per office. */
export class ChecklistTodoPage {
  constructor(readonly page: Page) {}

  get counts(): Locator {
    return this.page.getByTestId('todo-counts')
  }

  get person(): Locator {
    return this.page.getByRole('combobox', { name: '人员' })
  }

  section(title: '已逾期' | '本周到期'): Locator {
    return this.page.getByRole('region', { name: title })
  }

  entries(title: '已逾期' | '本周到期'): Locator {
    return this.section(title).getByTestId('todo-entry')
  }

  /** The entry of one item, found by words of its 具体工作 or its class. */
  entry(title: '已逾期' | '本周到期', hasText: string): Locator {
    return this.entries(title).filter({ hasText })
  }

  /** Ticks a 具体工作 line of an entry (the last open line completes the item). */
  async tick(title: '已逾期' | '本周到期', task: string) {
    await this.entry(title, task).getByRole('checkbox', { name: task }).click()
  }

  /** Closes an entry's item as 已完成. */
  async complete(title: '已逾期' | '本周到期', hasText: string) {
    await this.entry(title, hasText).getByRole('button', { name: '完成' }).click()
  }

  async forPerson(name: string) {
    await this.page.getByRole('button', { name: '按人员' }).click()
    await this.person.fill(name)
    await this.person.press('Enter')
    await expect(this.person).toHaveValue(name)
  }

  async forDepartment(department: string) {
    await this.page.getByRole('button', { name: '按部门' }).click()
    await this.page.getByLabel('部门').selectOption({ label: department })
  }
}
