import type { BanwuDatabase } from './database'

/**
 * This installation's settings: the school and the office (replica) name.
 * Kept in the local table: they describe this PC, and snapshot headers carry them.
 */
export interface InstallationSettings {
  schoolName: string
  officeName: string
  /** Who is using this PC, for 我的待办; there are no logins. */
  currentUser: string
}

const SETTINGS_KEY = 'settings'

export class SettingsRepository {
  constructor(private readonly db: BanwuDatabase) {}

  async get(): Promise<InstallationSettings | undefined> {
    return (await this.db.local.get(SETTINGS_KEY))?.value as InstallationSettings | undefined
  }

  async save(settings: InstallationSettings): Promise<void> {
    const clean = {
      schoolName: settings.schoolName.trim(),
      officeName: settings.officeName.trim(),
      currentUser: settings.currentUser.trim(),
    }
    if (!clean.schoolName) throw new Error('请填写学校名称')
    if (!clean.officeName) throw new Error('请填写本机（办公室）名称')
    await this.db.local.put({ key: SETTINGS_KEY, value: clean })
  }
}
