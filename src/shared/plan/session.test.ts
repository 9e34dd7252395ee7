import { describe, expect, it } from 'vitest'
import { formatHoursExact, hoursOf } from './hours'
import {
  classHoursSummary,
  compareSessions,
  defaultTimesFor,
  hoursByDate,
  newSessionDefaults,
  planTotalHours,
  sessionInput,
  sessionSpan,
  sessionsOverlap,
  slotForTime,
  slotFromText,
  type SessionSlot,
} from './session'

describe('slots', () => {
  it.each([
    ['morning', '09:00', '11:30', 'fixture schedule-zhongqing-2025: 上午 9:00-11:30'],
    ['afternoon', '13:30', '16:30', 'fixture schedule-zhongqing-2025: 下午 13:30-16:30'],
    ['evening', '18:30', '20:30', 'usual evening session'],
  ] as [SessionSlot, string, string, string][])('%s defaults to %s-%s (%s)', (slot, start, end) => {
    expect(defaultTimesFor(slot)).toEqual({ start, end })
  })

  it.each([
    ['08:30', 'morning'],
    ['11:59', 'morning'],
    ['12:00', 'afternoon'],
    ['13:30', 'afternoon'],
    ['17:59', 'afternoon'],
    ['18:00', 'evening'],
    ['19:00', 'evening'],
  ] as [string, SessionSlot][])('a session starting %s is %s', (time, slot) => {
    expect(slotForTime(time)).toBe(slot)
  })

  it.each([
    ['上午', 'morning'],
    ['上', 'morning'],
    ['AM', 'morning'],
    ['下午', 'afternoon'],
    [' 下 午 ', 'afternoon'],
    ['晚上', 'evening'],
    ['晚', 'evening'],
    ['全天', undefined],
  ] as [string, SessionSlot | undefined][])('slot word %s → %s', (text, slot) => {
    expect(slotFromText(text)).toBe(slot)
  })
})

describe('session input', () => {
  const valid = { ...newSessionDefaults('2025-09-08', 'morning'), topic: '开班式暨入学教育', form: 'opening' }

  it('accepts a complete session', () => {
    expect(sessionInput.safeParse(valid).success).toBe(true)
  })

  it.each([
    [{ topic: ' ' }, '请填写课程内容'],
    [{ end: '08:00' }, '结束时间应晚于开始时间'],
    [{ hours: -1 }, '学时不能为负数'],
    [{ hours: 1.255 }, '学时最多保留两位小数'],
    [{ date: '2025/9/8' }, '日期格式应为 YYYY-MM-DD'],
    [{ start: '9:00' }, '时间格式应为 HH:mm'],
  ])('rejects %o with a Chinese message', (patch, message) => {
    const r = sessionInput.safeParse({ ...valid, ...patch })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message)).toContain(message)
  })

  it('accepts 0.29 学时 (a float that is not an integer times 100)', () => {
    expect(sessionInput.safeParse({ ...valid, hours: 0.29 }).success).toBe(true)
  })
})

describe('plan hours', () => {
  const day = (date: string, ...hours: number[]) => hours.map((h) => ({ date, hours: h }))

  it('sums the fixture plan exactly: 19 sessions of 3 and one of 6 = 63 学时', () => {
    const plan = [...Array.from({ length: 19 }, () => ({ hours: 3 })), { hours: 6 }]
    expect(planTotalHours(plan)).toEqual(hoursOf(63))
  })

  it('sums decimals without drift', () => {
    expect(planTotalHours([{ hours: 0.1 }, { hours: 0.2 }, { hours: 0.7 }])).toEqual(hoursOf(1))
  })

  it.each([
    [null, '63', null, 'no total set: the plan is the total'],
    [0, '63', null, '0 means not set'],
    [60, '60', '3', 'set by hand: 3 more in the plan than on the class'],
    [66, '66', '-3', 'set by hand: the plan is 3 short'],
    [63, '63', '0', 'they agree'],
  ] as [number | null, string, string | null, string][])(
    'set total %s → effective %s, plan − set %s (%s)',
    (set, effective, diff) => {
      const s = classHoursSummary(
        [...day('2025-09-08', 3, 3), ...Array.from({ length: 19 }, () => ({ hours: 3 }))],
        set,
      )
      expect(formatHoursExact(s.plan)).toBe('63')
      expect(formatHoursExact(s.effective)).toBe(effective)
      expect(s.planMinusSet && formatHoursExact(s.planMinusSet)).toBe(diff)
    },
  )

  it('totals by date for the calendar', () => {
    const m = hoursByDate([...day('2025-09-08', 3, 3), ...day('2025-09-15', 6, 3)])
    expect(formatHoursExact(m.get('2025-09-08')!)).toBe('6')
    expect(formatHoursExact(m.get('2025-09-15')!)).toBe('9')
  })
})

describe('session timing', () => {
  it('spans its start and end on the minute line', () => {
    const s = sessionSpan({ date: '2025-09-08', start: '09:00', end: '11:30' })
    expect(s.end - s.start).toBe(150)
  })

  it('orders by date, then start', () => {
    const list = [
      { date: '2025-09-09', start: '09:00', slot: 'morning' as const },
      { date: '2025-09-08', start: '13:30', slot: 'afternoon' as const },
      { date: '2025-09-08', start: '09:00', slot: 'morning' as const },
    ]
    expect([...list].sort(compareSessions).map((s) => `${s.date} ${s.start}`)).toEqual([
      '2025-09-08 09:00',
      '2025-09-08 13:30',
      '2025-09-09 09:00',
    ])
  })

  it.each([
    ['09:00', '11:30', '11:30', '13:00', false, 'back to back'],
    ['09:00', '11:30', '11:00', '12:00', true, 'overlapping'],
  ])('%s-%s and %s-%s overlap: %s (%s)', (s1, e1, s2, e2, yes) => {
    expect(
      sessionsOverlap({ date: '2025-09-08', start: s1, end: e1 }, { date: '2025-09-08', start: s2, end: e2 }),
    ).toBe(yes)
  })
})
