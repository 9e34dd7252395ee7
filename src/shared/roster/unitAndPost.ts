/**
 * Splitting a "工作单位及职务" cell into unit and post.
 *
 * Organisation departments often send one column such as "新浜镇党委副书记、镇长" or
 * "区人力资源和社会保障局 四级调研员". The split is a guess the head teacher
 * reviews in the preview, so it comes with a confidence:
 * - high: a known post title at the end and a unit that ends like a unit (…局, …镇, …公司);
 * - medium: a post title found but the unit looks unusual, or only a space to split on;
 * - low: nothing recognisable (all of it is kept as the unit) or no unit left.
 *
 * The text is kept as the person wrote it (issue 11, point 12): only spaces are tidied; full-width
 * brackets and commas stay full-width. A note in brackets after the post (副主任（主持工作）) goes
 * with the post.
 */
import { collapseSpaces } from './text'

export interface UnitPostGuess {
  unit: string
  post: string
  confidence: 'high' | 'medium' | 'low'
}

/** Post titles, matched at the end of the text (longest first). */
const POST_TITLES = [
  '书记',
  '部长',
  '局长',
  '主任',
  '科长',
  '镇长',
  '乡长',
  '区长',
  '县长',
  '市长',
  '处长',
  '厅长',
  '主席',
  '秘书长',
  '调研员',
  '巡视员',
  '主任科员',
  '科员',
  '办事员',
  '干部',
  '干事',
  '院长',
  '校长',
  '所长',
  '站长',
  '队长',
  '庭长',
  '审判员',
  '法官',
  '检察官',
  '检察长',
  '检察员',
  '经理',
  '总经理',
  '董事长',
  '董事',
  '监事',
  '监事长',
  '馆长',
  '社长',
  '会长',
  '理事长',
  '委员',
  '常委',
  '专员',
  '职员',
  '组长',
  '行长',
  '总监',
  '主管',
  '教师',
  '辅导员',
  '团长',
  '政委',
  '工程师',
  '总工程师',
  '会计',
  '秘书',
  '负责人',
  '医师',
  '护士长',
  '教授',
  '讲师',
  '研究员',
  '执法员',
  '督学',
].sort((a, b) => b.length - a.length)

/** Words that qualify a title and belong to the post: 党委副书记, 四级调研员, 常务副区长. */
const POST_QUALIFIERS = [
  '常务副',
  '副',
  '党委',
  '党组',
  '党工委',
  '党总支',
  '党支部',
  '纪委',
  '纪工委',
  '一级',
  '二级',
  '三级',
  '四级',
  '专职',
  '执行',
  '首席',
  '高级',
  '部务',
].sort((a, b) => b.length - a.length)

/** Between two posts of one person: 党委副书记、镇长 / 镇长兼党委副书记. */
const POST_SEPARATORS = /[、,，/／;；兼\s]+$/

/** How units end; a guessed unit that ends otherwise gets only medium confidence. */
const UNIT_ENDINGS =
  /(部|局|委|办|室|镇|乡|街道|办事处|院|所|站|中心|公司|厅|处|科|馆|会|社|队|校|中学|小学|大学|学院|医院|集团|银行|政府|法院|检察院|厂|店|行|园|区|县|市|省|村|居委|总支|支部|党委|党组|团委)$/

/** A bracketed note at the very end, full-width or not: （主持工作）, (挂职). */
const TRAILING_NOTE = /\s*[（(][^（）()]*[)）]$/

export function splitUnitAndPost(text: string): UnitPostGuess {
  const cleaned = collapseSpaces(text)
  if (cleaned === '') return { unit: '', post: '', confidence: 'low' }
  // 区人民检察院副主任（主持工作）: split what comes before the note; the note stays with the post.
  const note = TRAILING_NOTE.exec(cleaned)
  if (note && note.index > 0) {
    const before = splitWithoutNote(cleaned.slice(0, note.index))
    if (before.post !== '') return { ...before, post: before.post + note[0] }
  }
  return splitWithoutNote(cleaned)
}

function splitWithoutNote(cleaned: string): UnitPostGuess {
  const keywordStart = postStart(cleaned)
  const lastSpace = cleaned.lastIndexOf(' ')

  // A post title inside the last space-separated part: the space is the boundary the author chose.
  if (lastSpace > 0 && keywordStart !== null && keywordStart > lastSpace) {
    return guess(cleaned.slice(0, lastSpace), cleaned.slice(lastSpace + 1), 'high')
  }
  if (keywordStart !== null && keywordStart > 0) {
    const unit = cleaned.slice(0, keywordStart)
    const post = cleaned.slice(keywordStart)
    const plausible = UNIT_ENDINGS.test(unit.trim()) && !containsPostTitle(unit) && !/[、,，]/.test(unit)
    return guess(unit, post, plausible ? 'high' : 'medium')
  }
  if (keywordStart === 0) return guess('', cleaned, 'low')
  if (lastSpace > 0) return guess(cleaned.slice(0, lastSpace), cleaned.slice(lastSpace + 1), 'medium')
  return { unit: cleaned, post: '', confidence: 'low' }
}

/** 干部 is left out: it is part of unit names too (区委组织部干部一科, 区老干部局). */
function containsPostTitle(unit: string): boolean {
  return POST_TITLES.some((t) => t !== '干部' && unit.includes(t))
}

function guess(unit: string, post: string, confidence: UnitPostGuess['confidence']): UnitPostGuess {
  // Units are written without spaces in Chinese; a space left inside came from line wrapping.
  const tidyUnit = unit
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .replace(/[、,，/;；\s]+$/, '')
    .trim()
  return { unit: tidyUnit, post: post.trim().replace(/^[、,，/;；]+/, ''), confidence }
}

/**
 * Where the trailing run of post titles begins, or null if the text does not end
 * with one. Strips titles (with their qualifiers) from the end, one at a time.
 * In a list of posts a later one may name a sub-unit (党委副书记、办事处主任):
 * that short piece stays with the post when a post title precedes its separator.
 */
function postStart(text: string): number | null {
  let end = text.length
  let start: number | null = null
  for (;;) {
    const title = POST_TITLES.find((t) => text.slice(0, end).endsWith(t))
    if (!title) break
    let cut = end - title.length
    for (;;) {
      const q = POST_QUALIFIERS.find((w) => text.slice(0, cut).endsWith(w))
      if (!q) break
      cut -= q.length
    }
    start = cut
    const sep = POST_SEPARATORS.exec(text.slice(0, cut))
    if (sep) {
      end = cut - sep[0].length
      continue
    }
    const listed = SUB_UNIT_IN_POST_LIST.exec(text.slice(0, cut))
    if (!listed) break
    const before = text.slice(0, listed.index)
    if (!POST_TITLES.some((t) => before.endsWith(t))) break
    start = listed.index + listed[1]!.length
    end = listed.index
  }
  return start
}

/** A separator then at most 6 characters of sub-unit, at the end of the text. */
const SUB_UNIT_IN_POST_LIST = /([、,，/／;；兼]+)[^、,，/／;；兼\s]{1,6}$/
