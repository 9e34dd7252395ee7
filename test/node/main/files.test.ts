import * as fs from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  FileTooLargeError,
  readFileCapped,
  readFilesCapped,
  writeFileAtomic,
  writeFileVerified,
  WriteVerificationError,
  type AtomicWriteFs,
  type WritableHandle,
} from '../../../src/main/files'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banwu-files-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text)
const noDirSync = { syncDirectory: () => Promise.resolve() }

/** Real fs, but the handle's write/sync can be made to fail part-way, like a USB stick pulled out. */
function failingFs(fault: {
  afterBytes?: number
  failSync?: boolean
  failRename?: string[]
}): AtomicWriteFs & {
  renameCalls: number
} {
  const wrapper = {
    renameCalls: 0,
    async open(path: string, flags: string): Promise<WritableHandle> {
      const handle = await fs.open(path, flags)
      let written = 0
      return {
        async write(buffer, offset, length, position) {
          if (fault.afterBytes !== undefined && written + length > fault.afterBytes) {
            // Write what fits, then fail: a partial temp file exists on disk at this point.
            const room = fault.afterBytes - written
            if (room > 0) await handle.write(buffer, offset, room, position)
            written += Math.max(room, 0)
            throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })
          }
          const result = await handle.write(buffer, offset, length, position)
          written += result.bytesWritten
          return result
        },
        async sync() {
          if (fault.failSync) throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' })
          await handle.sync()
        },
        close: () => handle.close(),
      }
    },
    async rename(from: string, to: string) {
      wrapper.renameCalls++
      const code = fault.failRename?.shift()
      if (code) throw Object.assign(new Error(`${code}: rename`), { code })
      await fs.rename(from, to)
    },
    rm: (path: string, options: { force: boolean }) => fs.rm(path, options),
  }
  return wrapper
}

