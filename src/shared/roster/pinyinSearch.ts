/**
 * Roster search as head teachers type it: pinyin initials (zs → 张三), full or
 * partial pinyin (zhangsan, zhangs, san), Chinese (张, 财政局), the last digits
 * of an ID number, a 学号 or phone. Several words must all match (zs 财政).
 *
 * Pinyin is worked out once per person (`buildSearchKey`), not per keystroke, so
 * filtering thousands of rows stays instant. Every reading of a polyphonic
 * character is kept (曾 zeng/ceng, 单 shan/dan), so the search finds the person
 * whichever reading the user has in mind.
 */
import { pinyin, polyphonic } from 'pinyin-pro'
import { removeSpaces, toHalfWidth } from './text'

export interface SearchablePerson {
  name: string
  idNumber?: string | null
  unit?: string | null
  studentNo?: string | null
  phone?: string | null
}

export interface PersonSearchKey {
  name: string
  /** Per character of the name: its possible pinyin readings, lower-case, no tones. */
  readings: string[][]
  /** The name lower-cased (Latin names), and every reading's first letter: cheap rejections. */
  nameLower: string
  initials: string
  idNumber: string
  unit: string
  studentNo: string
  phone: string
}

export function buildSearchKey(person: SearchablePerson): PersonSearchKey {
  const name = removeSpaces(person.name)
  const readings = nameReadings(name)
  return {
    name,
    readings,
    nameLower: name.toLowerCase(),
    initials: [...new Set(readings.flatMap((r) => r.map((reading) => reading[0])))].join(''),
    idNumber: (person.idNumber ?? '').toUpperCase(),
    unit: person.unit ?? '',
    studentNo: person.studentNo ?? '',
    phone: (person.phone ?? '').replace(/\D/g, ''),
  }
}

function nameReadings(name: string): string[][] {
  return [...name].map((ch, i) => charReadings(ch, i === 0))
}

/**
 * A character's readings, worked out once per character (and once more as a surname): names
 * share few thousand characters, so 20,000 people cost a few thousand pinyin look-ups instead
 * of 20,000 (opening 学员 spent most of its second here, issue 16). Every reading is kept, so
 * reading characters one by one loses nothing a whole-name reading would give.
 */
const readingsCache = new Map<string, string[]>()

function charReadings(ch: string, head: boolean): string[] {
  const cacheKey = (head ? '^' : '') + ch
  let readings = readingsCache.get(cacheKey)
  if (!readings) {
    // Surname mode reads 单 as shan and 曾 as zeng at the start of a name; polyphonic adds the rest.
    const main = pinyin(ch, { toneType: 'none', type: 'array', surname: head ? 'head' : 'off' })
    const all = polyphonic(ch, { toneType: 'none', type: 'array' })
    readings = [...new Set([main[0] ?? ch, ...(all[0] ?? [])].map((r) => r.toLowerCase()))].filter((r) =>
      /^[a-z]+$/.test(r),
    )
    readingsCache.set(cacheKey, readings)
  }
  return readings
}

/** True when every space-separated word of the query matches something about the person. */
export function matchesSearch(key: PersonSearchKey, query: string): boolean {
  return compileSearch(query)(key)
}

/**
 * The query worked out once (folding, splitting, classifying each word), so filtering 20,000
 * people per keystroke (issue 16) costs only the per-person comparisons. An empty query matches all.
 */
export function compileSearch(query: string): (key: PersonSearchKey) => boolean {
  const words = toHalfWidth(query).normalize('NFKC').trim().split(/\s+/).filter(Boolean)
  const tests = words.map(wordTest)
  if (tests.length === 1) return tests[0]!
  return (key) => tests.every((test) => test(key))
}

function wordTest(word: string): (key: PersonSearchKey) => boolean {
  const inText = (key: PersonSearchKey) => key.name.includes(word) || key.unit.includes(word)
  if (/^\d+[xX]?$/.test(word)) {
    const digits = word.toUpperCase()
    return (key) =>
      inText(key) || key.idNumber.endsWith(digits) || key.studentNo.includes(word) || key.phone.includes(word)
  }
  const letters = word.toLowerCase()
  if (!/^[a-z]+$/.test(letters)) return inText
  const first = letters[0]!
  return (key) => {
    if (inText(key) || key.nameLower.includes(letters)) return true
    // A pinyin spelling starts with some reading's first letter: most names are rejected here.
    if (!key.initials.includes(first)) return false
    for (let start = 0; start < key.readings.length; start++) {
      if (consumes(key.readings, start, letters, 0)) return true
    }
    return false
  }
}

/**
 * Whether `query[q..]` can be spelled by the name's characters from `i` on, each
 * character giving a non-empty prefix of one of its readings: "zs" = z(hang) s(an),
 * "zhangs" = zhang s(an), "zhsan" = zh(ang) san.
 */
function consumes(readings: string[][], i: number, query: string, q: number): boolean {
  if (q === query.length) return true
  const options = readings[i]
  if (!options) return false
  for (const reading of options) {
    let n = 0
    while (n < reading.length && q + n < query.length && reading[n] === query[q + n]) {
      n++
      if (consumes(readings, i + 1, query, q + n)) return true
    }
  }
  return false
}
