import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BanwuDatabase } from './database'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema'
import { LEGACY_LEAVE_RULES_KEY, LEGACY_STATUSES_KEY } from './schoolSettingsUpgrade'

/**
 * The migration harness: for every schema version v, open a database at v, fill it with data of
 * that shape (`seedAt[v]`, each seed building on the one before), reopen it at the latest version
 * and check that every record survived. A step that transforms data (an `upgrade` in schema.ts)
 * must also say what it made of the old data, in `checkAfterUpgrade`: run after every upgrade that
 * passes through that step, and required by the last test below (step 6 moves the school's rules
 * from `local` into `schoolSettings`).
 */
/** The seeded installation's replica id (a ULID, as every installation's is). */
const R1 = '01JDTESTSEED0000000000000R'

const seedAt: Record<number, (db: BanwuDatabase) => Promise<void>> = {
  1: async (db) => {
    await db.table('classes').add({
      id: '01JDTESTCLASS0000000000001',
      createdAt: '2025-01-01T00:00:00.000Z',
      deleted: false,
      _hlc: { name: `001735689600000-000000-${R1}` },
      _updated: `001735689600000-000000-${R1}`,
      name: '迁移测试班',
      type: 'zhongqing',
    })
    await db.table('local').put({ key: 'replicaId', value: R1 })
  },
  2: async (db) => {
    await seedAt[1]!(db)
    const meta = (id: string) => ({
      id,
      createdAt: '2025-01-01T00:00:00.000Z',
      deleted: false,
      _hlc: { classId: `001735689600000-000000-${R1}` },
      _updated: `001735689600000-000000-${R1}`,
    })
    await db.table('checklists').add({
      ...meta('01JDTESTCLASS0000000000001'),
      classId: '01JDTESTCLASS0000000000001',
      templateId: 'builtin.key',
      templateVersion: 1,
    })
    await db.table('checklistItems').add({
      ...meta('01JDTESTCLASS0000000000001:key.prep.01'),
      classId: '01JDTESTCLASS0000000000001',
      code: 'key.prep.01',
      status: 'done',
    })
    await db
      .table('checklistTemplates')
      .add({ ...meta('builtin.key@2'), templateId: 'builtin.key', version: 2 })
  },
  3: async (db) => {
    await seedAt[2]!(db)
    await db.table('syncLog').add({ kind: 'export', at: '2025-01-02T00:00:00.000Z', fileName: 'a.banwu' })
    await db
      .table('conflicts')
      .add({ key: 'k1', table: 'classes', recordId: 'x', field: 'name', resolved: '' })
  },
  4: async (db) => {
    await seedAt[3]!(db)
    await db.table('people').add({ ...syncedMeta('P1'), name: '张三', idNumber: '11010519491231002X' })
    await db
      .table('enrollments')
      .add({ ...syncedMeta('E1'), classId: '01JDTESTCLASS0000000000001', personId: 'P1' })
    await db
      .table('groups')
      .add({ ...syncedMeta('G1'), classId: '01JDTESTCLASS0000000000001', name: '第一组' })
  },
  5: async (db) => {
    await seedAt[4]!(db)
    const classId = '01JDTESTCLASS0000000000001'
    await db.table('sessions').add({ ...syncedMeta('S1'), classId, date: '2025-03-03' })
    await db.table('attendance').add({ ...syncedMeta('A1'), classId, sessionId: 'S1', enrollmentId: 'E1' })
    await db.table('leaveRequests').add({ ...syncedMeta('L1'), classId, enrollmentId: 'E1' })
    await db.table('disciplineEvents').add({ ...syncedMeta('D1'), classId, enrollmentId: 'E1' })
    await db.table('attachments').add({ ...syncedMeta('F1'), classId, sessionId: 'S1' })
    // The school's rules, per installation until version 6 (one value the app could not have saved).
    await db.table('local').put({
      key: LEGACY_STATUSES_KEY,
      value: { late: { label: '迟到了', color: 'red' }, personalLeave: { hidden: true } },
    })
    await db
      .table('local')
      .put({ key: LEGACY_LEAVE_RULES_KEY, value: { afterCriticismOnly: false, toleratedHours: 2 } })
  },
  6: async (db) => {
    await seedAt[5]!(db)
    await db.table('schoolSettings').add({ ...syncedMeta('snapshots'), encryptedOnly: false })
  },
  7: async (db) => {
    await seedAt[6]!(db)
    const classId = '01JDTESTCLASS0000000000001'
    await db.table('assessmentSchemes').add({ ...syncedMeta('school@2'), schemeId: 'school', version: 2 })
    await db.table('assessments').add({ ...syncedMeta(classId), classId, schemeVersion: 2, finalised: false })
    await db.table('assessmentEntries').add({ ...syncedMeta('E1:questions:'), classId, enrollmentId: 'E1' })
    await db.table('assessmentEvaluations').add({ ...syncedMeta('E1:expert'), classId, enrollmentId: 'E1' })
    await db.table('exams').add({ ...syncedMeta('X1'), classId, name: '结业考试' })
    await db.table('examScores').add({ ...syncedMeta('X1:E1'), classId, examId: 'X1', enrollmentId: 'E1' })
    await db.table('assessmentGrades').add({ ...syncedMeta(`${classId}:E1`), classId, grade: 'pass' })
    await db.table('quotaAdjustments').add({ ...syncedMeta('Q1'), classId, min: 1, max: 1 })
    await db.table('assessmentLog').add({ ...syncedMeta('G1'), classId, action: 'finalise' })
  },
  8: async (db) => {
    // Builds on the latest earlier seed (version 7 belongs to another area).
    await seedAt[
      Math.max(
        ...Object.keys(seedAt)
          .map(Number)
          .filter((v) => v < 8),
      )
    ]!(db)
    const classId = '01JDTESTCLASS0000000000001'
    await db
      .table('ledgerSchemes')
      .add({ ...syncedMeta('builtin.eight-items@1'), schemeId: 'builtin.eight-items', version: 1 })
    await db.table('ledgerBranches').add({ ...syncedMeta('B1'), classId, name: '临时党支部', year: 2025 })
    await db
      .table('ledgerMembers')
      .add({ ...syncedMeta('M1'), classId, branchId: 'B1', personId: 'P1', name: '张三' })
    await db
      .table('ledgerEntries')
      .add({ ...syncedMeta('LE1'), classId, branchId: 'B1', memberId: 'M1', item: 'pledge' })
    await db.table('ledgerAttachments').add({ ...syncedMeta('LA1'), classId, branchId: 'B1', entryId: 'LE1' })
    await db
      .table('ledgerReviews')
      .add({ ...syncedMeta('M1:2025'), classId, branchId: 'B1', memberId: 'M1', year: 2025 })
  },
  9: async (db) => {
    // Builds on the latest earlier seed (version 8 belongs to another area).
    await seedAt[
      Math.max(
        ...Object.keys(seedAt)
          .map(Number)
          .filter((v) => v < 9),
      )
    ]!(db)
    const classId = '01JDTESTCLASS0000000000001'
    await db
      .table('placements')
      .add({ ...syncedMeta('E1'), classId, enrollmentId: 'E1', hostUnit: '方松街道' })
    await db.table('secondments').add({ ...syncedMeta(classId), classId, deploymentDate: '2025-03-03' })
    await db.table('secondmentWork').add({ ...syncedMeta('E1'), classId, enrollmentId: 'E1', logDays: 3 })
    await db.table('secondmentTalks').add({ ...syncedMeta('T1'), classId, enrollmentId: 'E1', who: '李明' })
    await db.table('secondmentAppraisals').add({ ...syncedMeta('E1'), classId, enrollmentId: 'E1' })
    await db
      .table('questionnaires')
      .add({ ...syncedMeta('class-evaluation@1'), questionnaireId: 'class-evaluation' })
    await db
      .table('questionnaireResponses')
      .add({ ...syncedMeta(`${classId}:class-evaluation@1:1`), classId, number: 1, answers: { m1: 5 } })
    await db.table('reviewWeightings').add({ ...syncedMeta('default'), days: 20 })
  },
  10: async (db) => {
    // Builds on the latest earlier seed (versions 8 and 9 belong to other areas).
    await seedAt[
      Math.max(
        ...Object.keys(seedAt)
          .map(Number)
          .filter((v) => v < 10),
      )
    ]!(db)
    await db.table('certificates').add({
      ...syncedMeta('CERT1'),
      classId: '01JDTESTCLASS0000000000001',
      enrollmentId: 'E1',
      number: '2025ZQ01-B001',
    })
    await db.table('local').put({ key: 'officeCode', value: 'B' })
  },
}

