import type { SecretStorageLike } from '../../../src/main/passphraseStore'

/**
 * `safeStorage` for the Node tests: "sealing" XORs the UTF-8 bytes with a per-store key and
 * prefixes a version byte, so a sealed file never holds the plain text and a store with another
 * key (another Windows user) cannot open it.
 */
export function fakeSecretStorage(
  options: { backend?: string; available?: boolean; key?: number; reEncrypt?: boolean } = {},
): SecretStorageLike & { encryptions: number } {
  const { backend = 'gnome_libsecret', available = true, key = 0x5a, reEncrypt = false } = options
  const fake = {
    encryptions: 0,
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync(plainText: string) {
      fake.encryptions++
      const bytes = new TextEncoder().encode(plainText).map((b) => b ^ key)
      return Promise.resolve(new Uint8Array([key, ...bytes]))
    },
    decryptStringAsync(encrypted: Buffer) {
      if (encrypted[0] !== key) return Promise.reject(new Error('Error while decrypting the ciphertext'))
      const text = new TextDecoder().decode(encrypted.subarray(1).map((b) => b ^ key))
      return Promise.resolve({ result: text, shouldReEncrypt: reEncrypt })
    },
  }
  return fake
}
