import Dexie, { type Table } from 'dexie'
import { parseHlc } from '@shared/sync/hlc'
import { conflictKey, mergeRecord, type Conflict, type SyncedRow } from '@shared/sync/merge'
import {
  emptyCounts,
  hardRefusals,
  planImport,
  type ImportContext,
  type ImportPlan,
  type ImportRefusal,
} from '@shared/sync/importPlan'
import { buildSnapshot, type Snapshot, type SnapshotHeader, type SnapshotScope } from '@shared/sync/snapshot'
import { SnapshotError } from '@shared/sync/snapshotError'
import { fileProblem } from '@shared/sync/rowValidation'
import { stampTime } from '@shared/sync/record'
import { unencryptedRefusal } from '@shared/sync/unencryptedFiles'
import { groupFieldsOf, snapshotPolicyFromFields } from '@shared/settings/schoolSettings'
import { version as appVersion } from '../../../../package.json'
import { SYNCED_TABLES, type BanwuDatabase } from '../core/database'
import { CLOCK_KEY, type Replica } from '../core/replica'
import { LATEST_SCHEMA_VERSION } from '../core/schema'
import { SettingsRepository, localSchoolOf } from '../core/settingsRepository'
import { SyncConflictRepository } from './syncConflictRepository'
import { SyncLocalState } from './syncLocalState'
import { SyncLogRepository } from './syncLogRepository'
import type { SyncLogEntry } from './syncRecords'
import { selectScope } from './syncScope'
import { SYNC_TABLE_LABELS, isSyncedTable } from './syncTableLabels'

/**
 * Sync between offices on the database side (docs/sync.md): reading a
 * snapshot for export, planning an import (the dry run) and applying it in one
 * transaction, and replacing everything with a backup. Compression and
 * cryptography are not here: they run in a worker, before or after these
 * transactions, never inside one.
 */

/** Rows written per bulk operation inside the import transaction, between progress reports. */
const APPLY_BATCH = 2000

export interface ApplyImportOptions {
  /** The file's name, for 同步记录. */
  fileName: string
  /** 0…1 while the rows are written. */
  onProgress?: (fraction: number) => void
  at?: Date
}

export interface ImportOutcome {
  /** The 同步记录 entry of this import; conflicts refer to it. */
  importId: number
  /** Rows written per table. */
  written: Record<string, number>
  /** Conflicts newly logged. */
  conflicts: number
}

type RowTable = Table<SyncedRow, string>

/** A dry run made here, with the state of the data it was made against. */
export interface LocalImportPlan extends ImportPlan {
  /** See `isUnchangedSince`. */
  localVersion: string
}

function isStamp(s: string): boolean {
  try {
    parseHlc(s)
    return true
  } catch {
    return false
  }
}

export class SyncRepository {
  readonly log: SyncLogRepository
  readonly conflicts: SyncConflictRepository
  readonly state: SyncLocalState

  constructor(
    private readonly db: BanwuDatabase,
    private readonly replica: Replica,
  ) {
    this.log = new SyncLogRepository(db)
    this.conflicts = new SyncConflictRepository(db, replica)
    this.state = new SyncLocalState(db)
  }

  private table(name: string): RowTable {
    return this.db.table<SyncedRow, string>(name)
  }

  private allTables(): RowTable[] {
    return SYNCED_TABLES.map((name) => this.table(name))
  }

  /**
   * A snapshot of this office's data, everything or the selected classes,
   * read in one transaction together with the clock's current stamp, so the
   * file's high-water mark covers every row in it.
   */
  async readSnapshot(scope: SnapshotScope, createdAt: Date = new Date()): Promise<Snapshot> {
    return this.db.transaction('r', [...this.allTables(), this.db.local], async () => {
      const settings = await new SettingsRepository(this.db).get()
      if (!settings) throw new Error('请先在“设置”中填写学校名称和本机名称')
      const tables: Record<string, SyncedRow[]> = {}
      for (const name of SYNCED_TABLES) tables[name] = await this.table(name).toArray()
      return buildSnapshot(
        {
          schemaVersion: LATEST_SCHEMA_VERSION,
          appVersion,
          school: settings.schoolName,
          schoolId: settings.schoolId,
          schoolIdProvisional: settings.schoolIdProvisional === true,
          replicaId: this.replica.id,
          replicaName: settings.officeName,
          clockStamp: this.replica.clock.current(),
          scope,
          createdAt,
        },
        selectScope(tables, scope),
      )
    })
  }

