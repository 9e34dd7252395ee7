import { dateOfDayNumber, formatLocalDate, isRealDate, type LocalDate } from './clock'
import { slotFromText, type SessionSlot } from './session'

/**
 * Reading the date cell of a schedule row. Schedules hold real Excel dates (serial numbers when
 * read raw), text dates with or without a year ("2025-03-05", "3月5日", "3.5（周三）"), and
 * sometimes the half-day in the same cell ("3月5日上午").
 */

export type DateCell =
  | { kind: 'blank' }
  | {
      kind: 'date'
      date: LocalDate
      /** The cell had no year; `date` carries the year it was given. */
      yearless: boolean
      /** A half-day word found in the same cell. */
      slot?: SessionSlot
      /** A doubt worth showing the user (e.g. 3.1 read from a number might have been 3.10). */
      warning?: string
    }
  | { kind: 'invalid'; text: string; noYear?: boolean }

export interface DateContext {
  /** Year for cells without one. */
  year: number | undefined
  /** The previous row's date, to read 3.1 as 3.10 after 3.9, and to roll over New Year. */
  previous: LocalDate | undefined
  /** Workbook uses the 1904 date system (old Mac files). */
  date1904?: boolean
}

/** Days from 1899-12-30 (Excel's day 0 after its 1900 leap-year quirk) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569
const EXCEL_1904_OFFSET = 1462

export function excelSerialToDate(serial: number, date1904 = false): LocalDate {
  return dateOfDayNumber(Math.floor(serial) + (date1904 ? EXCEL_1904_OFFSET : 0) - EXCEL_EPOCH_OFFSET)
}

/** Full-width digits and punctuation to ASCII, spaces removed. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
}

const WEEKDAY = /[(（]?(?:周|星期|礼拜)[一二三四五六日天][)）]?/g
const SLOT_WORD = /(上午|下午|晚上|中午|晚间)/

export function readDateCell(cell: unknown, ctx: DateContext): DateCell {
  if (cell == null || (typeof cell === 'string' && !cell.trim())) return { kind: 'blank' }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'invalid', text: String(cell) }
    return {
      kind: 'date',
      date: formatLocalDate(cell.getFullYear(), cell.getMonth() + 1, cell.getDate()),
      yearless: false,
    }
  }
  if (typeof cell === 'number') return readDateNumber(cell, ctx)
  if (typeof cell !== 'string')
    return { kind: 'invalid', text: typeof cell === 'boolean' ? String(cell) : '' }

  let t = toHalfWidth(cell).replace(WEEKDAY, '')
  const slotWord = SLOT_WORD.exec(t)?.[1]
  if (slotWord) t = t.replace(SLOT_WORD, '')
  const slot = slotWord ? slotFromText(slotWord) : undefined
  const withSlot = (r: DateCell): DateCell => (r.kind === 'date' && slot ? { ...r, slot } : r)

  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (m) return withSlot(full(Number(m[1]), Number(m[2]), Number(m[3]), cell))
  // m/d/yy is how SheetJS formats a date cell when read with raw: false.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(t)
  if (m) return withSlot(full(2000 + Number(m[3]), Number(m[1]), Number(m[2]), cell))
  m = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(t)
  if (m) return withSlot(yearless(Number(m[1]), Number(m[2]), ctx, cell))
  if (/^\d+(\.\d+)?$/.test(t)) {
    const r = readDateNumber(Number(t), ctx)
    return r.kind === 'invalid' ? { ...r, text: cell } : withSlot(r)
  }
  return { kind: 'invalid', text: cell }
}

function full(year: number, month: number, day: number, original: unknown): DateCell {
  if (!isRealDate(year, month, day)) return { kind: 'invalid', text: String(original) }
  return { kind: 'date', date: formatLocalDate(year, month, day), yearless: false }
}

function yearless(month: number, day: number, ctx: DateContext, original: unknown): DateCell {
  if (ctx.year === undefined) return { kind: 'invalid', text: String(original), noYear: true }
  let year = ctx.year
  // A plan running over New Year: 12月30日 then 1月2日.
  const prev = ctx.previous
  if (prev && Number(prev.slice(0, 4)) === year && month < Number(prev.slice(5, 7)) - 6) year += 1
  if (!isRealDate(year, month, day)) return { kind: 'invalid', text: String(original) }
  return { kind: 'date', date: formatLocalDate(year, month, day), yearless: true }
}

function readDateNumber(n: number, ctx: DateContext): DateCell {
  if (!Number.isFinite(n)) return { kind: 'invalid', text: String(n) }
  // Excel serials of this century and the next: 1954-10-03 … 2119-01-09.
  if (n >= 20_000 && n < 80_000) {
    return { kind: 'date', date: excelSerialToDate(n, ctx.date1904), yearless: false }
  }
  if (Number.isInteger(n) && n >= 19_000_101 && n <= 21_001_231) {
    const d = String(n)
    return full(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8)), n)
  }
  // "3.5" typed into Excel becomes the number 3.5: month.day. The number has lost any trailing
  // zero, so 3.1 may have been 3.10: the previous row decides when it can, the user is told.
  const text = String(n)
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(text)
  if (!m) return { kind: 'invalid', text }
  const month = Number(m[1])
  let day = Number(m[2])
  let warning: string | undefined
  if (m[2]?.length === 1 && day <= 3) {
    const tens = day * 10
    const prev = ctx.previous
    const prevMonth = prev ? Number(prev.slice(5, 7)) : undefined
    const prevDay = prev ? Number(prev.slice(8, 10)) : undefined
    if (prevMonth === month && prevDay !== undefined && prevDay > day && prevDay <= tens) {
      day = tens
      warning = `日期 ${text} 按前一行理解为 ${month}月${tens}日，请核对`
    } else {
      warning = `日期 ${text} 也可能是 ${month}月${tens}日，请核对（建议把日期列设为文本或日期格式）`
    }
  }
  const r = yearless(month, day, ctx, text)
  return r.kind === 'date' && warning ? { ...r, warning } : r
}
