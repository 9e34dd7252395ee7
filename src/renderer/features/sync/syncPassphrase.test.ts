import { describe, expect, it } from 'vitest'
import { passphraseLengthProblem, passphraseProblem } from './syncPassphrase'

// Issue 11 point 14: a mismatch is reported as a mismatch, not as 「密码至少 6 个字符」.
describe('passphraseProblem', () => {
  it.each([
    ['', '', '请设置密码'],
    ['', 'abcdef', '请设置密码'],
    ['abcdef', '', '请再次输入密码'],
    ['abc', 'abd', '两次输入的密码不一致'],
    ['abcdef', 'abcdeg', '两次输入的密码不一致'],
    ['abc', 'abc', '密码至少 6 个字符'],
    ['abcdef', 'abcdef', null],
    ['党校班务通', '党校班务通', '密码至少 6 个字符'],
    ['党校班务通用', '党校班务通用', null],
  ])('%j / %j → %s', (passphrase, repeated, expected) => {
    expect(passphraseProblem(passphrase, repeated)).toBe(expected)
  })
})

describe('passphraseLengthProblem (shown under the field while typing)', () => {
  it.each([
    ['', null],
    ['abc', '密码至少 6 个字符'],
    ['abcdef', null],
  ])('%j → %s', (passphrase, expected) => {
    expect(passphraseLengthProblem(passphrase)).toBe(expected)
  })
})
