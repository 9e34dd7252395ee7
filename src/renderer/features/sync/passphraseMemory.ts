import { useEffect, useState } from 'react'
import { useData } from '../../db/core/DataProvider'
import { platform as appPlatform, type Platform } from '../../platform'

/**
 * Where a remembered passphrase is kept, which the screens say beside 记住密码:
 * - `system`: Electron, sealed with the system's secret store (`safeStorage`, main process);
 * - `browser`: the browser build, in this browser profile's IndexedDB (readable by anyone
 *   using this profile);
 * - `none`: Electron on a PC without a secret store (Linux `basic_text`): not remembered.
 */
export type PassphraseKeeping = { where: 'system' } | { where: 'browser' } | { where: 'none'; reason: string }

/** What the renderer's own store offers (db/sync/syncLocalState.ts). */
export interface LocalPassphraseState {
  rememberedPassphrase(): Promise<string | null>
  rememberPassphrase(passphrase: string | null): Promise<void>
}

export interface PassphraseMemory {
  keeping: PassphraseKeeping
  read(): Promise<string | null>
  /** Remembers the passphrase where `keeping` says, or forgets it with null (or when `none`). */
  remember(passphrase: string | null): Promise<void>
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/**
 * The passphrase memory of this installation. In Electron a passphrase an earlier version kept
 * in IndexedDB is moved into the secret store (or dropped when there is none) on first read.
 */
export async function openPassphraseMemory(
  platform: Pick<Platform, 'passphraseStatus' | 'readPassphrase' | 'rememberPassphrase'>,
  local: LocalPassphraseState,
): Promise<PassphraseMemory> {
  const status = await platform.passphraseStatus()
  if (!status.ok) {
    if (status.error.code !== 'not-available') throw new Error(status.error.message)
    return {
      keeping: { where: 'browser' },
      read: () => local.rememberedPassphrase(),
      remember: (passphrase) => local.rememberPassphrase(passphrase),
    }
  }
  const keeping: PassphraseKeeping = status.value.canRemember
    ? { where: 'system' }
    : { where: 'none', reason: status.value.reason ?? '这台电脑不能安全地保存密码' }
  return {
    keeping,
    async read() {
      const legacy = await local.rememberedPassphrase()
      if (legacy !== null) {
        if (keeping.where === 'system') unwrap(await platform.rememberPassphrase(legacy))
        await local.rememberPassphrase(null)
      }
      return keeping.where === 'system' ? unwrap(await platform.readPassphrase()) : null
    },
    async remember(passphrase) {
      unwrap(await platform.rememberPassphrase(keeping.where === 'system' ? passphrase : null))
      await local.rememberPassphrase(null)
    },
  }
}

/** The passphrase memory for the sync screens; null while it is being opened. */
export function usePassphraseMemory(): PassphraseMemory | null {
  const { sync } = useData()
  const [memory, setMemory] = useState<PassphraseMemory | null>(null)
  useEffect(() => {
    let live = true
    void openPassphraseMemory(appPlatform, sync.state).then((m) => live && setMemory(m))
    return () => {
      live = false
    }
  }, [sync])
  return memory
}

/** The words beside 记住密码. */
export function rememberLabel(keeping: PassphraseKeeping | undefined): {
  label: string
  note: string | null
} {
  switch (keeping?.where) {
    case 'system':
      return { label: '在本机记住此密码（由系统加密保存，导入时自动填入）', note: null }
    case 'browser':
      return {
        label: '在本浏览器记住此密码（导入时自动填入）',
        note: '密码将保存在本浏览器的用户资料中，使用这台电脑上这个浏览器的人都能取得；公用电脑上请不要勾选。',
      }
    case 'none':
      return { label: '在本机记住此密码', note: keeping.reason }
    default:
      return { label: '在本机记住此密码', note: null }
  }
}
