/**
 * Rules for choosing a snapshot passphrase (export). A file travels on a USB stick and can be
 * attacked offline, and its header names the office that made it, so whatever an attacker can
 * guess from the file or the calendar adds nothing: the school's and office's names, dates,
 * runs (123456, abcdef, qwerty, 1qaz2wsx), repeated characters and repeated pieces. Those
 * pieces are removed and what is left must still be `MIN_PASSPHRASE_LENGTH` characters long.
 * The strength estimate (zxcvbn's score, 0–4) is an input: it must reach `MIN_PASSPHRASE_SCORE`.
 *
 * These rules apply only to choosing a passphrase. Opening a file takes whatever passphrase
 * it was made with, older short ones included.
 */

export const MIN_PASSPHRASE_LENGTH = 10
/** zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSPHRASE_SCORE = 3
/** Runs and repetitions shorter than this are ordinary text, not patterns. */
const MIN_RUN = 4
const REMOVED = '\u0000'

export type WeakPieceKind = 'school' | 'office' | 'date' | 'repeat' | 'sequence' | 'keyboard'

export interface WeakPiece {
  kind: WeakPieceKind
  text: string
}

export interface PassphraseContext {
  schoolName?: string
  officeName?: string
}

const KIND_LABELS: Record<WeakPieceKind, string> = {
  school: '学校名称',
  office: '办公室名称',
  date: '日期',
  repeat: '重复的字符',
  sequence: '连续的数字或字母',
  keyboard: '键盘上相邻的按键',
}

// Rows and columns of a US keyboard (what Chinese PCs have), unshifted and shifted.
const KEYBOARD_LINES = [
  '`1234567890-=',
  '~!@#$%^&*()_+',
  'qwertyuiop[]\\',
  "asdfghjkl;'",
  'zxcvbnm,./',
  '1qaz',
  '2wsx',
  '3edc',
  '4rfv',
  '5tgb',
  '6yhn',
  '7ujm',
  '8ik,',
  '9ol.',
  '0p;/',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
]

// Dates: 20260301, 2026-03-01, 2026/3/1, 2026.03.01, 2026年3月1日; and 01-03-2026-style day first.
const DATE_PATTERNS = [
  /(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/gu,
  /(19|20)\d\d([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])/gu,
  /(19|20)\d\d年(0?[1-9]|1[0-2])月((0?[1-9]|[12]\d|3[01])日?)?/gu,
  /(0?[1-9]|[12]\d|3[01])([-./])(0?[1-9]|1[0-2])\2(19|20)\d\d/gu,
]

/** Case-insensitive, full-width letters and digits folded to ASCII, spaces removed. */
function fold(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '')
    .toLowerCase()
}

/** Removes `piece` everywhere from `chars`; returns the pieces found. */
function takeAll(chars: string[], piece: string[], kind: WeakPieceKind, found: WeakPiece[]): string[] {
  const out: string[] = []
  for (let i = 0; i < chars.length;) {
    if (piece.length > 0 && piece.every((c, k) => chars[i + k] === c)) {
      found.push({ kind, text: piece.join('') })
      i += piece.length
    } else out.push(chars[i++]!)
  }
  return out
}

/** The longest run starting at `i` where each next character follows the line (or its reverse). */
function lineRunLength(chars: string[], i: number): number {
  let best = 1
  for (const line of KEYBOARD_LINES) {
    for (const l of [line, [...line].reverse().join('')]) {
      let at = l.indexOf(chars[i]!)
      while (at !== -1) {
        let n = 1
        while (i + n < chars.length && l[at + n] === chars[i + n]) n++
        best = Math.max(best, n)
        at = l.indexOf(chars[i]!, at + 1)
      }
    }
  }
  return best
}

/** Letters or digits stepping by +1 or −1 (abcd, 9876). */
function sequenceRunLength(chars: string[], i: number): number {
  const isSeqChar = (c: string | undefined) => c !== undefined && /^[a-z0-9]$/u.test(c)
  if (!isSeqChar(chars[i]) || !isSeqChar(chars[i + 1])) return 1
  const step = chars[i + 1]!.charCodeAt(0) - chars[i]!.charCodeAt(0)
  if (step !== 1 && step !== -1) return 1
  const sameClass = (a: string, b: string) => /\d/u.test(a) === /\d/u.test(b)
  let n = 2
  while (
    isSeqChar(chars[i + n]) &&
    sameClass(chars[i]!, chars[i + n]!) &&
    chars[i + n]!.charCodeAt(0) - chars[i + n - 1]!.charCodeAt(0) === step
  )
    n++
  return n
}

