import { assessmentSchemeSchema, DEFAULT_SCHEME, type AssessmentScheme } from '@shared/assessment/scheme'
import { ValidationError } from '@shared/validationError'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { SyncedRepository } from '../core/syncedRepository'
import { schemeRecordId, type AssessmentSchemeFields } from './assessmentRecords'

/** The school's scheme id; the built-in default (附3) is its version 1, in code, never stored. */
export const SCHOOL_SCHEME_ID = 'school'

export interface SchemeVersion {
  schemeId: string
  version: number
  scheme: AssessmentScheme
  /** The built-in default of 附3 (version 1). */
  builtin: boolean
}

export const BUILTIN_SCHEME: SchemeVersion = {
  schemeId: SCHOOL_SCHEME_ID,
  version: 1,
  scheme: DEFAULT_SCHEME,
  builtin: true,
}

/**
 * The school-wide 考核方案, versioned like the checklist templates: every saved version is kept
 * and never changed, a class records the version it started with (assessmentRepository.ts), and
 * two offices saving on the same base both keep theirs (the higher version is current after a
 * merge; the other stays listed).
 */
export class AssessmentSchemeRepository {
  private readonly records: SyncedRepository<AssessmentSchemeFields>

  constructor(
    private readonly db: BanwuDatabase,
    replica: Replica,
  ) {
    this.records = new SyncedRepository(db, db.assessmentSchemes, replica)
  }

  /** Every version, the built-in one first. */
  async listVersions(): Promise<SchemeVersion[]> {
    const stored = (await this.records.listLive())
      .map((r) => ({ schemeId: r.schemeId, version: r.version, scheme: r.scheme, builtin: false }))
      .sort((a, b) => a.version - b.version)
    return [BUILTIN_SCHEME, ...stored]
  }

  /** The version in force: the highest saved, else the built-in default. */
  async current(): Promise<SchemeVersion> {
    const all = await this.listVersions()
    return all[all.length - 1]!
  }

  async version(schemeId: string, version: number): Promise<SchemeVersion | undefined> {
    if (schemeId === SCHOOL_SCHEME_ID && version === 1) return BUILTIN_SCHEME
    const r = await this.records.get(schemeRecordId(schemeId, version))
    return r && !r.deleted ? { schemeId, version, scheme: r.scheme, builtin: false } : undefined
  }

  /** Saves an edited scheme as the version after `baseVersion`; refused when a newer one exists. */
  async saveNewVersion(edited: AssessmentScheme, baseVersion: number): Promise<SchemeVersion> {
    const parsed = assessmentSchemeSchema.safeParse(edited)
    if (!parsed.success) throw ValidationError.fromZod(parsed.error)
    if (parsed.data.quota.minPercent > parsed.data.quota.maxPercent)
      throw new Error('优秀比例的下限不能高于上限')
    let saved: SchemeVersion | undefined
    await this.db.transaction('rw', [this.db.assessmentSchemes, this.db.local], async () => {
      const latest = await this.current()
      if (latest.version !== baseVersion)
        throw new Error(`考核方案已有第 ${latest.version} 版，请重新打开后再修改`)
      if (JSON.stringify(latest.scheme) === JSON.stringify(parsed.data))
        throw new Error('考核方案没有修改，无需保存新版本')
      const version = baseVersion + 1
      await this.records.put(schemeRecordId(SCHOOL_SCHEME_ID, version), {
        schemeId: SCHOOL_SCHEME_ID,
        version,
        scheme: parsed.data,
      })
      saved = { schemeId: SCHOOL_SCHEME_ID, version, scheme: parsed.data, builtin: false }
    })
    return saved!
  }
}
