/**
 * Chinese resident identity numbers (公民身份号码, GB 11643-1999).
 *
 * 18 characters: 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd = male, even = female) and a check character computed with ISO 7064
 * MOD 11-2 ('X' stands for 10). The old 15-digit numbers (before 1999) have a
 * 2-digit year and no check character; they convert to 18 digits by inserting
 * "19" and appending the check character.
 *
 * Seed 000 附1 (学员服务): "提醒学员校对学员信息，尤其是姓名、身份证" — the number is the
 * one field staff are told to double-check, so every failure names what to fix.
 */
import { removeSpaces, toHalfWidth } from './text'

export type Gender = '男' | '女'

export type IdCardIssue =
  /** The cell was a number with more than 15 significant digits: Excel kept only 15. */
  | { code: 'precisionLost'; shown: string }
  | { code: 'badLength'; length: number }
  | { code: 'badCharacters' }
  | { code: 'badChecksum'; expected: string; actual: string }
  | { code: 'impossibleBirthDate'; date: string }
  | { code: 'futureBirthDate'; date: string }
  /** A 15-digit number converted to 18 digits: accepted, but to be checked against the card. */
  | { code: 'convertedFrom15'; original: string }

export interface IdCardCheck {
  /** Upper-case, half-width, no spaces; the 18-digit form when a 15-digit number was converted. */
  normalized: string
  /** No issue with severity 'error'. */
  valid: boolean
  /** 'YYYY-MM-DD', present when the date part is a real, past date. */
  birthDate?: string
  gender?: Gender
  issues: IdCardIssue[]
}

export function idCardIssueSeverity(issue: IdCardIssue): 'error' | 'warning' {
  return issue.code === 'convertedFrom15' ? 'warning' : 'error'
}

/** The problem in Chinese, without the row/column prefix (validateRows adds that). */
export function idCardIssueMessage(issue: IdCardIssue): string {
  switch (issue.code) {
    case 'precisionLost':
      return `单元格被 Excel 存成了数字（显示为 ${issue.shown}），后几位已丢失，请把该列设为“文本”后按原件重新填写`
    case 'badLength':
      return `应为18位（现为${issue.length}位），请核对原件`
    case 'badCharacters':
      return '只能包含数字，最后一位可以是 X，请核对原件'
    case 'badChecksum':
      return `校验位错误，应为 ${issue.expected}，请核对原件`
    case 'impossibleBirthDate':
      return `出生日期 ${issue.date} 不存在，请核对原件`
    case 'futureBirthDate':
      return `出生日期 ${issue.date} 晚于今天，请核对原件`
    case 'convertedFrom15':
      return `15位旧身份证号 ${issue.original} 已转换为18位，请核对原件`
  }
}

/** ISO 7064 MOD 11-2 weights are 2^(17-i) mod 11 for the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits of an 18-digit number. */
export function idCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('idCheckCharacter needs exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!
  return CHECK_CHARS[sum % 11]!
}

/**
 * Folds what people type (full-width digits, lower-case x, spaces, a leading
 * apostrophe Excel users add to force text) into the canonical form.
 */
export function normalizeIdNumber(text: string): string {
  return removeSpaces(toHalfWidth(text)).replace(/^'+/, '').toUpperCase()
}

/** Scientific notation as Excel shows a long number: 1.10105E+17. */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E\+?\d+$/i

/**
 * Whether a cell's ID number lost digits when Excel stored it as a number.
 * `raw` is the underlying cell value, `shown` the text Excel displays (or the CSV holds).
 * Excel keeps 15 significant digits, so any number of 16 or more digits is damaged;
 * a 15-digit old ID number survives as a number and is not flagged.
 */
export function idNumberLostPrecision(raw: unknown, shown: string): boolean {
  if (typeof raw === 'number') return Math.abs(raw) >= 1e15
  return SCIENTIFIC.test(removeSpaces(toHalfWidth(shown)))
}

/** Text for an ID number cell: numbers are written out in full, never in exponent form. */
export function idNumberCellText(raw: unknown, shown: string): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw.toFixed(0)
  return shown
}

