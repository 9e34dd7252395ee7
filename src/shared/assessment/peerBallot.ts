import { EVALUATION_RATINGS, EVALUATION_RATING_LABELS, type EvaluationRating } from './evaluation'

/**
 * 学员互评 from printed ballots (seed 000 附3 第七条 "学员互评"): each classmate marks one rating
 * per student on a 学员互评票; the head teacher enters, per student, how many ballots gave each
 * rating. The seed does not say how ballots become a rating; the app's plain reading: the rating
 * with the most ballots, and on a tie the lower of the tied ratings (a tie does not lift a
 * student). No ballots: no rating.
 */
export type PeerTally = Record<EvaluationRating, number>

/** The code of 学员互评 among the scheme's qualitative sources (scheme.ts). */
export const PEER_SOURCE = 'peers'

/** The rule in the user's words, shown beside the tallies. */
export const PEER_RULE_TEXT = '互评等级取得票最多的等级；得票相同时取其中较低的等级；没有选票时不评等级。'

export const EMPTY_TALLY: PeerTally = { excellent: 0, good: 0, fair: 0, poor: 0 }

/** The 学员互评 rating the ballots give. */
export function peerRating(tally: PeerTally): EvaluationRating | null {
  let best: EvaluationRating | null = null
  // Ratings run from the highest to the lowest, so `>=` lets a later (lower) tied rating win.
  for (const r of EVALUATION_RATINGS) {
    const n = tally[r]
    if (n > 0 && (best === null || n >= tally[best])) best = r
  }
  return best
}

/** What is wrong with a tally, '' when nothing. A student cannot get more ballots than classmates. */
export function tallyProblem(tally: PeerTally, classmates: number): string {
  for (const r of EVALUATION_RATINGS) {
    const n = tally[r]
    if (!Number.isInteger(n) || n < 0) return `“${EVALUATION_RATING_LABELS[r]}”票数须为不小于 0 的整数`
  }
  const total = tallyTotal(tally)
  if (total > classmates) return `共 ${total} 票，多于同班其他学员人数 ${classmates}`
  return ''
}

export function tallyTotal(tally: PeerTally): number {
  return EVALUATION_RATINGS.reduce((s, r) => s + tally[r], 0)
}

/** "优秀 20，良好 10，一般 2，较差 0" */
export function tallyText(tally: PeerTally): string {
  return EVALUATION_RATINGS.map((r) => `${EVALUATION_RATING_LABELS[r]} ${tally[r]}`).join('，')
}
