import { describe, expect, it } from 'vitest'
import { passphraseProblem } from './syncPassphrase'

const context = { schoolName: '中共松江区委党校', officeName: '教务处', score: 4 }

// Issue 11 point 14: a mismatch is reported as a mismatch, not as 「密码至少 … 个字符」.
// Issue 12 point 7: then the rules of @shared/sync/passphraseRules.
describe('passphraseProblem', () => {
  it.each([
    ['', '', '请设置密码'],
    ['', 'abcdef', '请设置密码'],
    ['abcdef', '', '请再次输入密码'],
    ['abc', 'abd', '两次输入的密码不一致'],
    ['松江分校每周二同步数据', '松江分校每周二同步数', '两次输入的密码不一致'],
    ['abc', 'abc', '密码至少 10 个字符（现在 3 个）'],
    ['党校班务通', '党校班务通', '密码至少 10 个字符（现在 5 个）'],
    ['松江分校每周二同步数据', '松江分校每周二同步数据', null],
  ])('%j / %j → %s', (passphrase, repeated, expected) => {
    expect(passphraseProblem(passphrase, repeated, context)).toBe(expected)
  })

  it('refuses a pattern and a low score', () => {
    expect(passphraseProblem('教务处20260301', '教务处20260301', context)).toContain('是办公室名称')
    expect(
      passphraseProblem('松江分校每周二同步数据', '松江分校每周二同步数据', { ...context, score: 2 }),
    ).toBe('密码强度不够（2/4）：请加长，或换成几个不相关的词')
  })
})