/** A unit of 1–4 characters repeated to at least MIN_RUN characters (aaaa, abab, 520520). */
function repeatRunLength(chars: string[], i: number): number {
  let best = 1
  for (let unit = 1; unit <= 4; unit++) {
    let n = unit
    while (i + n < chars.length && chars[i + n] === chars[i + n - unit]) n++
    if (n >= unit * 2 && n >= MIN_RUN) best = Math.max(best, n - (n % unit === 0 ? 0 : n % unit))
  }
  return best
}

/**
 * The guessable pieces of a passphrase, in the order they are removed (names, dates, then runs
 * from left to right), and what is left after removing them.
 */
export function weakPieces(
  passphrase: string,
  context: PassphraseContext = {},
): { pieces: WeakPiece[]; rest: string } {
  const pieces: WeakPiece[] = []
  let chars = [...fold(passphrase)]
  for (const [kind, name] of [
    ['school', context.schoolName],
    ['office', context.officeName],
  ] as const) {
    const folded = [...fold(name ?? '')]
    if (folded.length >= 2) chars = takeAll(chars, folded, kind, pieces)
  }
  // Runs first, then dates in what is left; a removed piece leaves a mark so that the text
  // on either side of it cannot join into a new pattern.
  const marked: string[] = []
  for (let i = 0; i < chars.length;) {
    const runs: [WeakPieceKind, number][] = [
      ['repeat', repeatRunLength(chars, i)],
      ['sequence', sequenceRunLength(chars, i)],
      ['keyboard', lineRunLength(chars, i)],
    ]
    const [kind, length] = runs.reduce((a, b) => (b[1] > a[1] ? b : a))
    if (length >= MIN_RUN) {
      pieces.push({ kind, text: chars.slice(i, i + length).join('') })
      marked.push(REMOVED)
      i += length
    } else marked.push(chars[i++]!)
  }
  let text = marked.join('')
  for (const pattern of DATE_PATTERNS)
    text = text.replace(pattern, (match) => {
      pieces.push({ kind: 'date', text: match })
      return REMOVED
    })
  const rest = [...text].filter((c) => c !== REMOVED)
  return { pieces, rest: rest.join('') }
}

export interface PassphraseChoice extends PassphraseContext {
  passphrase: string
  /** zxcvbn's score (0–4) for this passphrase; null while the estimator is still loading. */
  score: number | null
}

/**
 * Why a passphrase may not be chosen for an export, in words that say what to do; null when it
 * may be used. With `score` null only our own rules are applied (the caller waits for the score
 * before exporting).
 */
export function passphraseRefusal(choice: PassphraseChoice): string | null {
  const length = [...choice.passphrase].length
  if (length === 0) return '请设置密码'
  if (length < MIN_PASSPHRASE_LENGTH) return `密码至少 ${MIN_PASSPHRASE_LENGTH} 个字符（现在 ${length} 个）`
  const { pieces, rest } = weakPieces(choice.passphrase, choice)
  const left = [...rest].length
  if (left < MIN_PASSPHRASE_LENGTH && pieces.length > 0) {
    const firstOfKind = pieces.filter((p, i) => pieces.findIndex((q) => q.kind === p.kind) === i)
    const named = firstOfKind
      .slice(0, 2)
      .map((p) => `“${p.text}”是${KIND_LABELS[p.kind]}`)
      .join('，')
    return `密码太容易猜到：${named}。除去这些，只剩 ${left} 个字符；请再加入至少 ${MIN_PASSPHRASE_LENGTH - left} 个不相关的字或字符`
  }
  if (choice.score !== null && choice.score < MIN_PASSPHRASE_SCORE)
    return `密码强度不够（${choice.score}/4）：请加长，或换成几个不相关的词`
  return null
}

/** The meter's words for a score. */
export function passphraseStrengthLabel(score: number): string {
  return ['很弱', '弱', '一般', '强', '很强'][Math.max(0, Math.min(4, Math.round(score)))]!
}
