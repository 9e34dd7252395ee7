import { describe, expect, it } from 'vitest'
import { fail, ok, type PassphraseStoreStatus } from '@shared/ipc'
import { openPassphraseMemory, rememberLabel, type LocalPassphraseState } from './passphraseMemory'

function localState(initial: string | null = null): LocalPassphraseState & { value: string | null } {
  const state = {
    value: initial,
    rememberedPassphrase: () => Promise.resolve(state.value),
    rememberPassphrase: (p: string | null) => {
      state.value = p === '' ? null : p
      return Promise.resolve()
    },
  }
  return state
}

/** Main's passphrase store as the preload answers (see test/node/main/passphraseStore.test.ts). */
function electron(status: PassphraseStoreStatus) {
  const sealed = { value: null as string | null }
  return {
    sealed,
    passphraseStatus: () => Promise.resolve(ok(status)),
    readPassphrase: () => Promise.resolve(ok(sealed.value)),
    rememberPassphrase: (p: string | null) => {
      sealed.value = status.canRemember ? p : null
      return Promise.resolve(ok(status))
    },
  }
}

const browser = {
  passphraseStatus: () => Promise.resolve(fail<PassphraseStoreStatus>('not-available', '浏览器版')),
  readPassphrase: () => Promise.resolve(fail<string | null>('not-available', '浏览器版')),
  rememberPassphrase: () => Promise.resolve(fail<PassphraseStoreStatus>('not-available', '浏览器版')),
}

const PASS = '松江分校每周二同步数据'

// Issue 12 point 7.
describe('openPassphraseMemory', () => {
  it('keeps the passphrase in the browser profile in the browser build', async () => {
    const local = localState()
    const memory = await openPassphraseMemory(browser, local)
    expect(memory.keeping).toEqual({ where: 'browser' })
    await memory.remember(PASS)
    expect(local.value).toBe(PASS)
    expect(await memory.read()).toBe(PASS)
  })

  it('keeps it only in the system store in Electron, moving an older IndexedDB copy there', async () => {
    const local = localState(PASS)
    const main = electron({ canRemember: true, reason: null })
    const memory = await openPassphraseMemory(main, local)
    expect(memory.keeping).toEqual({ where: 'system' })
    expect(await memory.read()).toBe(PASS)
    expect(local.value).toBeNull()
    expect(main.sealed.value).toBe(PASS)
    await memory.remember(null)
    expect(await memory.read()).toBeNull()
  })

  it('remembers nothing in Electron without a secret store, and drops an older IndexedDB copy', async () => {
    const local = localState(PASS)
    const main = electron({ canRemember: false, reason: '没有密钥环' })
    const memory = await openPassphraseMemory(main, local)
    expect(memory.keeping).toEqual({ where: 'none', reason: '没有密钥环' })
    expect(await memory.read()).toBeNull()
    await memory.remember(PASS)
    expect(local.value).toBeNull()
    expect(main.sealed.value).toBeNull()
  })

  it('says where it is kept', () => {
    expect(rememberLabel({ where: 'browser' }).note).toContain('保存在本浏览器的用户资料中')
    expect(rememberLabel({ where: 'system' }).label).toContain('由系统加密保存')
    expect(rememberLabel({ where: 'none', reason: '没有密钥环' }).note).toBe('没有密钥环')
  })
})
