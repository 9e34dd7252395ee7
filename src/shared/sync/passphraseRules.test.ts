import { describe, expect, it } from 'vitest'
import { passphraseRefusal, passphraseStrengthLabel, weakPieces, type WeakPieceKind } from './passphraseRules'

const SCHOOL = '中共松江区委党校'
const OFFICE = '教务处'
const context = { schoolName: SCHOOL, officeName: OFFICE }

// Issue 12 point 7: the library's score is an input; the refusals are our rules.
describe('passphraseRefusal', () => {
  it.each<[string, number | null, string | null]>([
    ['', 4, '请设置密码'],
    ['abc', 4, '密码至少 10 个字符（现在 3 个）'],
    ['Tr0ub4dor', 4, '密码至少 10 个字符（现在 9 个）'],
    ['党校班务通每周交换', 4, '密码至少 10 个字符（现在 9 个）'],
    // Patterns, each refused with why, whatever the score.
    [
      '9876543210',
      4,
      '密码太容易猜到：“9876543210”是连续的数字或字母。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      'aaaaaaaaaaaa',
      4,
      '密码太容易猜到：“aaaaaaaaaaaa”是重复的字符。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      'qwertyuiop',
      4,
      '密码太容易猜到：“qwertyuiop”是键盘上相邻的按键。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      '1234567890',
      4,
      '密码太容易猜到：“1234567890”是键盘上相邻的按键。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      '1qaz2wsx3edc',
      4,
      '密码太容易猜到：“1qaz2wsx3edc”是键盘上相邻的按键。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      '20260301abc',
      4,
      '密码太容易猜到：“20260301”是日期。除去这些，只剩 3 个字符；请再加入至少 7 个不相关的字或字符',
    ],
    [
      '2026-03-01xy',
      4,
      '密码太容易猜到：“2026-03-01”是日期。除去这些，只剩 2 个字符；请再加入至少 8 个不相关的字或字符',
    ],
    [
      '2026年3月1日开学了',
      4,
      '密码太容易猜到：“2026年3月1日”是日期。除去这些，只剩 3 个字符；请再加入至少 7 个不相关的字或字符',
    ],
    [
      `${SCHOOL}2026`,
      4,
      '密码太容易猜到：“中共松江区委党校”是学校名称。除去这些，只剩 4 个字符；请再加入至少 6 个不相关的字或字符',
    ],
    [
      `${OFFICE}Abcd1234!`,
      4,
      '密码太容易猜到：“教务处”是办公室名称，“abcd”是连续的数字或字母。除去这些，只剩 1 个字符；请再加入至少 9 个不相关的字或字符',
    ],
    [
      'Password123456',
      4,
      '密码太容易猜到：“123456”是连续的数字或字母。除去这些，只剩 8 个字符；请再加入至少 2 个不相关的字或字符',
    ],
    [
      'ＱＷＥＲＴＹＵＩＯＰ',
      4,
      '密码太容易猜到：“qwertyuiop”是键盘上相邻的按键。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    [
      '520520520520',
      4,
      '密码太容易猜到：“520520520520”是重复的字符。除去这些，只剩 0 个字符；请再加入至少 10 个不相关的字或字符',
    ],
    // Long enough without the patterns: the score decides.
    ['蓝色钢笔放在第三个抽屉', 1, '密码强度不够（1/4）：请加长，或换成几个不相关的词'],
    ['蓝色钢笔放在第三个抽屉', 3, null],
    ['蓝色钢笔放在第三个抽屉', null, null],
    [`${SCHOOL}的蓝色钢笔放在第三个抽屉`, 4, null],
    ['orange-violin-harbor', 4, null],
    ['20260301 orange violin harbor', 4, null],
    ['Tr0ub4dor&3x', 3, null],
  ])('%j (score %s) → %s', (passphrase, score, expected) => {
    expect(passphraseRefusal({ passphrase, score, ...context })).toBe(expected)
  })

  it('ignores a missing or one-character school or office name', () => {
    expect(
      passphraseRefusal({ passphrase: '校蓝色钢笔放在第三个抽屉', score: 4, schoolName: '校' }),
    ).toBeNull()
    expect(passphraseRefusal({ passphrase: 'orange-violin-harbor', score: 4 })).toBeNull()
  })
})

describe('weakPieces', () => {
  it.each<[string, [WeakPieceKind, string][], string]>([
    ['abc', [], 'abc'],
    ['hello world', [], 'helloworld'],
    [
      'zyxw9876',
      [
        ['sequence', 'zyxw'],
        ['sequence', '9876'],
      ],
      '',
    ],
    ['!@#$%^ok', [['keyboard', '!@#$%^']], 'ok'],
    [
      'abab-cdcd',
      [
        ['repeat', 'abab'],
        ['repeat', 'cdcd'],
      ],
      '-',
    ],
    ['x2026/3/1y', [['date', '2026/3/1']], 'xy'],
    ['01.03.2026z', [['date', '01.03.2026']], 'z'],
    [
      '教务处的中共松江区委党校',
      [
        ['school', '中共松江区委党校'],
        ['office', '教务处'],
      ],
      '的',
    ],
  ])('%j', (passphrase, pieces, rest) => {
    const found = weakPieces(passphrase, context)
    expect(found.pieces.map((p) => [p.kind, p.text])).toEqual(pieces)
    expect(found.rest).toBe(rest)
  })
})

describe('passphraseStrengthLabel', () => {
  it.each([
    [0, '很弱'],
    [2, '一般'],
    [4, '很强'],
    [9, '很强'],
  ])('%s → %s', (score, label) => expect(passphraseStrengthLabel(score)).toBe(label))
})
