import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { listBackups, pruneBackups, readBackup, writeBackup } from '../../../src/main/backups'
import { createIpcHandlers, type ShellDeps } from '../../../src/main/handlers'
import type { InvokeEventLike } from '../../../src/main/ipc'
import { APP_ENTRY_URL } from '../../../src/main/protocol'
import { freePath, writeNewFileVerified } from '../../../src/main/snapshotFiles'
import { readFilesCapped, writeFileVerified } from '../../../src/main/files'
import { createPassphraseStore } from '../../../src/main/passphraseStore'
import { fakeSecretStorage } from './fakeSecretStorage'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banwu-backups-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const DAY = 24 * 60 * 60 * 1000
const bytes = (text: string) => new TextEncoder().encode(text)

async function fileAt(name: string, ms: number, content = name) {
  await writeFile(join(dir, name), content)
  await utimes(join(dir, name), ms / 1000, ms / 1000)
}

describe('the backups folder', () => {
  it('creates the folder, writes verified files and lists .banwu files newest first', async () => {
    const folder = join(dir, 'backups')
    expect(await listBackups(folder)).toEqual([])
    const written = await writeBackup(folder, 'a.banwu', bytes('first'))
    expect(written).toMatchObject({ name: 'a.banwu', size: 5 })
    await utimes(join(folder, 'a.banwu'), 1000, 1000)
    await writeBackup(folder, 'b.banwu', bytes('second'))
    await writeFile(join(folder, 'notes.txt'), 'x')
    await writeFile(join(folder, '.b.banwu.123.tmp'), 'partial')
    expect((await listBackups(folder)).map((f) => f.name)).toEqual(['b.banwu', 'a.banwu'])
    expect(new TextDecoder().decode((await readBackup(folder, 'a.banwu')).bytes)).toBe('first')
  })

  it('prunes backups older than the kept days, but never the newest', async () => {
    const now = Date.parse('2025-11-20T12:00:00Z')
    await fileAt('new.banwu', now - DAY)
    await fileAt('edge.banwu', now - 14 * DAY)
    await fileAt('old.banwu', now - 15 * DAY)
    await fileAt('other.txt', now - 100 * DAY)
    expect(await pruneBackups(dir, 14, now)).toEqual(['old.banwu'])
    expect((await readdir(dir)).sort()).toEqual(['edge.banwu', 'new.banwu', 'other.txt'])

    await rm(join(dir, 'new.banwu'))
    await rm(join(dir, 'edge.banwu'))
    await fileAt('only.banwu', now - 400 * DAY)
    expect(await pruneBackups(dir, 1, now)).toEqual([])
  })
})

describe('snapshot files are never overwritten', () => {
  it('picks the next free name', async () => {
    const taken = new Set(['/s/a.banwu', '/s/a (2).banwu'])
    const isTaken = (p: string) => Promise.resolve(taken.has(p))
    expect(await freePath('/s/b.banwu', isTaken)).toBe('/s/b.banwu')
    expect(await freePath('/s/a.banwu', isTaken)).toBe(join('/s', 'a (3).banwu'))
  })

  it('writes beside an existing file and leaves it intact', async () => {
    const target = join(dir, '班务通快照_本部_2025-11-20_001.banwu')
    await writeFile(target, 'earlier file')
    const written = await writeNewFileVerified(target, bytes('new file'))
    expect(written).toBe(join(dir, '班务通快照_本部_2025-11-20_001 (2).banwu'))
    expect(await readFile(target, 'utf8')).toBe('earlier file')
    expect(await readFile(written, 'utf8')).toBe('new file')
  })
})

type Event = InvokeEventLike & { id: string }
const EVENT: Event = { id: 'window-1', senderFrame: { url: APP_ENTRY_URL, parent: null } }

function deps(overrides: Partial<ShellDeps<Event>> = {}): ShellDeps<Event> {
  return {
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    writeFile: (path, data) => writeFileVerified(path, data),
    readFiles: (paths) => readFilesCapped(paths),
    printToPdf: () => Promise.resolve(new Uint8Array()),
    print: () => Promise.resolve({ success: true, failureReason: '' }),
    openInBrowser: () => Promise.resolve(),
    appInfo: () => {
      throw new Error('not used')
    },
    defaultSaveDirectory: () => dir,
    writeNewFile: (path, data) => writeNewFileVerified(path, data),
    backupDirectory: () => join(dir, 'backups'),
    passphraseStore: createPassphraseStore({
      secrets: fakeSecretStorage(),
      platform: 'win32',
      file: join(dir, 'passphrase.bin'),
    }),
    ...overrides,
  }
}

describe('snapshot and backup channels', () => {
  it('snapshot:save adds the extension, never overwrites, and reports the path written', async () => {
    await writeFile(join(dir, '快照.banwu'), 'earlier')
    const showSaveDialog = vi.fn(() => Promise.resolve({ canceled: false, filePath: join(dir, '快照') }))
    const handlers = createIpcHandlers(deps({ showSaveDialog }))
    const result = await handlers['snapshot:save'](
      { suggestedName: '快照.banwu', bytes: bytes('new') },
      EVENT,
    )
    expect(result).toEqual({ ok: true, value: { path: join(dir, '快照 (2).banwu') } })
    expect(await readFile(join(dir, '快照.banwu'), 'utf8')).toBe('earlier')
    expect(showSaveDialog).toHaveBeenCalledWith(EVENT, {
      defaultPath: join(dir, '快照.banwu'),
      filters: [{ name: '班务通快照', extensions: ['banwu'] }],
    })
  })

  it('snapshot:save reports a closed dialog as cancelled and writes nothing', async () => {
    const handlers = createIpcHandlers(deps())
    const result = await handlers['snapshot:save']({ suggestedName: 'x.banwu', bytes: bytes('x') }, EVENT)
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(await readdir(dir)).toEqual([])
  })

  it('backup channels write, list, read and prune in userData/backups', async () => {
    const handlers = createIpcHandlers(deps())
    const written = await handlers['backup:write']({ name: 'b1.banwu', bytes: bytes('one') }, EVENT)
    expect(written).toMatchObject({ ok: true, value: { name: 'b1.banwu', size: 3 } })
    expect(await readFile(join(dir, 'backups', 'b1.banwu'), 'utf8')).toBe('one')
    const listed = await handlers['backup:list'](undefined, EVENT)
    expect(listed.ok && listed.value.map((f) => f.name)).toEqual(['b1.banwu'])
    const read = await handlers['backup:read']({ name: 'b1.banwu' }, EVENT)
    expect(read.ok && new TextDecoder().decode(read.value.bytes)).toBe('one')
    expect(await handlers['backup:prune']({ keepDays: 14 }, EVENT)).toEqual({ ok: true, value: [] })
  })
})
