import { readFile, rm } from 'node:fs/promises'
import type { PassphraseStoreStatus } from '../shared/ipc'
import { errorCode, writeFileVerified } from './files'

/**
 * The remembered snapshot passphrase, sealed with Electron's `safeStorage` (Windows DPAPI, macOS
 * Keychain, Linux libsecret/kwallet) in one file under userData. Where the system has no secret
 * store (Linux `basic_text`: the key is a constant compiled into Chromium) or encryption is not
 * available, nothing is remembered and the status says why.
 *
 * The part of `safeStorage` used is structural here, so the rules run in the Node tests.
 */
export interface SecretStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>
  /** Linux only. */
  getSelectedStorageBackend(): string
  encryptStringAsync(plainText: string): Promise<Uint8Array>
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>
}

export interface PassphraseStore {
  status(): Promise<PassphraseStoreStatus>
  /** The remembered passphrase; null when none, or when it can no longer be opened. */
  read(): Promise<string | null>
  /** Remembers the passphrase (sealed), or forgets it with null. Refuses when `status` cannot remember. */
  remember(passphrase: string | null): Promise<PassphraseStoreStatus>
}

export const NO_SECRET_STORE_MESSAGE =
  '这台电脑的系统没有可用的密码保管功能（Linux 未启用“密钥环”），密码不能安全地保存在本机，因此不会记住；每次导入、导出请手动输入'
export const NO_ENCRYPTION_MESSAGE = '系统的加密功能暂不可用，密码不会记住；每次导入、导出请手动输入'

export function createPassphraseStore(deps: {
  secrets: SecretStorageLike
  /** `process.platform`. */
  platform: string
  /** userData/passphrase.bin */
  file: string
}): PassphraseStore {
  const { secrets, platform, file } = deps

  async function status(): Promise<PassphraseStoreStatus> {
    if (platform === 'linux' && secrets.getSelectedStorageBackend() === 'basic_text')
      return { canRemember: false, reason: NO_SECRET_STORE_MESSAGE }
    if (!(await secrets.isAsyncEncryptionAvailable()))
      return { canRemember: false, reason: NO_ENCRYPTION_MESSAGE }
    return { canRemember: true, reason: null }
  }

  async function forget(): Promise<void> {
    await rm(file, { force: true })
  }

  return {
    status,

    async read() {
      let sealed: Buffer
      try {
        sealed = await readFile(file)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return null
        throw error
      }
      // A file sealed while a secret store was there is not opened with the constant key now.
      if (!(await status()).canRemember) return null
      try {
        const { result, shouldReEncrypt } = await secrets.decryptStringAsync(sealed)
        if (shouldReEncrypt) await writeFileVerified(file, await secrets.encryptStringAsync(result))
        return result === '' ? null : result
      } catch {
        // Sealed by another Windows user or a key that is gone: it is of no use any more.
        await forget()
        return null
      }
    },

    async remember(passphrase) {
      const now = await status()
      if (passphrase === null || passphrase === '' || !now.canRemember) {
        await forget()
        return now
      }
      await writeFileVerified(file, await secrets.encryptStringAsync(passphrase))
      return now
    },
  }
}