  /** Logs a written export file in 同步记录. */
  async recordExport(snapshot: Snapshot, fileName: string, at: Date = new Date()): Promise<number> {
    const { header } = snapshot
    const counts: SyncLogEntry['counts'] = {}
    for (const [name, n] of Object.entries(header.counts)) counts[name] = { rows: n }
    return this.log.add({
      kind: 'export',
      at: at.toISOString(),
      fileName,
      replicaId: header.replicaId,
      replicaName: header.replicaName,
      highWater: header.hlcHighWater,
      counts,
      note: header.scope === 'all' ? '全部数据' : `选定的 ${header.scope.classIds.length} 个班次`,
    })
  }

  /**
   * Why a file must be refused whatever its content (another school, a newer version, unencrypted
   * while the school accepts encrypted files only), from its header alone.
   */
  async refusalsOf(header: SnapshotHeader & { encryption?: unknown }): Promise<ImportRefusal[]> {
    const settings = await new SettingsRepository(this.db).get()
    const refusals = hardRefusals(header, {
      school: localSchoolOf(settings),
      schemaVersion: LATEST_SCHEMA_VERSION,
      appVersion,
    })
    // 只接受加密快照 (a school rule, synced): only a file header says whether it is encrypted.
    if ('encryption' in header) {
      const policy = snapshotPolicyFromFields(
        groupFieldsOf('snapshots', await this.db.schoolSettings.get('snapshots')),
      )
      const refusal = unencryptedRefusal(header.encryption != null, policy.encryptedOnly)
      if (refusal) refusals.push(refusal)
    }
    return refusals
  }

  /**
   * The dry run: what importing the snapshot would change, and why it may be
   * refused. Reads the local tables the file holds; writes nothing.
   */
  async planImport(
    snapshot: Snapshot,
    confirmed: ImportContext['confirmed'] = {},
    now: number = Date.now(),
  ): Promise<LocalImportPlan> {
    const unknown = Object.keys(snapshot.tables).filter((t) => !isSyncedTable(t))
    if (unknown.length > 0 && snapshot.header.schemaVersion <= LATEST_SCHEMA_VERSION)
      throw new SnapshotError('corrupt', `unknown tables: ${unknown.join(', ')}`)
    // A malformed or far-future high-water mark, like any bad row, is refused by the dry run
    // itself (rowValidation.ts), with a message that says which.
    const names = Object.keys(snapshot.tables).filter(isSyncedTable)
    return this.db.transaction(
      'r',
      [...names.map((n) => this.table(n)), this.db.local, this.db.conflicts],
      async () => {
        const local: Record<string, SyncedRow[]> = {}
        for (const name of names) local[name] = await this.table(name).toArray()
        const settings = await new SettingsRepository(this.db).get()
        const knownKeys = (await this.db.conflicts.orderBy('key').uniqueKeys()) as string[]
        const localVersion = await this.localVersion()
        const plan = planImport(local, snapshot, {
          school: localSchoolOf(settings),
          schemaVersion: LATEST_SCHEMA_VERSION,
          appVersion,
          mergedMarks: await this.state.mergedMarks(),
          knownConflictKeys: new Set(knownKeys),
          confirmed,
          tableLabels: SYNC_TABLE_LABELS,
          now,
        })
        return { ...plan, localVersion }
      },
    )
  }

  /**
   * What changes with every write to the synced tables: the clock as persisted, which every
   * local edit, import and restore moves on in its own transaction (SyncedRepository.write).
   */
  private async localVersion(): Promise<string> {
    const clock = (await this.db.local.get(CLOCK_KEY))?.value
    return typeof clock === 'string' ? clock : ''
  }

