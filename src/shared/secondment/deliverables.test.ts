import { describe, expect, it } from 'vitest'
import { reportCharacters, reportWarning } from './deliverables'

// Seed 000 附4 第八条(三): 工作建议报告（一般不少于1500字）.
describe('reportCharacters', () => {
  it.each([
    ['挂职单位工作建议', 8],
    ['一、加强 调研。\n二、完善制度！', 14], // punctuation counts, spaces and line breaks do not
    ['GDP 增长 5%', 7],
    ['𠀀字', 2], // a character outside the BMP counts once
  ])('%j → %d', (text, n) => {
    expect(reportCharacters(text)).toBe(n)
  })
  it('warns below 1,500 and does not block', () => {
    expect(reportWarning('字'.repeat(1499))).toBe('工作建议报告共 1499 字，一般不少于 1500 字（附4 第八条）')
    expect(reportWarning('字'.repeat(1500))).toBeNull()
  })
})
