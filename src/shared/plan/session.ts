import { z } from 'zod'
import { isLocalDate, isLocalTime, minuteOf, timeToMinutes, type LocalDate, type LocalTime } from './clock'
import { addHours, hoursFromDecimal, subHours, sumHours, ZERO_HOURS, type Hours } from './hours'
import { SESSION_FORM_CODES } from './sessionForm'

/**
 * A session (课程) of a class's teaching plan (教学计划): one half-day slot's item with its
 * topic, form, teacher, place and class hours (学时). Seed 000 附2 第十八条 takes attendance
 * of every activity — lectures, self-study, discussions, visits — so every session is one
 * column of the attendance register.
 */

/**
 * Half-day slots. Default times are those of the sample plan (9:00-11:30, 13:30-16:30); the
 * evening is the usual 18:30-20:30. A session may set its own times.
 */
export const SESSION_SLOTS = [
  { code: 'morning', label: '上午', start: '09:00', end: '11:30' },
  { code: 'afternoon', label: '下午', start: '13:30', end: '16:30' },
  { code: 'evening', label: '晚上', start: '18:30', end: '20:30' },
] as const

export type SessionSlot = (typeof SESSION_SLOTS)[number]['code']
export const SESSION_SLOT_CODES = SESSION_SLOTS.map((s) => s.code) as [SessionSlot, ...SessionSlot[]]

export function slotLabel(code: SessionSlot): string {
  return SESSION_SLOTS.find((s) => s.code === code)?.label ?? code
}

export function defaultTimesFor(slot: SessionSlot): { start: LocalTime; end: LocalTime } {
  const s = SESSION_SLOTS.find((x) => x.code === slot) ?? SESSION_SLOTS[0]
  return { start: s.start, end: s.end }
}

/** The slot a start time falls in: before noon 上午, before 18:00 下午, later 晚上. */
export function slotForTime(time: LocalTime): SessionSlot {
  const m = timeToMinutes(time)
  if (m < 12 * 60) return 'morning'
  if (m < 18 * 60) return 'afternoon'
  return 'evening'
}

/** A slot word as schedules write it: 上午/上/AM, 下午/下/中午/PM, 晚上/晚/夜间. */
export function slotFromText(text: string): SessionSlot | undefined {
  const t = text.replace(/[\s\u3000]+/g, '').toLowerCase()
  if (!t) return undefined
  if (/^(上午|上|早上|早晨|am)$/.test(t)) return 'morning'
  if (/^(下午|下|中午|午后|pm)$/.test(t)) return 'afternoon'
  if (/^(晚上|晚|晚间|夜间|夜晚|晚自习)$/.test(t)) return 'evening'
  return undefined
}

const isoDate = z.string().refine(isLocalDate, '日期格式应为 YYYY-MM-DD')
const hhmm = z.string().refine(isLocalTime, '时间格式应为 HH:mm')

/** What a user enters for a session; messages are shown as-is. */
export const sessionInput = z
  .object({
    date: isoDate,
    slot: z.enum(SESSION_SLOT_CODES, { message: '请选择时段' }),
    start: hhmm,
    end: hhmm,
    topic: z.string().trim().min(1, '请填写课程内容').max(200, '课程内容不能超过 200 个字'),
    form: z.enum(SESSION_FORM_CODES, { message: '请选择教学形式' }),
    teacher: z.string().trim().max(100, '授课人不能超过 100 个字'),
    place: z.string().trim().max(100, '地点不能超过 100 个字'),
    hours: z
      .number({ message: '学时应为数字' })
      .min(0, '学时不能为负数')
      .max(24, '一节课的学时不能超过 24')
      .refine((h) => !Number.isFinite(h) || 100n % hoursFromDecimal(h).d === 0n, '学时最多保留两位小数'),
    note: z.string().max(1000).default(''),
  })
  .refine((s) => !isLocalTime(s.start) || !isLocalTime(s.end) || s.end > s.start, {
    message: '结束时间应晚于开始时间',
    path: ['end'],
  })

export type SessionFields = z.infer<typeof sessionInput>

