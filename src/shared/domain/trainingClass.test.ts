import { describe, expect, it } from 'vitest'
import {
  CLASS_TYPES,
  defaultNoLeaveFor,
  defaultTierFor,
  classFromDraft,
  newClassDefaults,
  newClassDraft,
  suggestFinish,
  trainingClassInput,
  type ClassStatus,
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

describe('suggestFinish: past its 结业日期 and still open → suggest 已结业 (issue 11, point 9)', () => {
  const end = '2025-03-28'
  const table: [string, ClassStatus, string, boolean][] = [
    ['进行中, seven months after 结业日期', 'running', '2025-10-28', true],
    ['进行中, the day after 结业日期', 'running', '2025-03-29', true],
    ['进行中, on 结业日期 itself (the last day still runs)', 'running', end, false],
    ['进行中, before 结业日期', 'running', '2025-03-10', false],
    ['筹备中, never marked 进行中, after 结业日期', 'preparing', '2025-04-01', true],
    ['已结业 already', 'finished', '2025-10-28', false],
    ['已归档', 'archived', '2025-10-28', false],
  ]
  it.each(table)('%s', (_why, status, today, expected) => {
    expect(suggestFinish({ status, endDate: end }, today)).toBe(expected)
  })
})

describe('newClassDraft and classFromDraft: a new class has no type until chosen (issue 11)', () => {
  const draft = { ...newClassDraft('2025-03-01'), name: '2025年春季班' }

  it('starts with no type, no tier and no type defaults switched on', () => {
    expect(draft).toMatchObject({ type: null, tier: null, residential: false, noLeave: false })
  })

  const table: [string, Partial<typeof draft>, Record<string, string> | null][] = [
    ['no type chosen', {}, { type: '请选择班次类型', tier: '请选择班级层次' }],
    [
      '000 附2 第九条: 中青班 chosen, with its defaults',
      { type: 'zhongqing', tier: 'key', noLeave: true },
      null,
    ],
    ['委托班 chosen', { type: 'weituo', tier: 'ordinary' }, null],
  ]
  it.each(table)('%s', (_why, change, errors) => {
    const attempt = () => classFromDraft({ ...draft, ...change })
    if (errors) expect(() => attempt()).toThrow(expect.objectContaining({ fieldErrors: errors }))
    else expect(attempt()).toMatchObject(change)
  })
})
