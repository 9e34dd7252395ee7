import { describe, expect, it } from 'vitest'
import { CLASS_TYPES, defaultTierFor, type ClassType } from '../domain/trainingClass'
import { latestTemplates, latestVersion, templateForTier } from './templateLibrary'
import { duplicateTemplate, renameTemplate, retireItem } from './templateVersioning'
import { KEY_CLASS_TEMPLATE } from './keyClassTemplate'
import { ORDINARY_CLASS_TEMPLATE } from './ordinaryClassTemplate'

describe('templateForTier: the table a new class gets', () => {
  // 000 附1: the key-class table is for 处级班、中青班、青干班; every other class uses 一般班级.
  const table: [ClassType, string][] = [
    ['chuji', 'builtin.key'],
    ['zhongqing', 'builtin.key'],
    ['qinggan', 'builtin.key'],
    ['xingzheng', 'builtin.ordinary'],
    ['weituo', 'builtin.ordinary'],
    ['ziban', 'builtin.ordinary'],
    ['activist', 'builtin.ordinary'],
    ['other', 'builtin.ordinary'],
  ]
  it.each(table)('%s → %s', (type, id) => {
    expect(templateForTier(defaultTierFor(type)).id).toBe(id)
  })

  it.each(CLASS_TYPES.map((t) => [t.label, t.code] as const))(
    'every class type: %s gets the table of its tier',
    (_label, type) => {
      expect(templateForTier(defaultTierFor(type)).tier).toBe(defaultTierFor(type))
    },
  )

  it('takes the newest version the school has made', () => {
    const v2 = retireItem(KEY_CLASS_TEMPLATE, 'key.during.19')
    const v3 = renameTemplate(v2, '重点班级事项表')
    expect(templateForTier('key', [v3, v2])).toBe(v3)
    expect(templateForTier('ordinary', [v3, v2])).toBe(ORDINARY_CLASS_TEMPLATE)
  })
})

describe('latestVersion and latestTemplates', () => {
  const v2 = renameTemplate(ORDINARY_CLASS_TEMPLATE, '一般班级事项表（修订）')
  const mine = duplicateTemplate(KEY_CLASS_TEMPLATE, { id: 'tpl-a', name: '乙 自定义' })
  const mine2 = renameTemplate(mine, '甲 自定义')

  it('picks the highest version of one id, built-ins counting as version 1', () => {
    expect(latestVersion([], 'builtin.key')).toBe(KEY_CLASS_TEMPLATE)
    expect(latestVersion([v2], 'builtin.ordinary')).toBe(v2)
    expect(latestVersion([mine2, mine], 'tpl-a')).toBe(mine2)
    expect(latestVersion([], 'tpl-a')).toBeUndefined()
  })

  it('lists built-ins first, then the school’s own by name', () => {
    const other = duplicateTemplate(KEY_CLASS_TEMPLATE, { id: 'tpl-b', name: '丙 自定义' })
    expect(latestTemplates([v2, mine, mine2, other]).map((t) => [t.id, t.version])).toEqual([
      ['builtin.key', 1],
      ['builtin.ordinary', 2],
      ['tpl-b', 1],
      ['tpl-a', 2],
    ])
  })
})
