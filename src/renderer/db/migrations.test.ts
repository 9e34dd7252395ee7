import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { BanwuDatabase } from './database'
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema'

/**
 * The migration harness: for every version n > 1, open a database at n − 1,
 * fill it with data of that shape, reopen at the latest version and check the
 * data survived (each step may add its own expectations in `checks`).
 * With one version only, the harness still proves a database reopens intact.
 */
const seedAt: Record<number, (db: BanwuDatabase) => Promise<void>> = {
  1: async (db) => {
    await db.table('classes').add({
      id: '01JDTESTCLASS0000000000001',
      createdAt: '2025-01-01T00:00:00.000Z',
      deleted: false,
      _hlc: { name: '001735689600000-000000-R1' },
      _updated: '001735689600000-000000-R1',
      name: '迁移测试班',
      type: 'zhongqing',
    })
    await db.table('local').put({ key: 'replicaId', value: 'R1' })
  },
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
      old.close()

      const latest = new BanwuDatabase(name)
      await latest.open()
      expect(latest.verno).toBe(LATEST_SCHEMA_VERSION)
      const cls = await latest.classes.get('01JDTESTCLASS0000000000001')
      expect(cls?.name).toBe('迁移测试班')
      expect((await latest.local.get('replicaId'))?.value).toBe('R1')
      latest.close()
    },
  )
})
