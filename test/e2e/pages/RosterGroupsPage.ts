import { expect, type Locator, type Page } from '@playwright/test'

/** The 分组 tab: group cards, 自动分组, 移到, leaders. */
export class RosterGroupsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('tab', { name: '分组' }).click()
  }

  card(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true })
  }

  member(name: string): Locator {
    return this.page.getByTestId(`member-${name}`)
  }

  async autoSplit(count: number) {
    await this.page.getByRole('button', { name: /^自动分/ }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel(/分成几个/).fill(String(count))
    await dialog.getByRole('button', { name: '按此分组' }).click()
    await expect(dialog).toBeHidden()
  }

  /** The keyboard way: tick members, choose 移到, press 移动. */
  async moveTo(names: string[], group: string) {
    for (const name of names) await this.page.getByRole('checkbox', { name: `选择${name}` }).check()
    await this.page.getByLabel('移到').click()
    await this.page.getByRole('option', { name: group, exact: true }).click()
    await this.page.getByRole('button', { name: '移动', exact: true }).click()
  }
}
