import { describe, expect, it } from 'vitest'
import { fridayMeetings, skippedFridayProblems } from './fridayMeetings'
import { secondmentPeriod } from './period'

// Seed 000 附4 第六条(四): 每周五下午…座谈会（单周小组交流，双周班级交流）.
describe('fridayMeetings (附4 第六条(四))', () => {
  it('alternates from the first Friday, across the month boundary', () => {
    // 部署会 Monday 2026-03-30 → period to 2026-04-29; Fridays 4/3, 4/10, 4/17, 4/24.
    expect(fridayMeetings(secondmentPeriod('2026-03-30'))).toEqual([
      { date: '2026-04-03', week: 1, kind: 'group' },
      { date: '2026-04-10', week: 2, kind: 'class' },
      { date: '2026-04-17', week: 3, kind: 'group' },
      { date: '2026-04-24', week: 4, kind: 'class' },
    ])
  })

  it('a 部署会 on a Friday holds week 1 that day', () => {
    expect(fridayMeetings(secondmentPeriod('2026-03-06'))[0]).toEqual({
      date: '2026-03-06',
      week: 1,
      kind: 'group',
    })
  })

  it('a holiday Friday has no meeting but keeps the calendar alternation', () => {
    const meetings = fridayMeetings(secondmentPeriod('2026-03-30'), new Set(['2026-04-03']))
    expect(meetings.map((m) => [m.date, m.kind])).toEqual([
      ['2026-04-10', 'class'],
      ['2026-04-17', 'group'],
      ['2026-04-24', 'class'],
    ])
  })

  it('across a month boundary with a holiday (劳动节 Friday 1 May): the weeks still follow the calendar', () => {
    // 部署会 Monday 2026-04-20 → period to 2026-05-19; Fridays 4/24, 5/1 (holiday), 5/8, 5/15.
    expect(fridayMeetings(secondmentPeriod('2026-04-20'), new Set(['2026-05-01']))).toEqual([
      { date: '2026-04-24', week: 1, kind: 'group' },
      { date: '2026-05-08', week: 3, kind: 'group' },
      { date: '2026-05-15', week: 4, kind: 'class' },
    ])
  })
})

describe('skippedFridayProblems (the holidays are typed: the plan marks none)', () => {
  const period = secondmentPeriod('2026-04-20')
  it.each([
    [['2026-05-01'], []],
    [['2026-5-1'], ['“2026-5-1”不是日期，请按 2026-05-01 的格式填写']],
    [['2026-02-30'], ['“2026-02-30”不是日期，请按 2026-05-01 的格式填写']],
    [['2026-05-04'], ['2026-05-04 不是星期五']],
    [['2026-05-22'], ['2026-05-22 不在挂职期内']],
  ])('%j → %j', (typed, problems) => {
    expect(skippedFridayProblems(typed, period)).toEqual(problems)
  })
})
