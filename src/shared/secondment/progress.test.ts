import { describe, expect, it } from 'vitest'
import { daysDue, periodDays, secondmentProgress, type ProgressInput } from './progress'
import { secondmentPeriod } from './period'

const doc = (characters: number) => ({ text: '', fileName: '', characters, submittedOn: '2026-04-20' })
const period = secondmentPeriod('2026-03-30') // to 2026-04-29: 31 days

const base: ProgressInput = {
  period,
  today: '2026-05-10',
  logDays: 31,
  plan: doc(600),
  summary: doc(900),
  report: doc(1500),
  talks: 2,
  meetingsCalled: 4,
  meetingsAttended: 4,
}

describe('periodDays and daysDue (附4 第五条, 第八条(二) daily log)', () => {
  it.each([
    ['2026-03-29', 0], // before the 部署会
    ['2026-03-30', 1], // the 部署会 day counts
    ['2026-04-01', 3],
    ['2026-04-29', 31],
    ['2026-06-01', 31], // after the period: the whole period
  ])('today %s → %d days due', (today, n) => {
    expect(daysDue(period, today)).toBe(n)
  })
  it('31 January + 1 month is 29 days in 2026', () => {
    expect(periodDays(secondmentPeriod('2026-01-31'))).toBe(29)
  })
})

describe('secondmentProgress (附4 第七条(一), 第八条)', () => {
  it.each<[string, Partial<ProgressInput>, string[], string[]]>([
    ['everything done', {}, [], []],
    [
      'a 1,499-character report warns only (一般不少于1500字)',
      { report: doc(1499) },
      [],
      ['工作建议报告 1499 字，一般不少于 1500 字'],
    ],
    ['no report at all is owed', { report: null }, ['工作建议报告未交'], []],
    ['plan and summary missing', { plan: null, summary: null }, ['挂职计划未交', '挂职小结未交'], []],
    ['one talk of two (至少开展2次)', { talks: 1 }, ['谈心谈话 1/2 次'], []],
    ['a log ahead of the days elapsed owes nothing', { logDays: 11, today: '2026-04-09' }, [], []],
    ['log not entered', { logDays: null }, ['挂职工作日志 0/31 天'], []],
    ['missed one Friday meeting', { meetingsAttended: 3 }, ['缺席座谈会 1 次'], []],
  ])('%s', (_, patch, missing, warnings) => {
    const p = secondmentProgress({ ...base, ...patch })
    expect(p.missing).toEqual(missing)
    expect(p.warnings).toEqual(warnings)
  })
  it('flags a log behind the days elapsed', () => {
    expect(secondmentProgress({ ...base, logDays: 8, today: '2026-04-09' }).missing).toEqual([
      '挂职工作日志 8/11 天',
    ])
  })
})