export interface IdCheckOptions {
  /** 'YYYY-MM-DD'; defaults to the current local date. Tests pass a fixed day. */
  today?: string
}

/**
 * Checks an ID number given as a cell (raw value + displayed text) or as text.
 * Empty input is not checked here: whether an empty ID is a problem depends on the roster.
 */
export function checkIdNumber(shown: string, options: IdCheckOptions & { raw?: unknown } = {}): IdCardCheck {
  const text = idNumberCellText(options.raw, shown)
  if (idNumberLostPrecision(options.raw, shown)) {
    const display = typeof options.raw === 'number' ? formatLikeExcel(options.raw) : shown.trim()
    return {
      normalized: normalizeIdNumber(text),
      valid: false,
      issues: [{ code: 'precisionLost', shown: display }],
    }
  }
  const normalized = normalizeIdNumber(text)
  const today = options.today ?? localToday()

  if (normalized.length === 15) return checkOld15(normalized, today)
  if (normalized.length !== 18) {
    return { normalized, valid: false, issues: [{ code: 'badLength', length: [...normalized].length }] }
  }
  if (!/^\d{17}[\dX]$/.test(normalized)) {
    return { normalized, valid: false, issues: [{ code: 'badCharacters' }] }
  }

  const issues: IdCardIssue[] = []
  const expected = idCheckCharacter(normalized.slice(0, 17))
  if (expected !== normalized[17]) issues.push({ code: 'badChecksum', expected, actual: normalized[17]! })
  const date = checkBirthDate(normalized.slice(6, 14), today)
  if (date.issue) issues.push(date.issue)
  return result(normalized, issues, date.birthDate, normalized[16]!)
}

function checkOld15(digits15: string, today: string): IdCardCheck {
  if (!/^\d{15}$/.test(digits15))
    return { normalized: digits15, valid: false, issues: [{ code: 'badCharacters' }] }
  const first17 = digits15.slice(0, 6) + '19' + digits15.slice(6)
  const normalized = first17 + idCheckCharacter(first17)
  const issues: IdCardIssue[] = [{ code: 'convertedFrom15', original: digits15 }]
  const date = checkBirthDate(normalized.slice(6, 14), today)
  if (date.issue) issues.push(date.issue)
  return result(normalized, issues, date.birthDate, normalized[16]!)
}

function result(
  normalized: string,
  issues: IdCardIssue[],
  birthDate: string | undefined,
  sequenceDigit: string,
) {
  const check: IdCardCheck = {
    normalized,
    valid: issues.every((i) => idCardIssueSeverity(i) === 'warning'),
    gender: Number(sequenceDigit) % 2 === 1 ? '男' : '女',
    issues,
  }
  if (birthDate) check.birthDate = birthDate
  return check
}

/** The earliest plausible birth year for someone on a roster today. */
const MIN_BIRTH_YEAR = 1900

function checkBirthDate(yyyymmdd: string, today: string): { birthDate?: string; issue?: IdCardIssue } {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  const date = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`
  if (y < MIN_BIRTH_YEAR || !isRealDate(y, m, d)) return { issue: { code: 'impossibleBirthDate', date } }
  if (date > today) return { issue: { code: 'futureBirthDate', date } }
  return { birthDate: date }
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false
  if (m < 1 || m > 12 || d < 1) return false
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!
  return d <= days
}

function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** How Excel's General format shows a long number (1.10105E+17), for the message. */
function formatLikeExcel(n: number): string {
  const [mantissa, exponent] = n.toExponential(5).split('e')
  const m = String(Number(mantissa))
  return `${m}E+${Number(exponent)}`
}

/**
 * For printouts that do not need the whole number: first 6 + last 4
 * (110105********1234). Short or empty values are masked entirely.
 */
export function maskIdNumber(idNumber: string): string {
  const chars = [...idNumber]
  if (chars.length === 0) return ''
  if (chars.length < 11) return '*'.repeat(chars.length)
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('')
}
