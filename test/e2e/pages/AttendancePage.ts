import { rowsInView } from '../density'
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

  /** 未点名 / 点名中 / 已点名 of the session in the roll call. */
  get callState(): Locator {
    return this.page.getByTestId('session-call-state')
  }

  /** 完成点名; `name` answers the who-are-you question of a PC without a current user. */
  async completeCall(name?: string) {
    await this.callState.getByRole('button', { name: '完成点名' }).click()
    if (name) {
      await this.page.getByLabel('您的姓名').fill(name)
      await this.page.getByRole('button', { name: '确定' }).click()
    }
    await expect(this.callState).toContainText('已点名')
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

  /**
   * Picks a session and clicks 「打印本节签到表」 before the next task: as fast as a hand on a
   * mouse can, and faster than the router's transition (issue 11 point 6). Only microtasks run
   * between the two clicks, so the print click sees exactly what React committed urgently.
   */
  async chooseSessionAndPrintAtOnce(label: string) {
    await this.page.getByRole('combobox', { name: '课程', exact: true }).click()
    await expect(this.page.getByRole('option', { name: new RegExp(`^${label}`) })).toBeVisible()
    // As a string: the e2e tsconfig has no DOM types.
    const wanted = JSON.stringify(label)
    await this.page.evaluate(`(async () => {
      const option = [...document.querySelectorAll('[role="option"]')].find((o) =>
        o.textContent.startsWith(${wanted}))
      const print = [...document.querySelectorAll('button')].find((b) => b.textContent === '打印本节签到表')
      if (!option || !print) throw new Error('option or print button not found')
      option.click()
      for (let i = 0; i < 5; i++) await Promise.resolve()
      print.click()
    })()`)
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

  /** How many roll-call rows lie wholly inside the window, without scrolling (issue 11: density). */
  async rowsInView(): Promise<number> {
    return rowsInView(this.rows)
  }
}
