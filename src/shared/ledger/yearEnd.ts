import type { MemberStanding } from './standing'

/**
 * Scheme 1's year-end review (seed 004 办法一 五、(四) 考核评比): "采取自我评议、民主评议、满意度测评等
 * 方式 … 对在党性锻炼中表现突出的党员进行表彰；对在党性锻炼中未达到要求的党员给予批评教育；如果为
 * 预备党员的，党总支建议延长其预备期或取消其预备党员资格。"
 *
 * The outcome is the branch's decision, recorded with the review; the rules here only say which
 * outcomes fit the member (the probation recommendations are for a 预备党员 only, and only when the
 * member fell short) and what the ledger suggests.
 */
export const YEAR_END_OUTCOMES = ['', 'commend', 'criticise', 'extendProbation', 'cancelProbation'] as const
export type YearEndOutcome = (typeof YEAR_END_OUTCOMES)[number]

export const YEAR_END_OUTCOME_LABELS: Record<YearEndOutcome, string> = {
  '': '未评定',
  commend: '表彰',
  criticise: '批评教育',
  extendProbation: '建议延长预备期',
  cancelProbation: '建议取消预备党员资格',
}

type Status = 'full' | 'probationary'

/** Outcomes a branch may record for a member: the probation ones only for a 预备党员. */
export function yearEndOutcomes(status: Status): YearEndOutcome[] {
  return YEAR_END_OUTCOMES.filter(
    (o) => status === 'probationary' || (o !== 'extendProbation' && o !== 'cancelProbation'),
  )
}

/** Why an outcome does not fit, in Chinese; null when it does. */
export function yearEndOutcomeProblem(outcome: YearEndOutcome, status: Status): string | null {
  if (!yearEndOutcomes(status).includes(outcome))
    return `“${YEAR_END_OUTCOME_LABELS[outcome]}”只适用于预备党员`
  return null
}

/**
 * What the ledger suggests, for the branch to confirm: every item met → none (表彰 is for 表现突出,
 * the branch's judgement); items not met → 批评教育, and for a 预备党员 the two recommendations.
 */
export function yearEndSuggestion(standing: Pick<MemberStanding, 'open'>, status: Status): string {
  if (standing.open === 0) return '各项均已完成；表现突出的可予表彰'
  const short = `有 ${standing.open} 项未达到要求`
  return status === 'probationary'
    ? `${short}：给予批评教育，并可建议延长预备期或取消预备党员资格`
    : `${short}：给予批评教育`
}
