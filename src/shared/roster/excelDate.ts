/**
 * Dates as they appear in roster cells: Excel date serials, and year-month text
 * in the many ways people type 出生年月 (1985.03, 1985-03, 1985年3月, 1985/3/1,
 * 198503). Pure arithmetic, no Date objects, so no time zone can shift a day.
 */
import { isRealDate } from './idCard'
import { removeSpaces, toHalfWidth } from './text'

export interface YearMonthDay {
  y: number
  /**
   * Candidate months: a number cell 1985.1 may be October typed as 1985.10 (Excel drops
   * the 0). Empty when only the year is given.
   */
  months: number[]
  d?: number
}

/**
 * Excel serial → 'YYYY-MM-DD'. In the 1900 system serial 1 is 1900-01-01 and
 * Excel counts a 29 February 1900 that never was (serial 60), so later serials
 * are one day ahead; in the 1904 system serial 0 is 1904-01-01.
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return null
  const whole = Math.floor(serial)
  // Days from 1970-01-01 (civil), then the civil-from-days algorithm (H. Hinnant).
  let days: number
  if (date1904) days = whole - 24107
  else if (whole < 60) days = whole - 25568
  else if (whole === 60) return '1900-02-29'
  else days = whole - 25569
  return civilFromDays(days)
}

function civilFromDays(days: number): string {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * Reads a birth date cell. `raw` is the cell's value (a number for Excel date
 * serials and for 1985.03 typed as a number; an ISO date for date-formatted
 * cells, see parseWorkbook), `text` what the cell shows. Returns null if it is
 * not a date.
 */
export function parseBirthDateCell(raw: unknown, text: string): YearMonthDay | null {
  const fromText = parseDateText(text)
  if (fromText) {
    // A number cell 1985.1 shows "1985.1": the author may have meant October (1985.10).
    if (typeof raw === 'number' && /^\d{4}\.1$/.test(text.trim())) return { y: fromText.y, months: [1, 10] }
    return fromText
  }
  // Date-formatted cells carry an ISO date (see parseWorkbook) whatever format they show.
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return parseDateText(raw)
  // Serials of plausible birth dates (1908–2173); smaller numbers such as 1985 are years, read above.
  if (typeof raw === 'number' && raw >= 3000 && raw < 100000 && Number.isInteger(raw)) {
    const iso = excelSerialToIsoDate(raw)
    return iso ? parseDateText(iso) : null
  }
  return null
}

const YEAR_MONTH_DAY = /^(\d{4})[.\-/年](\d{1,2})(?:[.\-/月](\d{1,2})日?|月)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})?$/
const YEAR_ONLY = /^(\d{4})年?$/

export function parseDateText(text: string): YearMonthDay | null {
  const t = removeSpaces(toHalfWidth(text)).replace(/[．。]/g, '.')
  const year = YEAR_ONLY.exec(t)
  if (year) {
    const y = Number(year[1])
    return y >= 1900 && y <= 2100 ? { y, months: [] } : null
  }
  const m = YEAR_MONTH_DAY.exec(t) ?? COMPACT.exec(t)
  if (!m) return null
  const y = Number(m[1])
  const month = Number(m[2])
  const d = m[3] !== undefined ? Number(m[3]) : undefined
  if (y < 1900 || y > 2100 || month < 1 || month > 12) return null
  if (d !== undefined && !isRealDate(y, month, d)) return null
  return d !== undefined ? { y, months: [month], d } : { y, months: [month] }
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for storing a date read from a cell (first candidate month). */
export function formatYearMonthDay(date: YearMonthDay): string {
  if (date.months.length === 0) return String(date.y)
  const ym = `${date.y}-${String(date.months[0]).padStart(2, '0')}`
  return date.d !== undefined ? `${ym}-${String(date.d).padStart(2, '0')}` : ym
}
