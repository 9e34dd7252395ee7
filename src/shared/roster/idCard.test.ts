import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  checkIdNumber,
  idCardIssueMessage,
  idCheckCharacter,
  idNumberLostPrecision,
  isRealDate,
  maskIdNumber,
  normalizeIdNumber,
  type IdCardIssue,
} from './idCard'

/**
 * An independent MOD 11-2 (ISO 7064) implementation for the tests: weights
 * computed as 2^(17-i) mod 11 and the check value as (12 - S mod 11) mod 11,
 * rather than the lookup tables the code uses.
 */
function referenceCheck(first17: string): string {
  let s = 0
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11)
  const v = (12 - (s % 11)) % 11
  return v === 10 ? 'X' : String(v)
}
function makeId(first17: string): string {
  return first17 + referenceCheck(first17)
}

const TODAY = '2025-09-01'
// Seed 000 附1 学员服务: "提醒学员校对学员信息，尤其是姓名、身份证" is why every check below exists;
// the rules themselves are GB 11643-1999.
const SRC = '000 附1 学员服务 / GB 11643-1999'

describe('checkIdNumber: valid numbers', () => {
  const table: [string, string, string, '男' | '女', string][] = [
    // [input, normalized, birth date, gender, source]
    [
      '11010519491231002X',
      '11010519491231002X',
      '1949-12-31',
      '女',
      `${SRC}: worked example in the standard`,
    ],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', '女', `${SRC}: lower-case x is not an error`],
    [
      '１１０１０５１９４９１２３１００２Ｘ',
      '11010519491231002X',
      '1949-12-31',
      '女',
      `${SRC}: full-width digits`,
    ],
    [' 110105 19491231 002X ', '11010519491231002X', '1949-12-31', '女', `${SRC}: grouped with spaces`],
    ["'11010519491231002X", '11010519491231002X', '1949-12-31', '女', `${SRC}: Excel text apostrophe`],
    [makeId('41010519881120753'), makeId('41010519881120753'), '1988-11-20', '男', `${SRC}: odd 17th digit`],
    [makeId('44030420000229123'), makeId('44030420000229123'), '2000-02-29', '男', `${SRC}: leap day 2000`],
    [makeId('31011520250831002'), makeId('31011520250831002'), '2025-08-31', '女', `${SRC}: born yesterday`],
  ]
  it.each(table)('%s → %s, %s, %s (%s)', (input, normalized, birthDate, gender) => {
    const r = checkIdNumber(input, { today: TODAY })
    expect(r).toEqual({ normalized, valid: true, birthDate, gender, issues: [] })
  })
})

describe('checkIdNumber: problems', () => {
  const good = makeId('41010519881120753')
  const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
  const table: [string, unknown, IdCardIssue[], boolean, string][] = [
    // [text, raw cell value, issues, valid, source]
    [
      wrongCheck,
      undefined,
      [{ code: 'badChecksum', expected: good[17]!, actual: wrongCheck[17]! }],
      false,
      SRC,
    ],
    ['4101051988112075', undefined, [{ code: 'badLength', length: 16 }], false, SRC],
    ['41010519881120753X1', undefined, [{ code: 'badLength', length: 19 }], false, SRC],
    ['41010519881120A531', undefined, [{ code: 'badCharacters' }], false, SRC],
    [
      makeId('44030419850230123'),
      undefined,
      [{ code: 'impossibleBirthDate', date: '1985-02-30' }],
      false,
      `${SRC}: 30 February`,
    ],
    [
      makeId('44030419001301123'),
      undefined,
      [{ code: 'impossibleBirthDate', date: '1900-13-01' }],
      false,
      `${SRC}: month 13`,
    ],
    [
      makeId('44030418991231123'),
      undefined,
      [{ code: 'impossibleBirthDate', date: '1899-12-31' }],
      false,
      `${SRC}: before 1900`,
    ],
    [
      makeId('44030420250902123'),
      undefined,
      [{ code: 'futureBirthDate', date: '2025-09-02' }],
      false,
      `${SRC}: tomorrow`,
    ],
    [
      '1.10105E+17',
      undefined,
      [{ code: 'precisionLost', shown: '1.10105E+17' }],
      false,
      `${SRC}: CSV saved from a number cell`,
    ],
    [
      '1.10105E+17',
      110105194912310000,
      [{ code: 'precisionLost', shown: '1.10105E+17' }],
      false,
      `${SRC}: number cell in an .xlsx`,
    ],
  ]
  it.each(table)('%s (raw %s) → %j (%s)', (text, raw, issues, valid) => {
    const r = checkIdNumber(text, { today: TODAY, raw })
    expect(r.issues).toEqual(issues)
    expect(r.valid).toBe(valid)
  })

  it('a bad checksum still reports gender and birth date from the digits', () => {
    const r = checkIdNumber(wrongCheck, { today: TODAY })
    expect(r.birthDate).toBe('1988-11-20')
    expect(r.gender).toBe('男')
  })
})

