import { describe, expect, it } from 'vitest'
import { safeFileName } from './fileName'

describe('safeFileName', () => {
  it.each([
    ['2025年秋季中青班', '未命名', '2025年秋季中青班'],
    ['2025/秋 中青班', '未命名', '2025_秋 中青班'],
    ['a:b*c?"d"<e>|f\\g', '未命名', 'a_b_c__d__e__f_g'],
    ['班\u0007次\t名', '未命名', '班_次_名'],
    ['  两个   空格  ', '未命名', '两个 空格'],
    ['', '花名册', '花名册'],
    ['..', '花名册', '花名册'],
  ])('%j → %j', (text, fallback, expected) => {
    expect(safeFileName(text, fallback)).toBe(expected)
  })

  it('cuts at the given length', () => {
    expect(safeFileName('一'.repeat(50), '未命名', 40)).toBe('一'.repeat(40))
  })
})