  /**
   * Whether nothing was written here since the dry run: then applying it as it is gives what a
   * new dry run would (the import screen skips making it again). Either way `applyImport` merges
   * each planned row with the row stored at that moment, so nothing written meanwhile is lost.
   */
  async isUnchangedSince(plan: LocalImportPlan): Promise<boolean> {
    return (await this.localVersion()) === plan.localVersion
  }

  /**
   * Applies a plan in one transaction: the rows, the conflict log, the 同步记录
   * entry, the file's mark for its office, and the clock.
   *
   * Each planned row is merged once more with the row stored now. Merging is
   * idempotent and associative, so this gives exactly the planned row when
   * nothing changed since the dry run, and never overwrites an edit made in
   * between (in another window, say): that edit is merged like any other.
   */
  async applyImport(plan: ImportPlan, options: ApplyImportOptions): Promise<ImportOutcome> {
    if (!plan.canApply) throw new Error('此文件被拒绝导入，未做任何更改')
    const { header } = plan
    const names = Object.keys(plan.rows)
    if (!names.every(isSyncedTable)) throw new SnapshotError('corrupt', 'unknown table in plan')
    const total = names.reduce((n, name) => n + (plan.rows[name]?.length ?? 0), 0)
    const at = (options.at ?? new Date()).toISOString()
    let done = 0
    return this.db.transaction(
      'rw',
      [...names.map((n) => this.table(n)), this.db.conflicts, this.db.syncLog, this.db.local],
      async () => {
        const conflicts: Conflict[] = [...plan.conflicts]
        const written: Record<string, number> = {}
        for (const name of names) {
          const planned = plan.rows[name] ?? []
          const table = this.table(name)
          // mergeTables lists the records new here last: they are added without reading first.
          const firstAdded = planned.length - Math.min(plan.tables[name]?.added ?? 0, planned.length)
          written[name] = 0
          for (let i = 0; i < planned.length;) {
            const end = Math.min(i + APPLY_BATCH, i < firstAdded ? firstAdded : planned.length)
            const batch = planned.slice(i, end)
            written[name] +=
              i < firstAdded
                ? await this.mergeStored(name, table, batch, conflicts)
                : await this.addNew(name, table, batch, conflicts)
            done += batch.length
            i = end
            options.onProgress?.(total === 0 ? 1 : done / total)
          }
        }

        const fresh = new Map<string, Conflict>()
        for (const c of conflicts) {
          const key = conflictKey(c)
          if (!fresh.has(key)) fresh.set(key, c)
        }
        const known = (await this.db.conflicts
          .where('key')
          .anyOf([...fresh.keys()])
          .keys()) as string[]
        for (const key of known) fresh.delete(key)

        const counts: SyncLogEntry['counts'] = {}
        for (const [name, c] of Object.entries(plan.tables)) counts[name] = { ...c, conflicts: 0 }
        for (const c of fresh.values()) {
          const entry = (counts[c.table] ??= { ...emptyCounts() })
          entry.conflicts = (entry.conflicts ?? 0) + 1
        }
        const confirmedNotes = plan.refusals.filter((r) => r.confirmed).map((r) => `已确认：${r.message}`)
        if (plan.adoptSchool) confirmedNotes.push(`本机学校编号改为 ${plan.adoptSchool.schoolId}`)
        const importId = await this.log.add({
          kind: 'import',
          at,
          fileName: options.fileName,
          replicaId: header.replicaId,
          replicaName: header.replicaName,
          highWater: header.hlcHighWater,
          counts,
          note: [
            header.scope === 'all' ? '全部数据' : `选定的 ${header.scope.classIds.length} 个班次`,
            ...confirmedNotes,
          ].join('；'),
        })
        await this.db.conflicts.bulkAdd(
          [...fresh].map(([key, c]) => ({ ...c, key, importId, at, resolved: '' as const })),
        )
        if (plan.adoptSchool)
          await new SettingsRepository(this.db).adoptSchoolId(
            plan.adoptSchool.schoolId,
            plan.adoptSchool.provisional,
          )
        await this.state.recordMergedMark(header.replicaId, plan.mergedMark)
        await this.state.recordReplicaName(header.replicaId, header.replicaName)
        // Later local edits must sort after everything imported (docs/sync-merge.md, step 5).
        this.replica.clock.receive(plan.mergedMark)
        await this.db.local.put({ key: CLOCK_KEY, value: this.replica.clock.current() })
        return { importId, written, conflicts: fresh.size }
      },
    )
  }

