import type { Grade } from './grades'

/**
 * The veto of 附3 第十四条 (seed 000): "违反学员管理有关规定或受到违法违纪处分的，考核不予合格". A
 * student with a recorded breach or sanction, or one who is to be withdrawn (附2 第九条: leave over
 * 1/7 of the hours, absence after criticism) or was withdrawn, cannot be graded 合格 or 优秀.
 */
export interface VetoFacts {
  /** Withdrawn from the class (退学). */
  withdrawn: boolean
  /** 应作退学处理 by the leave rules (leaveStanding().withdraw). */
  shouldWithdraw: boolean
  /** Recorded breaches of the student rules or disciplinary sanctions, as described. */
  breaches: readonly string[]
}

export interface Veto {
  /** The grades the head teacher may still choose. */
  allowed: readonly Grade[]
  /** Why 合格 and 优秀 are barred, in the user's words; null when nothing bars them. */
  reason: string | null
}

const ALL: readonly Grade[] = ['excellent', 'pass', 'fail']
const FAIL_ONLY: readonly Grade[] = ['fail']

export function gradeVeto(f: VetoFacts): Veto {
  const why: string[] = []
  if (f.withdrawn) why.push('已退学')
  else if (f.shouldWithdraw) why.push('应作退学处理')
  if (f.breaches.length > 0) why.push(`有违纪记录（${f.breaches.join('；')}）`)
  if (why.length === 0) return { allowed: ALL, reason: null }
  return { allowed: FAIL_ONLY, reason: `${why.join('，')}：考核不予合格（附3 第十四条）` }
}
