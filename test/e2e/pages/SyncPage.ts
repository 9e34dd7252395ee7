import { expect, type Browser, type Download, type Locator, type Page } from '@playwright/test'
import { AppPage } from './AppPage'
import { ClassesPage } from './ClassesPage'

/** Encrypting, decrypting and the read-back run PBKDF2 with 600,000 rounds: slow on a busy machine. */
export const CRYPTO_WAIT = { timeout: 30_000 }

export const SYNC_SCHOOL = '中共松江区委党校'
/** The test school's id (schoolIdentity.ts): every office of it joins it at first run by typing this. */
export const SYNC_SCHOOL_ID = '01JE5YNC5CH00000000000000A'
/** Another school, for files that must be refused. */
export const OTHER_SCHOOL = '中共青浦区委党校'
export const OTHER_SCHOOL_ID = '01JE5YNC5CH00000000000000B'
const SCHOOL_IDS: Record<string, string> = { [SYNC_SCHOOL]: SYNC_SCHOOL_ID, [OTHER_SCHOOL]: OTHER_SCHOOL_ID }

/**
 * A separate browser profile (its own IndexedDB) as one office, set up with the school and its
 * name; offices of one school join it by its id, as a second office does at first run.
 */
export async function office(browser: Browser, name: string, school = SYNC_SCHOOL): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const app = new AppPage(page)
  await app.open()
  await app.completeSetup(school, name, SCHOOL_IDS[school])
  return page
}

/** 本部教务科 with one class (2025年秋季处级班, 80 学时), exported to `path`: a file to import elsewhere. */
export async function officeWithOneClassExported(
  browser: Browser,
  path: string,
  passphrase: string,
): Promise<Page> {
  const a = await office(browser, '本部教务科')
  await new AppPage(a).nav('班次')
  await new ClassesPage(a).create({ name: '2025年秋季处级班', type: '处级班', totalHours: '80' })
  await new SyncPage(a).exportTo(path, passphrase)
  return a
}

export interface ExportOptions {
  /** Tick 在本浏览器记住此密码 (the browser build keeps it in the profile). */
  remember?: boolean
  /** Runs while the export is under way (after the click, before the file is saved). */
  whileRunning?: () => Promise<void>
}

/** 数据同步: export and import snapshot files, the conflict log, 同步记录. */
export class SyncPage {
  readonly app: AppPage

  constructor(readonly page: Page) {
    this.app = new AppPage(page)
  }

  async tab(label: '导出快照' | '导入快照' | '冲突记录' | '同步记录') {
    await this.app.nav('数据同步')
    const tab = this.page
      .getByRole('tablist', { name: '数据同步' })
      .getByRole('tab', { name: new RegExp(label) })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
  }

  /** Exports everything with a passphrase; saves the download to `path` and returns the suggested name. */
  async exportTo(path: string, passphrase: string, options: ExportOptions = {}): Promise<string> {
    await this.tab('导出快照')
    await this.page.getByLabel('密码', { exact: true }).fill(passphrase)
    const repeat = this.page.getByLabel('再次输入密码')
    if (await repeat.isVisible()) await repeat.fill(passphrase)
    if (options.remember) await this.page.getByLabel('在本浏览器记住此密码（导入时自动填入）').check()
    return this.saveExport(path, options.whileRunning)
  }

  /** Clicks 导出快照 as the form stands, saves the download to `path`, returns the suggested name. */
  async saveExport(path: string, whileRunning?: () => Promise<void>): Promise<string> {
    const downloading = this.page.waitForEvent('download', CRYPTO_WAIT)
    await this.page.getByRole('button', { name: '导出快照' }).click()
    await whileRunning?.()
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

  get fileHeader(): Locator {
    return this.page.getByTestId('file-header')
  }

  /** Enters the passphrase and runs the dry run. */
  async check(passphrase: string) {
    await this.page.getByLabel('快照密码').fill(passphrase)
    await this.page.getByRole('button', { name: '检查内容（试运行）' }).click()
  }

  get dryRun(): Locator {
    return this.page.getByTestId('dry-run')
  }

  /** The cells of one area's row in the dry run: area, 新增, 修改, 移入回收站, 冲突. */
  dryRunRow(area: string): Locator {
    return this.dryRun
      .getByRole('table', { name: '试运行结果' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: area, exact: true }) })
      .getByRole('cell')
  }

  get error(): Locator {
    return this.page.getByTestId('import-error')
  }

  /** 导入, after the dry run: waits for the import to finish. */
  async apply() {
    await this.page.getByRole('button', { name: '导入', exact: true }).click()
    await expect(this.page.getByTestId('import-done')).toBeVisible(CRYPTO_WAIT)
  }

  /** Choose, check, apply: the whole import of a good file. */
  async importFile(path: string, passphrase: string) {
    await this.choose(path)
    await this.check(passphrase)
    await expect(this.dryRun).toBeVisible(CRYPTO_WAIT)
    await this.apply()
  }

  get conflicts(): Locator {
    return this.page.getByRole('table', { name: '冲突记录' })
  }

  /** Picks an option of one of the 冲突记录 filters (数据区域, 来自哪次导入, 处理状态). */
  async filterConflicts(filter: string, option: string | RegExp) {
    await this.page.getByLabel(filter).click()
    await this.page.getByRole('option', { name: option }).click()
    await expect(this.page.getByRole('listbox')).toBeHidden()
  }
}
