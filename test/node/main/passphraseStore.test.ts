import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createPassphraseStore,
  NO_ENCRYPTION_MESSAGE,
  NO_SECRET_STORE_MESSAGE,
} from '../../../src/main/passphraseStore'
import { fakeSecretStorage } from './fakeSecretStorage'

let dir: string
let file: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'banwu-passphrase-'))
  file = join(dir, 'passphrase.bin')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const PASS = '松江分校每周二同步数据'
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )

// Issue 12 point 7: the remembered passphrase is kept with safeStorage, never where the OS has no secret store.
describe('createPassphraseStore', () => {
  it.each([
    ['win32', 'unknown', true, { canRemember: true, reason: null }],
    ['darwin', 'unknown', true, { canRemember: true, reason: null }],
    ['linux', 'gnome_libsecret', true, { canRemember: true, reason: null }],
    ['linux', 'kwallet5', true, { canRemember: true, reason: null }],
    ['linux', 'basic_text', true, { canRemember: false, reason: NO_SECRET_STORE_MESSAGE }],
    ['win32', 'unknown', false, { canRemember: false, reason: NO_ENCRYPTION_MESSAGE }],
  ])(
    'status on %s with backend %s, encryption available %s',
    async (platform, backend, available, expected) => {
      const store = createPassphraseStore({
        secrets: fakeSecretStorage({ backend, available }),
        platform,
        file,
      })
      expect(await store.status()).toEqual(expected)
    },
  )

  it('keeps the passphrase sealed in its file and reads it back', async () => {
    const store = createPassphraseStore({ secrets: fakeSecretStorage(), platform: 'linux', file })
    expect(await store.read()).toBeNull()
    await store.remember(PASS)
    const sealed = await readFile(file)
    expect(sealed.includes(Buffer.from(PASS))).toBe(false)
    expect(await store.read()).toBe(PASS)
    await store.remember(null)
    expect(await exists(file)).toBe(false)
    expect(await store.read()).toBeNull()
  })

  it('does not remember on Linux basic_text, and forgets what was sealed before', async () => {
    await createPassphraseStore({ secrets: fakeSecretStorage(), platform: 'linux', file }).remember(PASS)
    const basic = createPassphraseStore({
      secrets: fakeSecretStorage({ backend: 'basic_text' }),
      platform: 'linux',
      file,
    })
    expect(await basic.read()).toBeNull()
    expect(await basic.remember(PASS)).toEqual({ canRemember: false, reason: NO_SECRET_STORE_MESSAGE })
    expect(await exists(file)).toBe(false)
  })

  it('forgets a file it can no longer open (another user, a lost key)', async () => {
    await createPassphraseStore({ secrets: fakeSecretStorage({ key: 1 }), platform: 'win32', file }).remember(
      PASS,
    )
    const other = createPassphraseStore({ secrets: fakeSecretStorage({ key: 2 }), platform: 'win32', file })
    expect(await other.read()).toBeNull()
    expect(await exists(file)).toBe(false)
  })

  it('seals again when the system rotated its key', async () => {
    await writeFile(file, Buffer.from([0x5a, ...new TextEncoder().encode(PASS).map((b) => b ^ 0x5a)]))
    const secrets = fakeSecretStorage({ reEncrypt: true })
    const store = createPassphraseStore({ secrets, platform: 'win32', file })
    expect(await store.read()).toBe(PASS)
    expect(secrets.encryptions).toBe(1)
  })

  it('treats an empty passphrase as forgetting', async () => {
    const store = createPassphraseStore({ secrets: fakeSecretStorage(), platform: 'win32', file })
    await store.remember(PASS)
    await store.remember('')
    expect(await exists(file)).toBe(false)
  })
})
