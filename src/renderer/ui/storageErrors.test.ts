import { describe, expect, it } from 'vitest'
import { errorMessage } from './Notifier'
import { isQuotaExceeded, QUOTA_EXCEEDED_MESSAGE, storageErrorMessage } from './storageErrors'

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')
/** Shaped like Dexie's errors (name, message, inner); ui/ may not import dexie. */
const dexieError = (name: string, message: string, inner?: unknown) =>
  Object.assign(new Error(message), { name, inner })

describe('storage errors speak Chinese', () => {
  const cases: { name: string; error: unknown; quota: boolean }[] = [
    { name: 'IndexedDB DOMException', error: quotaDom(), quota: true },
    { name: "Dexie's QuotaExceededError", error: dexieError('QuotaExceededError', 'full'), quota: true },
    {
      name: 'Dexie AbortError wrapping the quota error',
      error: dexieError('AbortError', 'Transaction aborted', quotaDom()),
      quota: true,
    },
    {
      name: 'an Error whose cause is the quota error',
      error: new Error('写入失败', { cause: quotaDom() }),
      quota: true,
    },
    {
      name: 'Electron disk full',
      error: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }),
      quota: true,
    },
    { name: 'legacy code 22', error: { name: 'Error', code: 22 }, quota: true },
    { name: 'a constraint error', error: dexieError('ConstraintError', 'Key already exists'), quota: false },
    { name: 'a plain message', error: new Error('请填写班次名称'), quota: false },
    { name: 'a string', error: 'oops', quota: false },
    { name: 'null', error: null, quota: false },
  ]
  for (const c of cases)
    it(c.name, () => {
      expect(isQuotaExceeded(c.error)).toBe(c.quota)
      expect(storageErrorMessage(c.error)).toBe(c.quota ? QUOTA_EXCEEDED_MESSAGE : null)
      // The one function every screen uses to show an error.
      if (c.quota) expect(errorMessage(c.error)).toBe(QUOTA_EXCEEDED_MESSAGE)
      else expect(errorMessage(c.error)).not.toBe(QUOTA_EXCEEDED_MESSAGE)
    })

  it('says what to do', () => {
    for (const words of ['清理磁盘空间', '导出一份快照', '自动备份'])
      expect(QUOTA_EXCEEDED_MESSAGE).toContain(words)
  })
})