describe('15-digit numbers (before 1999)', () => {
  const table: [string, unknown, string, string, '男' | '女', string][] = [
    [
      '110105491231002',
      undefined,
      '11010519491231002X',
      '1949-12-31',
      '女',
      `${SRC}: convert by inserting 19`,
    ],
    [
      '110105491231002',
      110105491231002,
      '11010519491231002X',
      '1949-12-31',
      '女',
      `${SRC}: 15 digits fit a number`,
    ],
    ['410105881120753', undefined, makeId('41010519881120753'), '1988-11-20', '男', SRC],
  ]
  it.each(table)('%s → %s (%s, %s)', (text, raw, normalized, birthDate, gender) => {
    const r = checkIdNumber(text, { today: TODAY, raw })
    expect(r).toEqual({
      normalized,
      valid: true,
      birthDate,
      gender,
      issues: [{ code: 'convertedFrom15', original: text }],
    })
  })

  it('flags an impossible date in a 15-digit number', () => {
    const r = checkIdNumber('110105490231002', { today: TODAY })
    expect(r.valid).toBe(false)
    expect(r.issues).toContainEqual({ code: 'impossibleBirthDate', date: '1949-02-31' })
  })
})

describe('precision lost by Excel', () => {
  const table: [unknown, string, boolean, string][] = [
    [110105194912310000, '1.10105E+17', true, `${SRC}: 18 digits stored as a number`],
    [4101051988112075, '4.10105E+15', true, `${SRC}: 16 digits`],
    [110105491231002, '110105491231002', false, `${SRC}: 15 digits are exact`],
    [undefined, '1.10105E+17', true, `${SRC}: scientific text in a CSV`],
    [undefined, '1.10105e17', true, `${SRC}: lower-case exponent`],
    [undefined, '11010519491231002X', false, SRC],
    ['11010519491231002X', '11010519491231002X', false, SRC],
  ]
  it.each(table)('raw %s shown %s → %s (%s)', (raw, shown, lost) => {
    expect(idNumberLostPrecision(raw, shown)).toBe(lost)
  })

  it('the message says what Excel showed and what to do', () => {
    const r = checkIdNumber('1.10105E+17', { raw: 110105194912310000, today: TODAY })
    expect(idCardIssueMessage(r.issues[0]!)).toBe(
      '单元格被 Excel 存成了数字（显示为 1.10105E+17），后几位已丢失，请把该列设为“文本”后按原件重新填写',
    )
  })
})

describe('check character', () => {
  it('agrees with the reference implementation on any 17 digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (first17) => {
        expect(idCheckCharacter(first17)).toBe(referenceCheck(first17))
      }),
    )
  })

  it('any single-digit typo in a valid number is caught', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{17}$/),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (first17, pos, delta) => {
          const id = makeId(first17)
          const typo = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1)
          expect(checkIdNumber(typo, { today: TODAY }).issues.map((i) => i.code)).toContain('badChecksum')
        },
      ),
    )
  })

  it('refuses input that is not 17 digits', () => {
    expect(() => idCheckCharacter('123')).toThrow()
  })
})

describe('normalizeIdNumber', () => {
  it.each([
    ['11010519491231002x', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２ｘ', '11010519491231002X'],
    ['110105\u300019491231\u00a0002X\n', '11010519491231002X'],
  ])('%j → %s', (input, out) => expect(normalizeIdNumber(input)).toBe(out))
})

describe('isRealDate', () => {
  it.each([
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 0, 1, false],
  ])('%i-%i-%i → %s', (y, m, d, real) => expect(isRealDate(y, m, d)).toBe(real))
})

describe('maskIdNumber (printouts: first 6 + last 4)', () => {
  it.each([
    ['110105194912311234', '110105********1234', 'DOMAIN.md What people print: ID numbers masked'],
    ['11010519491231002X', '110105********002X', 'DOMAIN.md What people print'],
    ['110105491231002', '110105*****1002', 'DOMAIN.md What people print: old 15-digit'],
    ['12345', '*****', 'short values are masked whole'],
    ['', '', 'nothing to mask'],
  ])('%s → %s (%s)', (id, masked) => expect(maskIdNumber(id)).toBe(masked))
})
