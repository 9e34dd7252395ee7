import { describe, expect, it } from 'vitest'
import { toIpcError } from '../../../src/main/errors'
import { FileTooLargeError, WriteVerificationError } from '../../../src/main/files'

const fsError = (code: string): Error => Object.assign(new Error(`${code}: something`), { code })

describe('toIpcError', () => {
  it.each([
    [new FileTooLargeError('/a', 200 * 1024 * 1024), 'too-large'],
    [new WriteVerificationError('/a'), 'io'],
    [fsError('ENOENT'), 'not-found'],
    [fsError('EISDIR'), 'not-found'],
    [fsError('EACCES'), 'permission-denied'],
    [fsError('EPERM'), 'permission-denied'],
    [fsError('ENOSPC'), 'disk-full'],
    [fsError('EROFS'), 'read-only'],
    [fsError('EBUSY'), 'io'],
    [fsError('EIO'), 'io'],
    [new Error('anything else'), 'unknown'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (error, code) => {
    const result = toIpcError(error)
    expect(result.code).toBe(code)
    // Shown to the user: Chinese, and never Node's English text or a path.
    expect(result.message).toMatch(/[\u4e00-\u9fff]/)
    expect(result.message).not.toMatch(/E[A-Z]{3,}|\/a/)
  })
})
