import { describe, expect, it } from 'vitest'
import { sha256, sha256Hex } from './sha256'

describe('sha256', () => {
  // NIST CSRC "Examples with intermediate values" for SHA-256 (FIPS 180-4), plus the empty message.
  it.each([
    ['empty message', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['one block: "abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'two blocks: 448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'one million "a"',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ])('%s', (_what, text, hex) => {
    expect(sha256Hex(text)).toBe(hex)
  })

  it('agrees with WebCrypto on every length around the block boundaries, in Chinese too', async () => {
    const samples: string[] = []
    for (let n = 0; n <= 140; n++) samples.push('x'.repeat(n))
    samples.push('banwu-person\u0000id\u000011010519491231002X', '龙立'.repeat(37), '学号\u0000张三')
    for (const text of samples) {
      const expected = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
      expect(sha256(text)).toEqual(expected)
    }
  })

  it('hashes bytes as given and can cut the digest short', () => {
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]), 4)).toBe('ba7816bf')
  })
})
