import { expect, type Locator, type Page } from '@playwright/test'
import { fillPicker } from '../pickers'

export interface SheetFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/** 党性锻炼: branches, the branch at a glance, a member's page, the score sheet (issue 14). */
export class LedgerPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async choose(scope: Locator | Page, label: string, option: string) {
    await scope.getByRole('combobox', { name: label }).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  /** 从 Excel 名单新建支部: gives each file in turn to the chooser (a refused one leaves its problems shown). */
  async pickMemberList(file: SheetFile) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.dialog().getByRole('button', { name: '选择党员名单（Excel）' }).click()
    await (await chooser).setFiles(file)
  }

  async createBranch(name: string, scheme: string, year: number, file: SheetFile) {
    await this.page.getByRole('button', { name: '从 Excel 名单新建支部' }).click()
    await this.pickMemberList(file)
    await expect(this.dialog().getByTestId('member-preview')).toBeVisible()
    await this.dialog().getByLabel('支部名称').fill(name)
    await this.choose(this.dialog(), '党性锻炼方案', scheme)
    await this.dialog().getByLabel('年度').fill(String(year))
    await this.dialog().getByRole('button', { name: '新建支部' }).click()
    await expect(this.page.getByRole('heading', { name })).toBeVisible()
  }

  row(name: string): Locator {
    return this.page
      .getByTestId('ledger-row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) })
  }

  async recordFor(member: string, item: string, date: string) {
    await this.row(member).getByRole('button', { name: '记录' }).click()
    await fillPicker(this.dialog(), '日期', date)
    await this.choose(this.dialog(), '项目', item)
    await this.dialog().getByRole('button', { name: '记录', exact: true }).click()
    await expect(this.dialog()).toBeHidden()
  }

  async bulk(item: string, date: string, amount: string, members: 'all' | string[]) {
    await this.page.getByRole('button', { name: '批量记录' }).click()
    await fillPicker(this.dialog(), '日期', date)
    await this.choose(this.dialog(), '项目', item)
    await this.dialog().getByLabel('时长（小时）').fill(amount)
    if (members === 'all') await this.dialog().getByRole('button', { name: '全选' }).click()
    else for (const m of members) await this.dialog().getByLabel(m, { exact: true }).check()
    await this.dialog()
      .getByRole('button', { name: /^记录 \d+ 人$/ })
      .click()
    await expect(this.dialog()).toBeHidden()
  }

  async importHours(file: SheetFile) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '导入义工时长' }).click()
    await (await chooser).setFiles(file)
  }

  async openMember(name: string) {
    await this.page.getByRole('button', { name, exact: true }).first().click()
    await expect(this.page.getByRole('heading', { name: new RegExp(`^${name}`) })).toBeVisible()
  }

  async recordRule(category: string, rule: string, date: string, times = '1') {
    await this.page.getByRole('button', { name: '记录', exact: true }).click()
    await fillPicker(this.dialog(), '日期', date)
    await this.dialog().getByRole('combobox', { name: '考核细则' }).click()
    await this.page.getByRole('option', { name: rule, exact: true }).click()
    await this.dialog().getByLabel(/^次数/).fill(times)
    await this.dialog().getByRole('button', { name: '记录', exact: true }).click()
    await expect(this.dialog()).toBeHidden()
    await expect(this.page.getByTestId(`category-${category}`)).toBeVisible()
  }

  async review(survey: string, result: string) {
    const panel = this.page.getByTestId('review-panel')
    await panel.getByLabel('民主测评得分').fill(survey)
    await this.choose(panel, '民主评议结果', result)
    await panel.getByRole('button', { name: '保存评议' }).click()
  }

  async print(sheet: string) {
    await this.page.getByRole('button', { name: '打印', exact: true }).click()
    await this.page.getByRole('menuitem', { name: sheet }).click()
    await expect(this.page.getByTestId('print-preview')).toBeVisible()
  }
}
