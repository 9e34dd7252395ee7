import { describe, expect, it } from 'vitest'
import { checkPhone, type PhoneCheck } from './phone'

// Issue 3 preview rule "phone is not 11 digits (or a landline pattern)"; seed 000 附1 学员服务 asks
// staff to check student details, and 学员通讯录 (DOMAIN.md What people print) relies on them.
const SRC = '000 附1 学员服务 / 学员通讯录'

describe('checkPhone', () => {
  const table: [string, PhoneCheck, string][] = [
    ['13812345678', { normalized: '13812345678', kind: 'mobile' }, SRC],
    ['138 1234 5678', { normalized: '13812345678', kind: 'mobile' }, `${SRC}: spaced`],
    ['138-1234-5678', { normalized: '13812345678', kind: 'mobile' }, `${SRC}: dashed`],
    ['１３８１２３４５６７８', { normalized: '13812345678', kind: 'mobile' }, `${SRC}: full-width`],
    ['+86 138 1234 5678', { normalized: '13812345678', kind: 'mobile' }, `${SRC}: country code`],
    ['8613812345678', { normalized: '13812345678', kind: 'mobile' }, `${SRC}: 86 without plus`],
    ['19912345678', { normalized: '19912345678', kind: 'mobile' }, `${SRC}: 199 segment`],
    ['021-12345678', { normalized: '021-12345678', kind: 'landline' }, `${SRC}: Shanghai`],
    ['010 12345678', { normalized: '010-12345678', kind: 'landline' }, `${SRC}: Beijing`],
    ['(021)12345678', { normalized: '021-12345678', kind: 'landline' }, `${SRC}: brackets`],
    ['（0571）1234567', { normalized: '0571-1234567', kind: 'landline' }, `${SRC}: full-width brackets`],
    ['0571-1234567', { normalized: '0571-1234567', kind: 'landline' }, `${SRC}: 7-digit local`],
    ['057187654321', { normalized: '0571-87654321', kind: 'landline' }, `${SRC}: no separator`],
    ['021-12345678-801', { normalized: '021-12345678-801', kind: 'landline' }, `${SRC}: extension`],
    ['021-12345678转801', { normalized: '021-12345678-801', kind: 'landline' }, `${SRC}: 转 extension`],
    ['+86-21-12345678', { normalized: '021-12345678', kind: 'landline' }, `${SRC}: international form`],
    [
      '13812345678/021-12345678',
      { normalized: '13812345678 / 021-12345678', kind: 'mobile' },
      `${SRC}: two numbers`,
    ],
    ['', { normalized: '', kind: null }, `${SRC}: empty is not a warning here`],
    [
      '1381234567',
      { normalized: '1381234567', kind: null, warning: '手机号应为11位（现为10位），请核对' },
      `${SRC}: one digit short`,
    ],
    [
      '138123456789',
      { normalized: '138123456789', kind: null, warning: '手机号应为11位（现为12位），请核对' },
      `${SRC}: one digit too many`,
    ],
    [
      '12812345678',
      { normalized: '12812345678', kind: null, warning: '手机号应为11位（现为11位），请核对' },
      `${SRC}: no 12x mobile segment`,
    ],
    [
      '12345678',
      { normalized: '12345678', kind: null, warning: '手机号应为11位（现为8位），请核对' },
      `${SRC}: starts like a mobile`,
    ],
    [
      '62345678',
      { normalized: '62345678', kind: null, warning: '固定电话缺少区号，请补全（如 021-12345678）' },
      `${SRC}: local number without area code`,
    ],
    [
      '021-1234567',
      { normalized: '021-1234567', kind: null, warning: '无法识别的电话号码“021-1234567”，请核对' },
      `${SRC}: 3-digit area code needs 8 digits`,
    ],
    ['无', { normalized: '无', kind: null, warning: '无法识别的电话号码“无”，请核对' }, `${SRC}: words`],
    [
      '13812345678/123',
      { normalized: '13812345678 / 123', kind: 'mobile', warning: '手机号应为11位（现为3位），请核对' },
      `${SRC}: second number broken`,
    ],
  ]
  it.each(table)('%j → %j (%s)', (input, expected) => {
    expect(checkPhone(input)).toEqual(expected)
  })
})
