import { formatLocalTime, type LocalTime } from './clock'
import { toHalfWidth } from './dateCell'
import { slotFromText, type SessionSlot } from './session'

/**
 * Reading the time cell of a schedule row: "9:00-11:30", "09：00—11：30", "14:00~17:00",
 * "2:00-4:30" under 下午, "8点半", an Excel time (a fraction of a day), or just "上午".
 */
export type TimeCell =
  | { kind: 'blank' }
  | { kind: 'time'; start?: LocalTime; end?: LocalTime; slot?: SessionSlot }
  | { kind: 'invalid'; text: string }

const TOKEN = /(\d{1,2})(?:[:.](\d{2})|点半|点(\d{1,2})分?|点|时)/g
const SLOT_WORD = /(上午|下午|晚上|中午|晚间)/

/**
 * `slotHint` is the slot the row names elsewhere: under 下午 a bare "2:00" means 14:00, as
 * schedules written by hand often use the 12-hour clock.
 */
export function readTimeCell(cell: unknown, slotHint?: SessionSlot): TimeCell {
  if (cell == null || (typeof cell === 'string' && !cell.trim())) return { kind: 'blank' }
  if (typeof cell === 'number') return readTimeNumber(cell)
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { kind: 'invalid', text: String(cell) }
    return { kind: 'time', start: formatLocalTime(cell.getHours() * 60 + cell.getMinutes()) }
  }
  if (typeof cell !== 'string')
    return { kind: 'invalid', text: typeof cell === 'boolean' ? String(cell) : '' }

  const t = toHalfWidth(cell)
  const slotWord = SLOT_WORD.exec(t)?.[1]
  const slot = slotWord ? slotFromText(slotWord) : undefined
  const pm = (slot ?? slotHint) === 'afternoon' || (slot ?? slotHint) === 'evening'

  const minutes: number[] = []
  for (const m of t.matchAll(TOKEN)) {
    const hour = Number(m[1])
    const minute = m[0].endsWith('点半') ? 30 : Number(m[2] ?? m[3] ?? 0)
    if (hour > 23 || minute > 59) return { kind: 'invalid', text: cell }
    minutes.push((pm && hour < 12 ? hour + 12 : hour) * 60 + minute)
  }
  if (minutes.length > 2) return { kind: 'invalid', text: cell }
  if (minutes.length === 0) return slot ? { kind: 'time', slot } : { kind: 'invalid', text: cell }

  const [start = 0, rawEnd] = minutes
  // "11:00-1:00": the end has crossed noon on a 12-hour clock (never a span of over 5 hours).
  const crossedNoon =
    rawEnd !== undefined && rawEnd <= start && rawEnd < 12 * 60 && rawEnd + 12 * 60 - start <= 5 * 60
  const end = crossedNoon ? rawEnd + 12 * 60 : rawEnd
  if (end !== undefined && end <= start) return { kind: 'invalid', text: cell }
  return {
    kind: 'time',
    start: formatLocalTime(start),
    ...(end !== undefined ? { end: formatLocalTime(end) } : {}),
    ...(slot ? { slot } : {}),
  }
}

function readTimeNumber(n: number): TimeCell {
  if (!Number.isFinite(n) || n < 0) return { kind: 'invalid', text: String(n) }
  // A whole number under 24 is an hour ("9"); otherwise Excel's fraction of a day, possibly
  // after a date serial.
  if (Number.isInteger(n) && n < 24) return { kind: 'time', start: formatLocalTime(n * 60) }
  const minutes = Math.round((n - Math.floor(n)) * 1440)
  if (minutes >= 1440) return { kind: 'invalid', text: String(n) }
  return { kind: 'time', start: formatLocalTime(minutes) }
}
