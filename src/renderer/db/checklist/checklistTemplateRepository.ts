import { SyncedRepository } from '../core/syncedRepository'
import { ulid } from 'ulid'
import {
  checklistTemplateSchema,
  duplicateTemplate,
  latestVersion,
  type ChecklistTemplate,
} from '@shared/checklist'
import type { BanwuDatabase } from '../core/database'
import {
  templateFromRecord,
  templateRecordId,
  templateToFields,
  type ChecklistTemplateFields,
} from './checklistRecords'
import type { Replica } from '../core/replica'
import { ValidationError } from '@shared/validationError'

/**
 * The template library as stored: every version the school saved. The two built-in tables are
 * version 1 in code (BUILTIN_TEMPLATES) and are never stored; editing one stores its version 2.
 * Versions are never changed once saved: a class keeps pointing at the version it copied.
 */
export class ChecklistTemplateRepository {
  private readonly records: SyncedRepository<ChecklistTemplateFields>

  constructor(
    private readonly db: BanwuDatabase,
    replica: Replica,
  ) {
    this.records = new SyncedRepository(db, db.checklistTemplates, replica)
  }

  /** Every stored version (the library without the built-ins' version 1). */
  async listVersions(): Promise<ChecklistTemplate[]> {
    return (await this.records.listLive()).map(templateFromRecord)
  }

  /**
   * Saves an edited template as the version after `baseVersion`. Refused when someone saved a
   * newer version meanwhile (their edits would be silently overwritten) or when nothing changed.
   */
  async saveNewVersion(edited: ChecklistTemplate, baseVersion: number): Promise<ChecklistTemplate> {
    const parsed = checklistTemplateSchema.safeParse(edited)
    if (!parsed.success) throw ValidationError.fromZod(parsed.error)
    let saved: ChecklistTemplate | undefined
    await this.db.transaction('rw', [this.db.checklistTemplates, this.db.local], async () => {
      const latest = latestVersion(await this.listVersions(), parsed.data.id)
      if (!latest) throw new Error(`模板库中没有这个模板（${parsed.data.id}）`)
      if (latest.version !== baseVersion)
        throw new Error(`这个模板已有第 ${latest.version} 版，请重新打开模板后再修改`)
      if (sameContent(latest, parsed.data)) throw new Error('模板没有修改，无需保存新版本')
      const next: ChecklistTemplate = { ...parsed.data, version: baseVersion + 1 }
      await this.records.put(templateRecordId(next.id, next.version), templateToFields(next))
      saved = next
    })
    return saved!
  }

  /** The school's own template copied from a version of another (tier `custom`, version 1). */
  async duplicate(source: ChecklistTemplate, name: string): Promise<ChecklistTemplate> {
    const copy = duplicateTemplate(source, { id: `custom.${ulid()}`, name })
    await this.records.put(templateRecordId(copy.id, copy.version), templateToFields(copy))
    return copy
  }
}

function sameContent(a: ChecklistTemplate, b: ChecklistTemplate): boolean {
  return a.name === b.name && JSON.stringify(a.items) === JSON.stringify(b.items)
}
