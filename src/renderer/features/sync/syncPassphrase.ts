/** Rules for snapshot passphrases: long enough to resist guessing offline, short enough to type. */

export const MIN_PASSPHRASE_LENGTH = 6

/** The problem with a new passphrase, or null when it may be used. */
export function passphraseProblem(passphrase: string, repeated: string): string | null {
  if (passphrase.length === 0) return '请设置密码'
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return `密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符`
  if (passphrase !== repeated) return '两次输入的密码不一致'
  return null
}