const headCount = z.looseObject({
  expected: z.number(),
  counted: z.number(),
  at: z.string(),
  missing: z.array(z.string()),
  note: z.string(),
})

/**
 * A stored session record's own fields (db/attendance/attendanceRecords.ts SessionStoredFields), as
 * a sync file must carry them (shared/sync/tableSchemas.ts). Unknown extra fields are allowed.
 */
export const sessionRecord = z.looseObject({
  ...sessionInput.shape,
  classId: z.string().min(1),
  callState: z.enum(['open', 'calling', 'called']).nullish(),
  calledBy: z.string().nullish(),
  calledAt: z.string().nullish(),
  departureCount: headCount.nullish(),
  returnCount: headCount.nullish(),
})

/** A stored session (sync metadata is added by the repository). */
export interface Session extends SessionFields {
  id: string
  classId: string
}

/** What the time-based rules need of a session. */
export type SessionTiming = Pick<Session, 'id' | 'date' | 'start' | 'end' | 'hours'>

export function newSessionDefaults(date: LocalDate, slot: SessionSlot): SessionFields {
  return {
    date,
    slot,
    ...defaultTimesFor(slot),
    topic: '',
    form: 'lecture',
    teacher: '',
    place: '',
    hours: 3,
    note: '',
  }
}

/** The session's span on the class's minute line: [start, end). */
export function sessionSpan(s: Pick<Session, 'date' | 'start' | 'end'>): { start: number; end: number } {
  return { start: minuteOf(s.date, s.start), end: minuteOf(s.date, s.end) }
}

/** By date, then start time, then slot: the order of the plan and of the register's columns. */
export function compareSessions(
  a: Pick<Session, 'date' | 'start' | 'slot'>,
  b: Pick<Session, 'date' | 'start' | 'slot'>,
): number {
  return (
    a.date.localeCompare(b.date) ||
    a.start.localeCompare(b.start) ||
    SESSION_SLOT_CODES.indexOf(a.slot) - SESSION_SLOT_CODES.indexOf(b.slot)
  )
}

export function sessionHours(s: Pick<Session, 'hours'>): Hours {
  return hoursFromDecimal(s.hours)
}

/** The sum of the plan's class hours, exactly (1.5 + 1.5 + 0.1 never drifts). */
export function planTotalHours(sessions: readonly Pick<Session, 'hours'>[]): Hours {
  return sumHours(sessions.map(sessionHours))
}

export interface ClassHoursSummary {
  /** Sum of the plan's sessions. */
  plan: Hours
  /** The total set by hand on the class, or null when not set. */
  set: Hours | null
  /** What the rules use: the hand-set total when there is one, otherwise the plan's. */
  effective: Hours
  /** plan − set: positive when the plan holds more hours than the class says; null when not set. */
  planMinusSet: Hours | null
}

/**
 * A class's total hours come from its plan unless set by hand (issue 5), and the difference is
 * shown. A hand-set total of 0 or less counts as "not set": a class of no hours has no leave
 * allowance at all, which is never what a user means by leaving the field at 0.
 */
export function classHoursSummary(
  sessions: readonly Pick<Session, 'hours'>[],
  setTotalHours: number | null | undefined,
): ClassHoursSummary {
  const plan = planTotalHours(sessions)
  const set = setTotalHours != null && setTotalHours > 0 ? hoursFromDecimal(setTotalHours) : null
  return {
    plan,
    set,
    effective: set ?? plan,
    planMinusSet: set ? subHours(plan, set) : null,
  }
}

/** Class hours per date, for the calendar view's day headers. */
export function hoursByDate(sessions: readonly Pick<Session, 'date' | 'hours'>[]): Map<LocalDate, Hours> {
  const out = new Map<LocalDate, Hours>()
  for (const s of sessions) out.set(s.date, addHours(out.get(s.date) ?? ZERO_HOURS, sessionHours(s)))
  return out
}

/** Whether two sessions of the same day overlap in time (a likely typing or import error). */
export function sessionsOverlap(
  a: Pick<Session, 'date' | 'start' | 'end'>,
  b: Pick<Session, 'date' | 'start' | 'end'>,
): boolean {
  return a.date === b.date && a.start < b.end && b.start < a.end
}
