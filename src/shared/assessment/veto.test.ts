import { describe, expect, it } from 'vitest'
import { gradeVeto } from './veto'

// Seed 000, 附3 第十四条: 违反学员管理有关规定或受到违法违纪处分的，考核不予合格.
describe('gradeVeto (附3 第十四条)', () => {
  it.each([
    [{ withdrawn: false, shouldWithdraw: false, breaches: [] }, ['excellent', 'pass', 'fail'], null],
    [
      { withdrawn: false, shouldWithdraw: true, breaches: [] },
      ['fail'],
      '应作退学处理：考核不予合格（附3 第十四条）',
    ],
    [
      { withdrawn: true, shouldWithdraw: true, breaches: [] },
      ['fail'],
      '已退学：考核不予合格（附3 第十四条）',
    ],
    [
      { withdrawn: false, shouldWithdraw: false, breaches: ['2026-03-12 擅自离校'] },
      ['fail'],
      '有违纪记录（2026-03-12 擅自离校）：考核不予合格（附3 第十四条）',
    ],
    [
      { withdrawn: false, shouldWithdraw: true, breaches: ['党纪处分'] },
      ['fail'],
      '应作退学处理，有违纪记录（党纪处分）：考核不予合格（附3 第十四条）',
    ],
  ])('%o → %o', (facts, allowed, reason) => {
    expect(gradeVeto(facts)).toEqual({ allowed, reason })
  })
})
