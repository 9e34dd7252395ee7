import { describe, expect, it } from 'vitest'
import { backupFileName, parseBackupFileName, safeFileNamePart, snapshotFileName } from './syncFileNames'

describe('file names', () => {
  it('names a snapshot by office, day and a three-digit sequence number', () => {
    expect(snapshotFileName('本部教务科', '2026-11-23', 3)).toBe('班务通快照_本部教务科_2026-11-23_003.banwu')
    expect(snapshotFileName('分校区', '2026-11-23', 1204)).toBe('班务通快照_分校区_2026-11-23_1204.banwu')
  })

  it.each([
    ['本部/教务科', '本部_教务科'],
    ['a:b*c?"d"<e>|f\\g', 'a_b_c__d__e__f_g'],
    ['  ', '未命名'],
    ['..', '未命名'],
    ['x\u0001y', 'x_y'],
  ])('makes %j safe as %j', (text, safe) => {
    expect(safeFileNamePart(text)).toBe(safe)
  })

  it('names a backup by local time and reason, and reads the name back', () => {
    const at = new Date(2025, 10, 20, 8, 30, 15, 123)
    const name = backupFileName(at, 'beforeImport')
    expect(name).toBe('班务通备份_2025-11-20_083015123_导入前.banwu')
    expect(parseBackupFileName(name)).toEqual({ day: '2025-11-20', at, reason: 'beforeImport' })
    expect(parseBackupFileName('班务通快照_本部_2025-11-20_001.banwu')).toBeNull()
    expect(parseBackupFileName('班务通备份_2025-11-20_083015123_别的.banwu')?.reason).toBeNull()
  })
})
