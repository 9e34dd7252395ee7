import { expect, type Locator, type Page } from '@playwright/test'

/** A class's 考勤 tab: roll call, tick-back of signed sheets, the class grid, the registers. */
export class AttendancePage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByTestId('attendance-tab')
  }

  get search(): Locator {
    return this.page.getByLabel('点名搜索')
  }

  get rows(): Locator {
    return this.page.getByTestId('roll-call-row')
  }

  get totals(): Locator {
    return this.page.getByTestId('session-totals')
  }

  async open() {
    await this.page.getByRole('tab', { name: '考勤', exact: true }).click()
    await expect(this.tab).toBeVisible()
  }

  async view(label: '点名' | '签到表回录' | '考勤总表' | '统计与登记表') {
    await this.page.getByRole('button', { name: label, exact: true }).click()
  }

  /** Picks a session in the selector by the start of its label ('9月9日（周二）上午'). */
  async chooseSession(label: string) {
    await this.page.getByRole('combobox', { name: '课程', exact: true }).click()
    await this.page.getByRole('option', { name: new RegExp(`^${label}`) }).click()
    // The roll call is rebuilt for the new session, and the menu hands focus back as it closes:
    // wait for both before typing.
    await expect(this.page.getByRole('combobox', { name: '课程', exact: true })).toContainText(label)
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }

  /** The keyboard roll call: type, Enter, status key (and minutes + Enter for 迟到/早退). */
  async mark(search: string, key: string, minutes?: number) {
    await this.search.fill(search)
    await this.search.press('Enter')
    await expect(this.page.getByTestId('roll-call-prompt')).toBeVisible()
    await this.search.press(key)
    if (minutes !== undefined) {
      const box = this.page.getByLabel('分钟数')
      await box.fill(String(minutes))
      await box.press('Enter')
    }
    await expect(this.page.getByTestId('roll-call-last')).toBeVisible()
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name })
  }
}
