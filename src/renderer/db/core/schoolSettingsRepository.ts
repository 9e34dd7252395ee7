import {
  changedGroupFields,
  groupFieldsOf,
  SCHOOL_SETTINGS_GROUP_SCHEMAS,
  snapshotPolicyFromFields,
  type SchoolSettingsFields,
  type SchoolSettingsGroup,
  type SchoolSettingsGroupFields,
  type SnapshotPolicyFields,
} from '@shared/settings/schoolSettings'
import { ValidationError } from '@shared/validationError'
import { SyncedRepository } from './syncedRepository'

/**
 * The school's rules (`schoolSettings`, shared/settings/schoolSettings.ts): one synced record per
 * group, with a fixed id, so the same group saved in two offices merges field by field like any
 * record (a conflict entry when both changed the same setting). The groups' own rules (status
 * labels unique, hours in range) are checked by their callers (AttendanceSettingsRepository);
 * here every save is checked against the group's schema, and nothing is written if it fails.
 */
export class SchoolSettingsRepository extends SyncedRepository<SchoolSettingsFields> {
  /** The stored fields of a group (missing ones: the defaults apply). */
  async group<G extends SchoolSettingsGroup>(id: G): Promise<Partial<SchoolSettingsGroupFields[G]>> {
    return groupFieldsOf(id, await this.get(id))
  }

  /**
   * Saves a group: writes (and stamps) only the fields whose values differ from those stored,
   * a missing field counting as its default (changedGroupFields).
   */
  async saveGroup<G extends SchoolSettingsGroup>(id: G, fields: SchoolSettingsGroupFields[G]): Promise<void> {
    const parsed = SCHOOL_SETTINGS_GROUP_SCHEMAS[id].safeParse(fields)
    if (!parsed.success) throw ValidationError.fromZod(parsed.error)
    const changed = changedGroupFields(id, await this.group(id), parsed.data as SchoolSettingsGroupFields[G])
    if (Object.keys(changed).length > 0) await this.put(id, changed)
  }

  /** 只接受加密快照 and the like: what the school accepts as a snapshot file. */
  async snapshotPolicy(): Promise<SnapshotPolicyFields> {
    return snapshotPolicyFromFields(await this.group('snapshots'))
  }

  async saveSnapshotPolicy(policy: SnapshotPolicyFields): Promise<void> {
    await this.saveGroup('snapshots', policy)
  }
}
