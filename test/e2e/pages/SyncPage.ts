import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { AppPage } from './AppPage'

/** Encrypting, decrypting and the read-back run PBKDF2 with 600,000 rounds: slow on a busy machine. */
export const CRYPTO_WAIT = { timeout: 30_000 }

/** 数据同步: export and import snapshot files, the conflict log, 同步记录. */
export class SyncPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async tab(label: '导出快照' | '导入快照' | '冲突记录' | '同步记录') {
    await this.app.nav('数据同步')
    await this.page
      .getByRole('tablist', { name: '数据同步' })
      .getByRole('tab', { name: new RegExp(label) })
      .click()
  }

  /** Exports everything with a passphrase; saves the download to `path` and returns the suggested name. */
  async exportTo(path: string, passphrase: string): Promise<string> {
    await this.tab('导出快照')
    await this.page.getByLabel('密码', { exact: true }).fill(passphrase)
    const repeat = this.page.getByLabel('再次输入密码')
    if (await repeat.isVisible()) await repeat.fill(passphrase)
    const downloading = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: '导出快照' }).click()
    const download: Download = await downloading
    await download.saveAs(path)
    await expect(this.page.getByTestId('export-done')).toContainText('可以拔出U盘', CRYPTO_WAIT)
    return download.suggestedFilename()
  }

  /** Chooses a file on the import tab; `file` is a path or an in-memory file. */
  async choose(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.tab('导入快照')
    const choosing = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: '选择快照文件…' }).click()
    await (await choosing).setFiles(file)
  }

  /** Enters the passphrase and runs the dry run. */
  async check(passphrase: string) {
    await this.page.getByLabel('快照密码').fill(passphrase)
    await this.page.getByRole('button', { name: '检查内容（试运行）' }).click()
  }

  get dryRun(): Locator {
    return this.page.getByTestId('dry-run')
  }

  get error(): Locator {
    return this.page.getByTestId('import-error')
  }

  /** Choose, check, apply: the whole import of a good file. */
  async importFile(path: string, passphrase: string) {
    await this.choose(path)
    await this.check(passphrase)
    await expect(this.dryRun).toBeVisible(CRYPTO_WAIT)
    await this.page.getByRole('button', { name: '导入', exact: true }).click()
    await expect(this.page.getByTestId('import-done')).toBeVisible(CRYPTO_WAIT)
  }

  get conflicts(): Locator {
    return this.page.getByRole('table', { name: '冲突记录' })
  }
}
