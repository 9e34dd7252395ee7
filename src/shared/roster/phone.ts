/**
 * Phone numbers on rosters: mostly mainland mobiles (11 digits, 1[3-9]…), some
 * office landlines (区号-号码[-分机]). Spaces, dashes, brackets, full-width digits
 * and a +86 prefix are normal ways to write them and are folded away; anything
 * else is kept as typed and reported as a warning, never refused: a wrong phone
 * number should not stop a person from being enrolled.
 */
import { removeSpaces, toHalfWidth } from './text'

export type PhoneKind = 'mobile' | 'landline'

export interface PhoneCheck {
  /** Mobile: 11 digits. Landline: 区号-号码 or 区号-号码-分机. Unrecognised: the trimmed input. */
  normalized: string
  kind: PhoneKind | null
  /** Chinese explanation when the number is not recognised (a warning). */
  warning?: string
}

const MOBILE = /^1[3-9]\d{9}$/
/** Beijing (010) and the 02x cities have 3-digit area codes and 8-digit numbers; the rest 4 + 7–8. */
const LANDLINE = /^(0(?:10|2\d))(\d{8})$|^(0[3-9]\d{2})(\d{7,8})$/
const EXTENSION = /(?:转|分机|ext\.?|x|#|-)(\d{1,6})$/i

/** Several numbers in one cell, e.g. "13812345678/021-12345678". */
const SEPARATORS = /[/／,，;；、]|\s{2,}/

export function checkPhone(text: string): PhoneCheck {
  const parts = toHalfWidth(text)
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  // An empty cell is not a wrong number: whether a phone is required is the roster's business.
  if (parts.length === 0) return { normalized: '', kind: null }
  const checks = parts.map(checkOne)
  const first = checks[0]!
  if (checks.length === 1) return first
  const normalized = checks.map((c) => c.normalized).join(' / ')
  const bad = checks.find((c) => c.warning)
  return bad ? { normalized, kind: first.kind, warning: bad.warning! } : { normalized, kind: first.kind }
}

function checkOne(part: string): PhoneCheck {
  const compact = removeSpaces(part).replace(/[()（）]/g, '-')
  const digitsOnly = compact.replace(/[-‐‑–—.]/g, '').replace(/^(?:\+86|0086)/, '')

  if (MOBILE.test(digitsOnly)) return { normalized: digitsOnly, kind: 'mobile' }
  if (/^86(1[3-9]\d{9})$/.test(digitsOnly)) return { normalized: digitsOnly.slice(2), kind: 'mobile' }

  const landline = parseLandline(compact)
  if (landline) return { normalized: landline, kind: 'landline' }

  if (/^\d+$/.test(digitsOnly) && digitsOnly.startsWith('1')) {
    return {
      normalized: digitsOnly,
      kind: null,
      warning: `手机号应为11位（现为${digitsOnly.length}位），请核对`,
    }
  }
  if (/^[2-9]\d{6,7}$/.test(digitsOnly)) {
    return { normalized: digitsOnly, kind: null, warning: '固定电话缺少区号，请补全（如 021-12345678）' }
  }
  return { normalized: part.trim(), kind: null, warning: `无法识别的电话号码“${part.trim()}”，请核对` }
}

/** 区号-号码[-分机], written with or without separators and brackets. */
function parseLandline(compact: string): string | null {
  let body = compact.replace(/^(?:\+86|0086)-*/, '0').replace(/^-+|-+$/g, '')
  body = body.replace(/^00(?=[1-9])/, '0')
  let extension = ''
  // Try with the extension split off first, then the whole thing as a plain number.
  for (const attempt of [true, false]) {
    let main = body
    if (attempt) {
      const ext = EXTENSION.exec(body)
      if (!ext || ext.index === 0) continue
      main = body.slice(0, ext.index)
      extension = ext[1]!
    } else {
      extension = ''
    }
    const digits = main.replace(/[-‐‑–—.]+/g, '')
    const m = LANDLINE.exec(digits)
    if (!m) continue
    const area = m[1] ?? m[3]!
    const local = m[2] ?? m[4]!
    if (local.startsWith('0')) continue
    return extension ? `${area}-${local}-${extension}` : `${area}-${local}`
  }
  return null
}
