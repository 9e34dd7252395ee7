import { fillPicker } from '../pickers'
import { expect, type Locator, type Page } from '@playwright/test'
import { AppPage } from './AppPage'

export interface ClassForm {
  name?: string
  type?: string
  tier?: string
  status?: string
  startDate?: string
  endDate?: string
  totalHours?: string
  headTeachers?: string[]
}

/** A fresh profile with one class, made through 班次 › 新建班次; the class's page is open. */
export async function startWithClass(page: Page, f: ClassForm): Promise<AppPage> {
  const app = new AppPage(page)
  await app.start()
  await app.nav('班次')
  await new ClassesPage(page).create(f)
  return app
}

/** The 班次 area: list, filters, form dialog, detail page. */
export class ClassesPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: '班次列表' })
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name })
  }

  async choose(label: string, option: string) {
    await this.page.getByRole('dialog').getByLabel(label).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async fillForm(f: ClassForm) {
    const dialog = this.page.getByRole('dialog')
    if (f.name !== undefined) await dialog.getByLabel('班次名称').fill(f.name)
    if (f.type) await this.choose('班次类型', f.type)
    if (f.tier) await this.choose('班级层次', f.tier)
    if (f.status) await this.choose('状态', f.status)
    if (f.startDate) await fillPicker(dialog, '开班日期', f.startDate)
    if (f.endDate) await fillPicker(dialog, '结业日期', f.endDate)
    if (f.totalHours) await dialog.getByLabel('总学时').fill(f.totalHours)
    for (const t of f.headTeachers ?? []) {
      await dialog.getByLabel('班主任 / 组织员').fill(t)
      await dialog.getByLabel('班主任 / 组织员').press('Enter')
    }
  }

  async create(f: ClassForm) {
    // Under a loaded CI machine a click can land while the list re-renders, or a second click can
    // land on the backdrop of a form that was just opening and close it: click until the form is
    // open and has stayed open for a moment.
    const nameField = this.page.getByRole('dialog').getByLabel('班次名称')
    await expect(async () => {
      if (!(await this.page.getByRole('dialog').isVisible()))
        await this.page.getByRole('button', { name: '新建班次' }).first().click()
      await expect(nameField).toBeVisible({ timeout: 5000 })
      await this.page.waitForTimeout(400)
      await expect(nameField).toBeVisible({ timeout: 1 })
    }).toPass({ timeout: 60_000 })
    await this.fillForm(f)
    await this.page.getByRole('dialog').getByRole('button', { name: '保存' }).click()
    await expect(this.page.getByRole('dialog')).toBeHidden()
    if (f.name) await expect(this.page.getByRole('heading', { name: f.name })).toBeVisible()
  }

  async search(text: string) {
    await this.page.getByLabel('搜索').fill(text)
  }
}
