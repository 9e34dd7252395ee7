import { memberScore, type CategoryScore, type MemberScore, type QuantifiedForm } from './quantified'
import { thresholdReading, type LedgerSchemeFields, type QuantifiedRule } from './scheme'
import type { DemocraticResult } from './records'
import type { StandingEntry } from './standing'

/**
 * A member's scheme-3 score sheet (seed 004 办法三 第七、八、十四、十五条): per category the
 * standard, bonuses, deductions and clamped score, each traceable to the entries that produced
 * them; the survey score, the weighted total and the outcome with the bound reading beside it.
 * A member whose democratic review is 不合格 is vetoed (一票否决) and not scored (第十五条).
 * Returned entries (支部审核: 退回) do not count.
 */

export interface ScoreLine {
  entryId: string
  date: string
  rule: QuantifiedRule
  amount: number
  /** rule.points × amount (signed). */
  points: number
}

export interface CategorySheet extends CategoryScore {
  label: string
  lines: ScoreLine[]
}

export interface ScoreSheet {
  form: QuantifiedForm
  categories: CategorySheet[]
  score: MemberScore
  /** The survey score is missing: the total cannot be worked out yet. */
  surveyMissing: boolean
  vetoed: boolean
  readings: { commend: string; unqualified: string } | null
  quantifiedPercent: number
}

const tenths = (x: number) => Math.round(x * 10)

export function scoreSheet(
  scheme: Pick<LedgerSchemeFields, 'forms' | 'rules' | 'thresholds' | 'quantifiedPercent'>,
  formCode: 'leader' | 'member',
  entries: readonly StandingEntry[],
  review: { survey: number | null; democratic: DemocraticResult } | null,
): ScoreSheet {
  const stored = scheme.forms.find((f) => f.code === formCode) ?? scheme.forms[0]!
  const form: QuantifiedForm = { code: stored.code, label: stored.label, categories: stored.categories }
  const rules = new Map(scheme.rules.filter((r) => r.form === form.code).map((r) => [r.code, r]))
  const lines: ScoreLine[] = []
  for (const e of entries) {
    const rule = rules.get(e.item)
    if (!rule || e.review === 'returned') continue
    lines.push({
      entryId: e.id,
      date: e.date,
      rule,
      amount: e.amount,
      points: (tenths(rule.points) * tenths(e.amount)) / 100,
    })
  }
  // ISO dates compare as strings (localeCompare would be far slower for a 300-member branch).
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const totals: Record<string, { bonuses: number; deductions: number }> = {}
  for (const l of lines) {
    const t = (totals[l.rule.category] ??= { bonuses: 0, deductions: 0 })
    if (l.points > 0) t.bonuses = (tenths(t.bonuses) + tenths(l.points)) / 10
    else t.deductions = (tenths(t.deductions) - tenths(l.points)) / 10
  }
  const vetoed = review?.democratic === 'unqualified'
  const survey = review?.survey ?? null
  const options = {
    vetoed,
    quantifiedPercent: scheme.quantifiedPercent,
    ...(scheme.thresholds ? { thresholds: scheme.thresholds } : {}),
  }
  const score = memberScore(form, totals, survey ?? 0, options)
  // Categories are shown even when vetoed, so the sheet shows what was recorded.
  const shown = vetoed ? memberScore(form, totals, 0, { quantifiedPercent: scheme.quantifiedPercent }) : score
  const categories = form.categories.map((c, i) => ({
    ...shown.categories[i]!,
    label: c.label,
    lines: lines.filter((l) => l.rule.category === c.code),
  }))
  return {
    form,
    categories,
    score: !vetoed && survey === null ? { ...score, survey: null, total: null } : score,
    surveyMissing: !vetoed && survey === null,
    vetoed,
    readings: scheme.thresholds ? thresholdReading(scheme.thresholds) : null,
    quantifiedPercent: scheme.quantifiedPercent,
  }
}
