import { describe, expect, it } from 'vitest'
import {
  CLASS_TYPES,
  defaultNoLeaveFor,
  defaultTierFor,
  newClassDefaults,
  trainingClassInput,
  type ClassType,
} from './trainingClass'

describe('class type defaults', () => {
  // DOMAIN.md glossary; seed 000 附1 titles the key-class checklist "含处级班、中青班、青干班".
  const table: [ClassType, 'key' | 'ordinary', boolean, string][] = [
    ['chuji', 'key', false, '000 附1: 处级班 is a key class'],
    ['zhongqing', 'key', true, '000 附2 第九条: 中青班 no leave in principle'],
    ['qinggan', 'key', true, '000 附2 第九条: 青干班 no leave in principle'],
    ['xingzheng', 'ordinary', false, 'DOMAIN.md: 行政学院主体班 ordinary'],
    ['weituo', 'ordinary', false, 'DOMAIN.md: 委托班 ordinary'],
    ['ziban', 'ordinary', false, 'DOMAIN.md: 自办班 ordinary'],
    ['activist', 'ordinary', false, '001: university class'],
    ['devTarget', 'ordinary', false, '001: university class'],
    ['member', 'ordinary', false, '001: university class'],
    ['cadre', 'ordinary', false, '001: university class'],
    ['other', 'ordinary', false, 'default'],
  ]
  it.each(table)('%s → tier %s, no-leave %s (%s)', (type, tier, noLeave) => {
    expect(defaultTierFor(type)).toBe(tier)
    expect(defaultNoLeaveFor(type)).toBe(noLeave)
  })

  it('lists every type exactly once', () => {
    expect(new Set(CLASS_TYPES.map((t) => t.code)).size).toBe(CLASS_TYPES.length)
    expect(CLASS_TYPES).toHaveLength(11)
  })
})

describe('trainingClassInput', () => {
  const valid = {
    ...newClassDefaults('zhongqing', '2025-03-01'),
    name: '2025年春季中青班',
    endDate: '2025-05-01',
  }

  it('accepts a complete class', () => {
    expect(trainingClassInput.safeParse(valid).success).toBe(true)
  })

  it.each([
    [{ name: '  ' }, '请填写班次名称'],
    [{ endDate: '2025-02-01' }, '结束日期不能早于开始日期'],
    [{ totalHours: -1 }, '总学时不能为负数'],
    [{ startDate: '2025/3/1' }, '日期格式应为 YYYY-MM-DD'],
  ])('rejects %o with a Chinese message', (patch, message) => {
    const r = trainingClassInput.safeParse({ ...valid, ...patch })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.message)).toContain(message)
  })
})
