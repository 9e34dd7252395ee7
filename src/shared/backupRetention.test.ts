import { describe, expect, it } from 'vitest'
import {
  backupsToPrune,
  MAX_BACKUP_COUNT,
  MAX_BACKUP_TOTAL_BYTES,
  type StoredBackup,
} from './backupRetention'

const NOW = Date.parse('2025-11-20T09:00:00Z')
const DAY = 24 * 60 * 60 * 1000
const MB = 1024 ** 2

/** Backups a day apart, the first `daysAgo[0]` days old; sizes in MB. */
const files = (spec: [daysAgo: number, mb: number][]): StoredBackup[] =>
  spec.map(([d, mb], i) => ({
    name: `b${i}-${d}d.banwu`,
    size: mb * MB,
    modifiedAt: new Date(NOW - d * DAY).toISOString(),
  }))

describe('backupsToPrune: age, count and total size', () => {
  const cases: {
    name: string
    files: StoredBackup[]
    keepDays: number
    maxCount?: number
    maxTotalBytes?: number
    pruned: string[]
  }[] = [
    { name: 'nothing stored', files: [], keepDays: 30, pruned: [] },
    {
      name: 'all young and small',
      files: files([
        [0, 1],
        [1, 1],
        [2, 1],
      ]),
      keepDays: 30,
      pruned: [],
    },
    {
      name: 'older than the kept days',
      files: files([
        [0, 1],
        [5, 1],
        [40, 1],
        [41, 1],
      ]),
      keepDays: 30,
      pruned: ['b2-40d.banwu', 'b3-41d.banwu'],
    },
    {
      name: 'the newest stays however old',
      files: files([
        [100, 1],
        [200, 1],
      ]),
      keepDays: 30,
      pruned: ['b1-200d.banwu'],
    },
    {
      name: 'more than the count',
      files: files([
        [0, 1],
        [1, 1],
        [2, 1],
        [3, 1],
      ]),
      keepDays: 30,
      maxCount: 2,
      pruned: ['b2-2d.banwu', 'b3-3d.banwu'],
    },
    {
      name: 'over the total size: the older ones go',
      files: files([
        [0, 40],
        [1, 40],
        [2, 40],
      ]),
      keepDays: 30,
      maxTotalBytes: 100 * MB,
      pruned: ['b2-2d.banwu'],
    },
    {
      name: 'exactly at the total size is kept',
      files: files([
        [0, 50],
        [1, 50],
      ]),
      keepDays: 30,
      maxTotalBytes: 100 * MB,
      pruned: [],
    },
    {
      name: 'the newest alone larger than the total stays, the rest go',
      files: files([
        [0, 300],
        [1, 1],
      ]),
      keepDays: 30,
      maxTotalBytes: 100 * MB,
      pruned: ['b1-1d.banwu'],
    },
    {
      name: 'a smaller older backup after one past the size limit goes too',
      files: files([
        [0, 60],
        [1, 60],
        [2, 1],
      ]),
      keepDays: 30,
      maxTotalBytes: 100 * MB,
      pruned: ['b1-1d.banwu', 'b2-2d.banwu'],
    },
    {
      name: 'unsorted input is sorted newest first',
      files: files([
        [3, 1],
        [0, 1],
        [2, 1],
        [1, 1],
      ]),
      keepDays: 30,
      maxCount: 2,
      pruned: ['b2-2d.banwu', 'b0-3d.banwu'],
    },
  ]
  for (const c of cases)
    it(c.name, () => {
      expect(backupsToPrune(c.files, c, NOW)).toEqual(c.pruned)
    })

  it('defaults to the named caps', () => {
    const many = files(
      Array.from({ length: MAX_BACKUP_COUNT + 5 }, (_, i) => [i / 10, 1] as [number, number]),
    )
    expect(backupsToPrune(many, { keepDays: 365 }, NOW)).toHaveLength(5)
    const big = files([
      [0, MAX_BACKUP_TOTAL_BYTES / MB],
      [1, 1],
    ])
    expect(backupsToPrune(big, { keepDays: 365 }, NOW)).toEqual(['b1-1d.banwu'])
  })
})
