import { passphraseRefusal, type PassphraseContext } from '@shared/sync/passphraseRules'

/**
 * The problem with a new passphrase and its repetition, or null when it may be used. Each message
 * names what the user has to do next: a mismatch is reported as a mismatch, whatever the length.
 * The rules themselves (length, guessable patterns, the strength score) are
 * `@shared/sync/passphraseRules`; they apply to choosing a passphrase, not to opening a file.
 */
export function passphraseProblem(
  passphrase: string,
  repeated: string,
  context: PassphraseContext & { score: number | null },
): string | null {
  if (passphrase.length === 0) return '请设置密码'
  if (repeated.length === 0) return '请再次输入密码'
  if (passphrase !== repeated) return '两次输入的密码不一致'
  return passphraseRefusal({ passphrase, ...context })
}
