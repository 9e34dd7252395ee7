/** Rules for snapshot passphrases: long enough to resist guessing offline, short enough to type. */

export const MIN_PASSPHRASE_LENGTH = 6

/** What is wrong with the passphrase field alone, shown under it while typing; null when fine or empty. */
export function passphraseLengthProblem(passphrase: string): string | null {
  const length = [...passphrase].length
  return length > 0 && length < MIN_PASSPHRASE_LENGTH ? `密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符` : null
}

/**
 * The problem with a new passphrase and its repetition, or null when it may be used. Each message
 * names what the user has to do next: a mismatch is reported as a mismatch, whatever the length.
 */
export function passphraseProblem(passphrase: string, repeated: string): string | null {
  if (passphrase.length === 0) return '请设置密码'
  if (repeated.length === 0) return '请再次输入密码'
  if (passphrase !== repeated) return '两次输入的密码不一致'
  return passphraseLengthProblem(passphrase)
}
