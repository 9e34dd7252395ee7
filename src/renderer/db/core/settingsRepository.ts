import { ulid } from 'ulid'
import { SCHOOL_ID_PATTERN, type LocalSchool } from '@shared/sync/schoolIdentity'
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
  /**
   * The school's id (shared/sync/schoolIdentity.ts): made at first run (新建学校), taken from
   * another office when joining (加入已有学校), or made on upgrade (then provisional). Saving
   * without one keeps the stored id, or makes a new school's on the first save.
   */
  schoolId?: string
  /** The id was made on upgrade and may still change to the school's common one. */
  schoolIdProvisional?: boolean
}

/** The school of stored settings, as imports judge files by it; null before first-run setup. */
export function localSchoolOf(settings: InstallationSettings | undefined): LocalSchool | null {
  if (!settings?.schoolId) return null
  return {
    id: settings.schoolId,
    name: settings.schoolName,
    provisional: settings.schoolIdProvisional === true,
  }
}

export const SETTINGS_KEY = 'settings'

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
    if (settings.schoolId !== undefined && !SCHOOL_ID_PATTERN.test(settings.schoolId))
      throw new Error('学校编号无效：应为 26 位字母和数字，请从本校其他电脑的“设置”中复制')
    await this.db.transaction('rw', this.db.local, async () => {
      const stored = await this.get()
      const schoolId = settings.schoolId ?? stored?.schoolId ?? ulid()
      const provisional =
        settings.schoolId !== undefined
          ? settings.schoolIdProvisional === true
          : stored?.schoolId !== undefined && stored.schoolIdProvisional === true
      const value: InstallationSettings = { ...clean, schoolId }
      if (provisional) value.schoolIdProvisional = true
      await this.db.local.put({ key: SETTINGS_KEY, value })
    })
  }

  /**
   * An installation set up before school ids existed gets one now, marked provisional
   * (schoolIdentity.ts: it converges with the other offices of the school as files are
   * imported). Called once at start; does nothing before first-run setup or when there is an id.
   */
  async ensureSchoolId(): Promise<void> {
    await this.db.transaction('rw', this.db.local, async () => {
      const stored = await this.get()
      if (!stored || stored.schoolId) return
      await this.db.local.put({
        key: SETTINGS_KEY,
        value: { ...stored, schoolId: ulid(), schoolIdProvisional: true },
      })
    })
  }

  /**
   * Takes the school id of a file being imported (ImportPlan.adoptSchool), inside the import's
   * transaction: the provisional id of an upgraded office converging with its school's.
   */
  async adoptSchoolId(schoolId: string, provisional: boolean): Promise<void> {
    const stored = await this.get()
    if (!stored) return
    const value: InstallationSettings = { ...stored, schoolId }
    if (provisional) value.schoolIdProvisional = true
    else delete value.schoolIdProvisional
    await this.db.local.put({ key: SETTINGS_KEY, value })
  }
}
