import { describe, expect, it } from 'vitest'
import { buildSearchKey, compileSearch, matchesSearch, type SearchablePerson } from './pinyinSearch'

// Issue 3 People: "search by name, pinyin initials (zs finds 张三), the last digits of the ID, unit".
const SRC = 'issue 3 花名册搜索'

const zhang: SearchablePerson = {
  name: '张三',
  idNumber: '11010519491231002X',
  unit: '区财政局',
  phone: '138 1234 5678',
  studentNo: null,
}
const zeng: SearchablePerson = { name: '曾东玉', studentNo: '202244527', unit: '外国语学院' }
const shan: SearchablePerson = { name: '单雄信', idNumber: '310117198503120015', unit: '区委组织部' }
const uyghur: SearchablePerson = { name: '阿依古丽·买买提', unit: '区民政局' }

describe('matchesSearch', () => {
  const table: [SearchablePerson, string, boolean, string][] = [
    [zhang, 'zs', true, `${SRC}: zs finds 张三`],
    [zhang, 'ZS', true, `${SRC}: upper case`],
    [zhang, 'ｚｓ', true, `${SRC}: full-width letters`],
    [zhang, 'zhangsan', true, `${SRC}: full pinyin`],
    [zhang, 'zhangs', true, `${SRC}: full then initial`],
    [zhang, 'zhsan', true, `${SRC}: partial syllable`],
    [zhang, 'san', true, `${SRC}: starting at the given name`],
    [zhang, 'z', true, SRC],
    [zhang, 'zx', false, `${SRC}: wrong initial`],
    [zhang, 'sz', false, `${SRC}: order matters`],
    [zhang, 'zhangsana', false, `${SRC}: longer than the name`],
    [zhang, '张', true, `${SRC}: Chinese`],
    [zhang, '财政', true, `${SRC}: unit`],
    [zhang, '002X', true, `${SRC}: last digits of the ID`],
    [zhang, '002x', true, `${SRC}: lower-case x`],
    [zhang, '1231', false, `${SRC}: digits in the middle of the ID are not a match`],
    [zhang, '5678', true, `${SRC}: phone digits`],
    [zhang, 'zs 财政', true, `${SRC}: every word must match`],
    [zhang, 'zs 教育', false, `${SRC}: every word must match`],
    [zhang, '', true, `${SRC}: empty query shows everyone`],
    [zeng, 'zdy', true, `${SRC}: 曾 as a surname is zeng`],
    [zeng, 'cdy', true, `${SRC}: the other reading still finds her`],
    [zeng, '4527', true, `${SRC}: 学号`],
    [shan, 'sxx', true, `${SRC}: 单 as a surname is shan`],
    [shan, '0015', true, `${SRC}: last digits of the ID`],
    [uyghur, 'aygl', true, `${SRC}: the middle dot is skipped`],
    [uyghur, 'mmt', true, `${SRC}: from the second part`],
  ]
  it.each(table)('%o ~ %j → %s (%s)', (person, query, expected) => {
    expect(matchesSearch(buildSearchKey(person), query)).toBe(expected)
  })
})

describe('compileSearch', () => {
  // The compiled query (issue 16: worked out once per keystroke, not once per person) answers as
  // matchesSearch does, including its cheap rejection by the readings' first letters.
  const people = [zhang, zeng, shan, uyghur].map(buildSearchKey)
  const queries = ['zs', 'ZS', 'ceng', 'zeng', 'dan', 'shan', 'xx', 'a', '002x', '财政 zs', 'sx', '', '  ']
  it.each(queries)('%j lets through the same people as matchesSearch', (q) => {
    const matches = compileSearch(q)
    expect(people.map((k) => matches(k))).toEqual(people.map((k) => matchesSearch(k, q)))
  })
  it('rejects by first letter only when no reading starts with it', () => {
    const key = buildSearchKey(zeng)
    expect(key.initials).toContain('c')
    expect(key.initials).toContain('z')
    expect(compileSearch('cdy')(key)).toBe(true)
    expect(compileSearch('qdy')(key)).toBe(false)
  })
})