/** Step version → expectations on the seeded data once that step's `upgrade` has run. */
const checkAfterUpgrade: Record<number, (db: BanwuDatabase) => Promise<void>> = {
  /** The school's rules moved from `local` into synced records, stamped by this office's clock. */
  6: async (db) => {
    expect(await db.local.get(LEGACY_STATUSES_KEY)).toBeUndefined()
    expect(await db.local.get(LEGACY_LEAVE_RULES_KEY)).toBeUndefined()
    // Seeds from version 5 on hold the settings (the plan's session S1 is there with them).
    if (!(await db.sessions.get('S1'))) {
      expect(await db.schoolSettings.count()).toBe(0)
      return
    }
    const rules = await db.schoolSettings.get('leaveRules')
    expect(rules).toMatchObject({ afterCriticismOnly: false, toleratedHours: 2, deleted: false })
    const stamp = rules!._updated
    expect(stamp.endsWith(`-${R1}`)).toBe(true)
    expect(rules!._hlc).toEqual({ afterCriticismOnly: stamp, toleratedHours: stamp, deleted: stamp })
    expect((await db.local.get('clock'))?.value).toBe(stamp)
    const statuses = await db.schoolSettings.get('attendanceStatuses')
    expect(statuses).toMatchObject({ late: { label: '迟到了' }, personalLeave: { hidden: true } })
    expect(statuses!.late).toEqual({ label: '迟到了' })
    // Only what differs from the defaults is written (a missing field is the default).
    expect(statuses!.present).toBeUndefined()
  },
}

