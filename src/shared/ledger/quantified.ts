/**
 * The 100-point quantified scheme (seed 004, scheme 3; DOMAIN.md rule 6), as data and pure rules.
 *
 * 第七條: each category's score is its standard + bonuses − deductions; past the standard it counts
 * as the standard, below 0 as 0. 第八條: the total is 80 % quantified + 20 % democratic survey.
 * 第十四條: 90分以上 表彰, 60分以下 初步視為不合格; whether each bound includes the number is stated
 * by the scheme (the default follows the legal reading, Civil Code art. 1259: 以上/以下 include it).
 * 第十五條: a member rated 不合格 in democratic review is vetoed outright and not scored.
 */
export interface QuantifiedCategory {
  code: string
  label: string
  standard: number
}

export interface QuantifiedForm {
  code: 'leader' | 'member'
  label: string
  categories: readonly QuantifiedCategory[]
}

/** Scheme 3's two forms with the seed's numbers (第三章). */
export const SCHEME3_FORMS: readonly QuantifiedForm[] = [
  {
    code: 'leader',
    label: '黨員領導幹部量化考核',
    categories: [
      { code: 'study', label: '理論學習', standard: 25 },
      { code: 'orgLife', label: '組織生活', standard: 20 },
      { code: 'duties', label: '崗位職責', standard: 25 },
      { code: 'review', label: '民主評議', standard: 30 },
    ],
  },
  {
    code: 'member',
    label: '普通黨員量化考核',
    categories: [
      { code: 'study', label: '學習', standard: 20 },
      { code: 'orgLife', label: '組織生活', standard: 20 },
      { code: 'duties', label: '崗位職責', standard: 40 },
      { code: 'review', label: '民主評議', standard: 20 },
    ],
  },
]

export interface Thresholds {
  commend: number
  /** 90分以上 includes 90 (≥) or not (>). */
  commendInclusive: boolean
  unqualified: number
  /** 60分以下 includes 60 (≤) or not (<). */
  unqualifiedInclusive: boolean
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  commend: 90,
  commendInclusive: true,
  unqualified: 60,
  unqualifiedInclusive: true,
}

export const QUANTIFIED_WEIGHT = 0.8
export const SURVEY_WEIGHT = 0.2

export interface CategoryScore {
  code: string
  standard: number
  bonuses: number
  deductions: number
  /** standard + bonuses − deductions, clamped to [0, standard]. */
  score: number
  clamped: 'standard' | 'zero' | null
}

/** Whole tenths, so 0.5-point deductions add up exactly. */
const tenths = (x: number) => Math.round(x * 10)

export function categoryScore(c: QuantifiedCategory, bonuses: number, deductions: number): CategoryScore {
  const raw = tenths(c.standard) + tenths(bonuses) - tenths(deductions)
  const score = Math.min(Math.max(raw, 0), tenths(c.standard)) / 10
  const clamped = raw > tenths(c.standard) ? 'standard' : raw < 0 ? 'zero' : null
  return { code: c.code, standard: c.standard, bonuses, deductions, score, clamped }
}

export type Outcome = 'commended' | 'ordinary' | 'unqualified' | 'vetoed'

export const OUTCOME_LABELS: Record<Outcome, string> = {
  commended: '表彰',
  ordinary: '合格',
  unqualified: '初步视为不合格',
  vetoed: '民主评议不合格，一票否决',
}

export interface MemberScore {
  categories: CategoryScore[]
  quantified: number | null
  survey: number | null
  total: number | null
  outcome: Outcome
}

export function outcomeOf(total: number, t: Thresholds = DEFAULT_THRESHOLDS): Outcome {
  if (t.commendInclusive ? total >= t.commend : total > t.commend) return 'commended'
  if (t.unqualifiedInclusive ? total <= t.unqualified : total < t.unqualified) return 'unqualified'
  return 'ordinary'
}

export function memberScore(
  form: QuantifiedForm,
  entries: Readonly<Record<string, { bonuses: number; deductions: number }>>,
  survey: number,
  options: { vetoed?: boolean; thresholds?: Thresholds; quantifiedPercent?: number } = {},
): MemberScore {
  if (options.vetoed)
    return { categories: [], quantified: null, survey: null, total: null, outcome: 'vetoed' }
  const categories = form.categories.map((c) =>
    categoryScore(c, entries[c.code]?.bonuses ?? 0, entries[c.code]?.deductions ?? 0),
  )
  const quantified = categories.reduce((sum, c) => sum + tenths(c.score), 0) / 10
  // 80 % and 20 % in hundredths: 0.8 × 87.5 + 0.2 × 90 = 88 exactly. A scheme may set its own split.
  const q = options.quantifiedPercent ?? Math.round(QUANTIFIED_WEIGHT * 100)
  const total = Math.round((tenths(quantified) * q + tenths(survey) * (100 - q)) / 10) / 100
  return { categories, quantified, survey, total, outcome: outcomeOf(total, options.thresholds) }
}
