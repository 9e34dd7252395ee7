import { pinyin } from 'pinyin-pro'
import { bench, describe } from 'vitest'
import { buildSearchKey, compileSearch, matchesSearch } from '../src/shared/roster/pinyinSearch'

/*
 * Issue 16: "Search 20,000 people (name, pinyin initials, ID tail, unit): keystroke → list
 * updated < 30 ms". This is the filter's share of a keystroke (the grid's repaint comes on top;
 * the screens defer it, so typing never waits on it). Raw = the plainest filter a keystroke
 * could do: `String.includes` on each name. The app's filter also matches pinyin (every reading
 * of polyphonic characters), units, ID tails, 学号 and phones.
 *
 * `matchesSearch per row` is the filter as it was before issue 16 (the query folded and split
 * once per person): kept to show what compiling the query once gained.
 */

const PEOPLE = 20_000
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗曾单'
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂'
const units = ['区委组织部', '区财政局', '区教育局', '岳阳街道', '泗泾镇', '区卫健委', '区发改委', '区民政局']

const people = Array.from({ length: PEOPLE }, (_, i) => ({
  name: surnames[i % surnames.length]! + given[(i * 7) % given.length]! + given[(i * 3) % given.length]!,
  idNumber: `310117198${i % 10}0101${String(i).padStart(4, '0')}`.slice(0, 18),
  unit: units[i % units.length]!,
  studentNo: null,
  phone: `139${String(10_000_000 + i).slice(-8)}`,
}))
const keys = people.map(buildSearchKey)
const names = people.map((p) => p.name)

// What a head teacher types, one keystroke at a time: pinyin initials (slowest before), Chinese,
// an ID tail.
for (const query of ['z', 'zm', 'zmj', '张', '1234']) {
  describe(`search 20,000 people for "${query}"`, () => {
    bench('app: compileSearch once, then filter', () => {
      const matches = compileSearch(query)
      keys.filter((k) => matches(k))
    })
    bench('before: matchesSearch per row', () => {
      keys.filter((k) => matchesSearch(k, query))
    })
    bench('raw: String.includes on each name', () => {
      names.filter((n) => n.includes(query))
    })
  })
}

// Opening 学员 builds every person's search key. Raw = one bare pinyin-pro call per name (what
// the keys cost before the readings were cached per character).
describe('search keys for 20,000 people', () => {
  bench('app: buildSearchKey for each person', () => {
    people.map(buildSearchKey)
  })
  bench('raw: pinyin-pro once per name', () => {
    names.map((n) => pinyin(n, { toneType: 'none', type: 'array', surname: 'head' }))
  })
})
