import type { OtherAppraisal } from './otherAppraisals'

/**
 * Qualitative evaluations (定性考核, seed 000 附3 第七条): each source rates a student and may
 * comment. The seed names the sources but no rating scale; the scale below is the app's
 * (优秀/良好/一般/较差), shown with the ratings. 党小组评议鉴定 (the group's written appraisal
 * that the 考核登记表 carries) is stored beside them as its own source code.
 */
export const EVALUATION_RATINGS = ['excellent', 'good', 'fair', 'poor'] as const
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number]

export const EVALUATION_RATING_LABELS: Record<EvaluationRating, string> = {
  excellent: '优秀',
  good: '良好',
  fair: '一般',
  poor: '较差',
}

/** The source code of the 党小组评议鉴定 text (comment only). */
export const APPRAISAL_SOURCE = 'groupAppraisal'
export const APPRAISAL_LABEL = '党小组评议鉴定'

export interface EvaluationFacts {
  source: string
  rating: EvaluationRating | null
  comment: string
}

export interface QualitativeSummary {
  /** Sources with a rating or a comment, of those the scheme lists. */
  recorded: number
  /** Sources the scheme lists. */
  expected: number
  /** "专家点评：优秀；学员互评：良好 …" in the scheme's order, rated sources only. */
  text: string
  /** The 党小组评议鉴定 text, '' when none. */
  appraisal: string
  /** 挂职锻炼鉴定 and 党支部鉴定 made in their own areas (otherAppraisals.ts), read-only here. */
  others: OtherAppraisal[]
}

/** What a student's qualitative evaluations come to, for the registers and the progress. */
export function qualitativeSummary(
  sources: readonly { code: string; label: string }[],
  evaluations: readonly EvaluationFacts[],
  others: readonly OtherAppraisal[] = [],
): QualitativeSummary {
  const by = new Map(evaluations.map((e) => [e.source, e]))
  const parts: string[] = []
  let recorded = 0
  for (const s of sources) {
    const e = by.get(s.code)
    if (!e || (!e.rating && !e.comment.trim())) continue
    recorded++
    if (e.rating) parts.push(`${s.label}：${EVALUATION_RATING_LABELS[e.rating]}`)
  }
  return {
    recorded,
    expected: sources.length,
    text: parts.join('；'),
    appraisal: by.get(APPRAISAL_SOURCE)?.comment.trim() ?? '',
    others: [...others],
  }
}
