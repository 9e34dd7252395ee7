import { expect, type Locator, type Page } from '@playwright/test'

export interface TemplateItemForm {
  matter: string
  tasks: string[]
  departments: string[]
}

/** 事项模板: the template library and its editor. */
export class ChecklistTemplatesPage {
  constructor(readonly page: Page) {}

  get detail(): Locator {
    return this.page.getByTestId('template-detail')
  }

  async select(name: string | RegExp) {
    await this.page.getByRole('button', { name }).first().click()
  }

  async startEditing() {
    await this.detail.getByRole('button', { name: '修改模板' }).click()
  }

  phase(label: string): Locator {
    return this.page.getByRole('region', { name: label })
  }

  async addItem(phase: string, item: TemplateItemForm) {
    await this.phase(phase).getByRole('button', { name: '添加事项' }).click()
    const dialog = this.page.getByRole('dialog', { name: '添加事项' })
    await dialog.getByLabel('事项').fill(item.matter)
    await dialog.getByLabel('具体工作').fill(item.tasks.join('\n'))
    for (const d of item.departments) await dialog.getByLabel('添加部门').selectOption({ label: d })
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
  }

  async saveVersion(version: number) {
    await this.detail.getByRole('button', { name: `保存为第 ${version} 版` }).click()
    await expect(this.detail.getByRole('button', { name: '修改模板' })).toBeVisible()
  }

  async duplicate(name: string) {
    await this.detail.getByRole('button', { name: '复制为本校模板' }).click()
    const dialog = this.page.getByRole('dialog', { name: '复制为本校模板' })
    await dialog.getByLabel('模板名称').fill(name)
    await dialog.getByRole('button', { name: '确定' }).click()
    await expect(dialog).toBeHidden()
  }
}
