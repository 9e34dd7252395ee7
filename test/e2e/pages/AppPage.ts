import { expect, type Page } from '@playwright/test'

/** The app as a user meets it: first-run setup, the navigation, the snackbar. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(`/#${path}`)
  }

  /** First-run setup: a new school, or with `schoolId`, joining that school by typing its id. */
  async completeSetup(school = '中共松江区委党校', office = '本部教务科', schoolId?: string) {
    await expect(this.page.getByRole('heading', { name: '欢迎使用班务通' })).toBeVisible()
    if (schoolId) {
      await this.page.getByLabel('加入已有学校（本校其他办公室已在使用班务通）').check()
      await this.page.getByLabel('学校编号').fill(schoolId)
    }
    await this.page.getByLabel('学校名称').fill(school)
    await this.page.getByLabel('本机名称').fill(office)
    await this.page.getByRole('button', { name: '开始使用' }).click()
    await expect(this.page.getByTestId('school-name')).toHaveText(school)
  }

  /** A fresh profile: open the app and finish setup. */
  async start() {
    await this.open()
    await this.completeSetup()
  }

  async nav(label: string) {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: label }).click()
  }

  async expectNotice(text: string | RegExp) {
    await expect(this.page.getByRole('alert').filter({ hasText: text })).toBeVisible()
  }

  /** Clicks 撤销 on the notice saying `text`. */
  async undoNotice(text: string | RegExp) {
    const notice = this.page.getByRole('alert').filter({ hasText: text })
    await notice.getByRole('button', { name: '撤销' }).click()
    await expect(notice).toBeHidden()
  }
}
