import { describe, expect, it } from 'vitest'
import { hoursOf } from '../plan/hours'
import { formatChineseDate, withdrawalNotice, WITHDRAWAL_CLAUSES } from './withdrawalNotice'

describe('the 应作退学处理 report', () => {
  it('reports leave over 1/7 of the total hours (000 附2 第九条 3(2))', () => {
    const n = withdrawalNotice({
      reason: 'overLimit',
      studentName: '张三',
      unitAndPost: '区发改委 科长',
      className: '2025年秋季中青年干部培训班',
      totalHours: hoursOf(120),
      leaveHours: hoursOf(18),
      allowedHours: hoursOf(120, 7),
      headTeacher: '李老师',
      date: '2025-09-19',
    })
    expect(n.title).toBe('关于学员张三应作退学处理的报告')
    expect(n.paragraphs).toEqual([
      '2025年秋季中青年干部培训班学员张三（区发改委 科长），在校学习期间经批准累计请假18学时。本班次总学时为120学时，其1/7为约17.14（17又1/7）学时，该学员累计请假时间已超过总学时的1/7。',
      '根据《中共松江区委党校主体班学员管理工作条例》第九条第三款第（二）项“累计请假时间超过总学时1/7的，按退学处理”的规定，该学员应作退学处理。',
      '特此报告。请按规定逐级报批，并通报有关单位。',
    ])
    expect(n.signature).toEqual(['班主任：李老师', '2025年9月19日'])
    expect(n.text.split('\n').slice(0, 3)).toEqual(['关于学员张三应作退学处理的报告', '', '学员工作科：'])
  })

  it('reports unapproved absence after criticism (000 附2 第九条 3(1)), listing the incidents', () => {
    const n = withdrawalNotice({
      reason: 'unapprovedAbsence',
      studentName: '王五',
      className: '2025年春季处级干部培训班',
      totalHours: hoursOf(63),
      leaveHours: hoursOf(0),
      allowedHours: hoursOf(9),
      unapprovedHours: hoursOf(6),
      incidents: ['9月9日上午旷课', '9月10日晚擅自离校'],
      headTeacher: '赵老师',
      date: '2025-09-11',
      regulationTitle: '《学员管理规定》',
      addressee: '教务处',
    })
    expect(n.addressee).toBe('教务处')
    expect(n.paragraphs).toEqual([
      '2025年春季处级干部培训班学员王五，在校学习期间有未经批准缺课、擅自离校或无故超假的情况，累计缺课6学时，经批评教育仍未改正。',
      '具体情况如下：（1）9月9日上午旷课；（2）9月10日晚擅自离校。',
      '根据《学员管理规定》第九条第三款第（一）项，“未经请假、请假未准而擅自离校或无故超假，经批评教育仍不能纠正者”应作退学处理。该学员符合上述情形，应作退学处理。',
      '特此报告。请按规定逐级报批，并通报有关单位。',
    ])
  })

  it('cites 000 附2 第九条 1. when the school flags unapproved absence at once, without criticism', () => {
    const n = withdrawalNotice({
      reason: 'unapprovedAbsence',
      studentName: '王五',
      className: '2025年春季处级干部培训班',
      totalHours: hoursOf(63),
      leaveHours: hoursOf(0),
      allowedHours: hoursOf(9),
      unapprovedHours: hoursOf(3),
      incidents: ['9月9日上午旷课'],
      afterCriticism: false,
      headTeacher: '赵老师',
      date: '2025-09-11',
    })
    expect(n.paragraphs).toEqual([
      '2025年春季处级干部培训班学员王五，在校学习期间有未经批准缺课、擅自离校或无故超假的情况，累计缺课3学时。',
      '具体情况如下：（1）9月9日上午旷课。',
      '根据《中共松江区委党校主体班学员管理工作条例》第九条第一款“未经批准擅自离校的，责令退学”的规定及本校对旷课、无故超假的规定，该学员应作退学处理。',
      '特此报告。请按规定逐级报批，并通报有关单位。',
    ])
  })

  it('quotes the clauses as the seed words them', () => {
    expect(WITHDRAWAL_CLAUSES.overLimit).toBe('累计请假时间超过总学时1/7的，按退学处理')
  })

  it.each([
    ['2025-09-19', '2025年9月19日'],
    ['2026-01-02', '2026年1月2日'],
  ])('dates %s as %s', (d, text) => {
    expect(formatChineseDate(d)).toBe(text)
  })
})
