import { fillPicker } from '../pickers'
import { expect, type Locator, type Page } from '@playwright/test'

export interface LeaveForm {
  type?: '因公' | '因病' | '因私'
  from?: string
  to?: string
  reason?: string
  status?: '待审批' | '已批准' | '未批准' | '已销假'
  approver?: string
  returnedAt?: string
}

/** A class's 请假 tab: the meter per student, the requests, discipline records. */
export class LeavePage {
  constructor(readonly page: Page) {}

  get tab(): Locator {
    return this.page.getByTestId('leave-tab')
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog')
  }

  async open() {
    await this.page.getByRole('tab', { name: '请假', exact: true }).click()
    await expect(this.tab).toBeVisible()
  }

  meterRow(name: string): Locator {
    return this.page.getByTestId('leave-meter-row').filter({ hasText: name })
  }

  requestRows(name: string): Locator {
    return this.page.getByTestId('leave-request-row').filter({ hasText: name })
  }

  async choose(label: string, option: string) {
    await this.dialog.getByLabel(label).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  /** Opens the form from the student's meter row and fills it in. */
  async startRequest(name: string, f: LeaveForm) {
    await this.meterRow(name).getByRole('button', { name: '请假', exact: true }).click()
    await expect(this.dialog.getByLabel('学员')).toHaveValue(new RegExp(name))
    if (f.type) await this.choose('请假类型', f.type)
    if (f.status) await this.choose('审批状态', f.status)
    if (f.from) await fillPicker(this.dialog, '请假开始', f.from)
    if (f.to) await fillPicker(this.dialog, '请假结束', f.to)
    if (f.reason) await this.dialog.getByLabel('请假事由').fill(f.reason)
    if (f.approver !== undefined) await this.dialog.getByLabel('审批人').fill(f.approver)
    if (f.returnedAt) await fillPicker(this.dialog, '销假时间', f.returnedAt)
  }

  async save() {
    await this.dialog.getByRole('button', { name: '保存' }).click()
    await expect(this.dialog).toBeHidden()
  }

  async request(name: string, f: LeaveForm) {
    await this.startRequest(name, f)
    await this.save()
  }

  async expectMeter(name: string, used: string, level: string) {
    const row = this.meterRow(name)
    await expect(row).toHaveAttribute('data-level', level)
    await expect(row.getByRole('cell').nth(2)).toHaveText(used)
  }
}