function syncedMeta(id: string) {
  return {
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    deleted: false,
    _hlc: {},
    _updated: `001735689600000-000000-${R1}`,
  }
}

async function tableCounts(db: BanwuDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const t of db.tables) counts[t.name] = await t.count()
  return counts
}

describe('schema migrations', () => {
  it('has increasing version numbers', () => {
    const versions = SCHEMA_VERSIONS.map((s) => s.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })

  it.each(SCHEMA_VERSIONS.map((s) => s.version))(
    'data written at version %i is there after upgrade',
    async (v) => {
      const name = `migrate-from-${v}`
      const old = new BanwuDatabase(name, v)
      await old.open()
      const seed = seedAt[v]
      expect(seed, `add a seed for schema version ${v} to migrations.test.ts`).toBeDefined()
      await seed!(old)
      const before = await tableCounts(old)
      const localKeys = (await old.local.toArray()).map((e) => e.key)
      old.close()

      const latest = new BanwuDatabase(name)
      await latest.open()
      expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
      const cls = await latest.classes.get('01JDTESTCLASS0000000000001')
      expect(cls?.name).toBe('迁移测试班')
      expect((await latest.local.get('replicaId'))?.value).toBe(R1)
      // Every record written at the old version is still there.
      const after = await tableCounts(latest)
      for (const [table, n] of Object.entries(before))
        if (table !== 'local') expect(after[table], table).toBe(n)
      // This installation's own entries too, except those a step moved into a synced table.
      const moved = [LEGACY_STATUSES_KEY, LEGACY_LEAVE_RULES_KEY]
      for (const key of localKeys.filter((k) => !moved.includes(k)))
        expect(await latest.local.get(key), key).toBeDefined()
      // What each later step's upgrade made of the data.
      for (const step of SCHEMA_VERSIONS)
        if (step.version > v) await checkAfterUpgrade[step.version]?.(latest)
      latest.close()
    },
  )

  it('has a check for every step that transforms data', () => {
    const upgrading = SCHEMA_VERSIONS.filter((s) => s.upgrade).map((s) => s.version)
    for (const v of upgrading) expect(checkAfterUpgrade[v], `add checkAfterUpgrade[${v}]`).toBeDefined()
    expect(Object.keys(checkAfterUpgrade).map(Number)).toEqual(upgrading)
  })
})