describe('writeFileAtomic', () => {
  it('writes a new file', async () => {
    const target = join(dir, '花名册.xlsx')
    await writeFileAtomic(target, bytesOf('new content'), fs, noDirSync)
    expect(await readFile(target, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['花名册.xlsx'])
  })

  it('replaces an existing file', async () => {
    const target = join(dir, 'a.banwu')
    await writeFile(target, 'old content that is longer than the new one')
    await writeFileAtomic(target, bytesOf('new'), fs, noDirSync)
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['a.banwu'])
  })

  it('writes an empty file', async () => {
    const target = join(dir, 'empty.txt')
    await writeFileAtomic(target, new Uint8Array(0), fs, noDirSync)
    expect((await readFile(target)).byteLength).toBe(0)
  })

  it('keeps writing when the file system writes fewer bytes than asked', async () => {
    const target = join(dir, 'short-writes.bin')
    const data = new Uint8Array(10_000).map((_, i) => i % 251)
    const shortWrites: AtomicWriteFs = {
      ...fs,
      async open(path, flags) {
        const handle = await fs.open(path, flags)
        return {
          write: (buffer, offset, length, position) =>
            handle.write(buffer, offset, Math.min(length, 777), position),
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    await writeFileAtomic(target, data, shortWrites, noDirSync)
    expect(new Uint8Array(await readFile(target))).toEqual(data)
  })

  it.each([
    ['a write that fails half-way', { afterBytes: 5_000 }],
    ['a write that fails at the first byte', { afterBytes: 0 }],
    ['an fsync that fails after all bytes are written', { failSync: true }],
    ['a rename that fails', { failRename: ['EXDEV'] }],
  ])('%s leaves the old file intact and no temp file behind', async (_name, fault) => {
    const target = join(dir, 'roster.xlsx')
    await writeFile(target, 'the old, good file')
    const failing = failingFs(fault)
    await expect(
      writeFileAtomic(target, new Uint8Array(20_000).fill(65), failing, noDirSync),
    ).rejects.toThrow()
    expect(await readFile(target, 'utf8')).toBe('the old, good file')
    expect(await readdir(dir)).toEqual(['roster.xlsx'])
  })

  it('retries a rename briefly blocked (antivirus on Windows), then succeeds', async () => {
    const target = join(dir, 'x.banwu')
    const flaky = failingFs({ failRename: ['EPERM', 'EBUSY'] })
    await writeFileAtomic(target, bytesOf('ok'), flaky, {
      ...noDirSync,
      renameAttempts: 3,
      renameRetryDelayMs: 1,
    })
    expect(flaky.renameCalls).toBe(3)
    expect(await readFile(target, 'utf8')).toBe('ok')
    expect(await readdir(dir)).toEqual(['x.banwu'])
  })

  it('gives up after the last rename attempt and cleans up', async () => {
    const target = join(dir, 'x.banwu')
    const flaky = failingFs({ failRename: ['EPERM', 'EPERM'] })
    await expect(
      writeFileAtomic(target, bytesOf('ok'), flaky, {
        ...noDirSync,
        renameAttempts: 2,
        renameRetryDelayMs: 1,
      }),
    ).rejects.toMatchObject({ code: 'EPERM' })
    expect(flaky.renameCalls).toBe(2)
    expect(await readdir(dir)).toEqual([])
  })

  it('fails without writing when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.txt'), bytesOf('x'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
  })

  it('fsyncs the directory with the real default', async () => {
    const target = join(dir, 'durable.txt')
    await writeFileAtomic(target, bytesOf('durable'))
    expect(await readFile(target, 'utf8')).toBe('durable')
  })
})

describe('writeFileVerified', () => {
  it('writes and reads back', async () => {
    const target = join(dir, 'v.banwu')
    await writeFileVerified(target, bytesOf('verified'), fs, noDirSync)
    expect(await readFile(target, 'utf8')).toBe('verified')
  })

  it('throws when the bytes read back differ', async () => {
    const target = join(dir, 'v.banwu')
    const lying = { ...fs, readFile: () => Promise.resolve(bytesOf('something else')) }
    await expect(writeFileVerified(target, bytesOf('verified'), lying, noDirSync)).rejects.toBeInstanceOf(
      WriteVerificationError,
    )
  })
})

describe('readFileCapped', () => {
  it('reads name and bytes', async () => {
    await writeFile(join(dir, '学员名单.csv'), '姓名\n张三\n')
    const file = await readFileCapped(join(dir, '学员名单.csv'))
    expect(file.name).toBe('学员名单.csv')
    expect(new TextDecoder().decode(file.bytes)).toBe('姓名\n张三\n')
  })

  it('returns bytes that own their whole buffer, never a view into a shared pool', async () => {
    const pool = new Uint8Array(64).fill(7)
    const view = pool.subarray(8, 11)
    const pooled = {
      stat: () => Promise.resolve({ size: 3, isFile: () => true }),
      readFile: () => Promise.resolve(view),
    }
    const file = await readFileCapped('/any/a.bin', 10, pooled)
    expect(file.bytes).toEqual(new Uint8Array([7, 7, 7]))
    expect(file.bytes.buffer.byteLength).toBe(3)
  })

  it('refuses a file over the cap before reading it', async () => {
    await writeFile(join(dir, 'big.bin'), new Uint8Array(11))
    let read = false
    const spying = { stat: fs.stat, readFile: (p: string) => ((read = true), fs.readFile(p)) }
    await expect(readFileCapped(join(dir, 'big.bin'), 10, spying)).rejects.toBeInstanceOf(FileTooLargeError)
    expect(read).toBe(false)
  })

  it('accepts a file exactly at the cap', async () => {
    await writeFile(join(dir, 'edge.bin'), new Uint8Array(10))
    expect((await readFileCapped(join(dir, 'edge.bin'), 10)).bytes.byteLength).toBe(10)
  })

  it('refuses a file that grew between stat and read', async () => {
    const growing = {
      stat: () => Promise.resolve({ size: 5, isFile: () => true }),
      readFile: () => Promise.resolve(new Uint8Array(50)),
    }
    await expect(readFileCapped('/any/file', 10, growing)).rejects.toBeInstanceOf(FileTooLargeError)
  })

  it('refuses a directory', async () => {
    await expect(readFileCapped(dir)).rejects.toMatchObject({ code: 'EISDIR' })
  })

  it('reads several files in order and stops at one over the cap', async () => {
    await writeFile(join(dir, '1.txt'), 'a')
    await writeFile(join(dir, '2.txt'), 'bb')
    const files = await readFilesCapped([join(dir, '2.txt'), join(dir, '1.txt')], 10)
    expect(files.map((f) => f.name)).toEqual(['2.txt', '1.txt'])
    await writeFile(join(dir, '3.txt'), 'x'.repeat(20))
    await expect(readFilesCapped([join(dir, '1.txt'), join(dir, '3.txt')], 10)).rejects.toBeInstanceOf(
      FileTooLargeError,
    )
  })
})