  /**
   * Merges planned rows with the rows stored now and writes what changes; returns how many.
   * Inside applyImport's transaction.
   */
  private async mergeStored(
    name: string,
    table: RowTable,
    batch: readonly SyncedRow[],
    conflicts: Conflict[],
  ): Promise<number> {
    const stored = await table.bulkGet(batch.map((r) => r.id))
    const put: SyncedRow[] = []
    batch.forEach((row, j) => {
      const here = stored[j]
      if (!here) {
        put.push(row)
        return
      }
      const merged = mergeRecord(name, here, row)
      for (const c of merged.conflicts) conflicts.push(c)
      if (merged.record !== here) put.push(merged.record)
    })
    await table.bulkPut(put)
    return put.length
  }

  /**
   * Adds rows that were new here at the dry run, without reading first (most of a first import).
   * One written here since (a natural-key record such as an attendance mark, made in another
   * window) makes its add fail: those rows are merged with what is stored, like any planned row.
   */
  private async addNew(
    name: string,
    table: RowTable,
    batch: readonly SyncedRow[],
    conflicts: Conflict[],
  ): Promise<number> {
    try {
      await table.bulkAdd([...batch])
      return batch.length
    } catch (e) {
      if (!(e instanceof Dexie.BulkError)) throw e
      const failed = Object.keys(e.failuresByPos).map(Number)
      const again = failed.map((pos) => batch[pos]!)
      const stored = await table.bulkGet(again.map((r) => r.id))
      if (stored.some((r) => r === undefined)) throw e
      return batch.length - failed.length + (await this.mergeStored(name, table, again, conflicts))
    }
  }

  /**
   * Replaces every synced table with the snapshot's rows, in one transaction
   * (restoring a backup). Tables the snapshot lacks end empty. The conflict
   * log and 同步记录 stay; the merged marks are cleared, since what was merged
   * after the backup is gone and may be imported again.
   */
  async replaceAll(snapshot: Snapshot, onProgress?: (fraction: number) => void): Promise<void> {
    const unknown = Object.keys(snapshot.tables).filter((t) => !isSyncedTable(t))
    if (unknown.length > 0) throw new SnapshotError('corrupt', `unknown tables: ${unknown.join(', ')}`)
    if (snapshot.header.schemaVersion > LATEST_SCHEMA_VERSION)
      throw new Error('此备份由更新版本的班务通生成，本机无法恢复。请先升级班务通。')
    // Every row is checked before anything is cleared (rowValidation.ts). A backup is this
    // office's own: its stamps may run ahead of the PC's clock as far as this office's clock does.
    const problem = fileProblem(snapshot, {
      now: Math.max(Date.now(), stampTime(this.replica.clock.current())),
      tableLabels: SYNC_TABLE_LABELS,
      restore: true,
    })
    if (problem) throw new Error(problem.message)
    const total = Object.values(snapshot.tables).reduce((n, rows) => n + rows.length, 0)
    let done = 0
    await this.db.transaction('rw', [...this.allTables(), this.db.local], async () => {
      for (const name of SYNCED_TABLES) {
        const table = this.table(name)
        await table.clear()
        const rows = snapshot.tables[name] ?? []
        for (let i = 0; i < rows.length; i += APPLY_BATCH) {
          await table.bulkAdd(rows.slice(i, i + APPLY_BATCH))
          done += Math.min(APPLY_BATCH, rows.length - i)
          onProgress?.(total === 0 ? 1 : done / total)
        }
      }
      await this.state.clearMergedMarks()
      // The clock never goes back: edits after the restore sort after everything seen before it.
      if (isStamp(snapshot.header.hlcHighWater)) this.replica.clock.receive(snapshot.header.hlcHighWater)
      await this.db.local.put({ key: CLOCK_KEY, value: this.replica.clock.current() })
    })
    onProgress?.(1)
  }
}
