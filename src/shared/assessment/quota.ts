/**
 * The quota on 优秀 (seed 000, 附3 第十三条): "优秀等次人数应为学员总人数的15%-20%，个别班次结合其实际
 * 情况，在校长室的指导下酌情删减".
 *
 * Reading adopted (DOMAIN.md rule 2; shown in the UI, changeable as school data): the count of 优秀
 * lies in [⌈min% · n⌉, ⌊max% · n⌋], n = students not withdrawn. Integer arithmetic only, so 15 % of
 * 20 is exactly 3 and never 3.0000000000000004. The range is empty for some n (1–4, 7, 8, 9, 14 …):
 * then only a recorded 校长室 adjustment lets the class be finalised.
 */
export interface QuotaRule {
  /** Lower bound in whole percent (15). */
  minPercent: number
  /** Upper bound in whole percent (20). */
  maxPercent: number
}

export const DEFAULT_QUOTA_RULE: QuotaRule = { minPercent: 15, maxPercent: 20 }

export interface QuotaRange {
  /** Students counted (not withdrawn). */
  n: number
  min: number
  max: number
  /** No count satisfies the rule: the principal's office decides. */
  empty: boolean
}

export function excellentQuota(n: number, rule: QuotaRule = DEFAULT_QUOTA_RULE): QuotaRange {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`student count ${n}`)
  const min = Math.floor((rule.minPercent * n + 99) / 100) // ⌈min% · n⌉
  const max = Math.floor((rule.maxPercent * n) / 100) // ⌊max% · n⌋
  return { n, min, max, empty: min > max }
}

/** A 校长室 decision for one class: the allowed count of 优秀, with who, when and why. */
export interface QuotaAdjustment {
  min: number
  max: number
  decidedBy: string
  /** YYYY-MM-DD HH:mm */
  decidedAt: string
  reason: string
}

export type QuotaVerdict =
  | { ok: true; min: number; max: number; adjusted: boolean }
  | { ok: false; min: number; max: number; adjusted: boolean; message: string }

/** Whether `count` 优秀 among `n` students satisfies the rule (or the recorded adjustment). */
export function checkExcellentCount(
  count: number,
  n: number,
  rule: QuotaRule = DEFAULT_QUOTA_RULE,
  adjustment?: QuotaAdjustment | null,
): QuotaVerdict {
  const range = excellentQuota(n, rule)
  const { min, max } = adjustment ?? range
  const adjusted = Boolean(adjustment)
  const span = min === max ? `${min} 人` : `${min}–${max} 人`
  if (!adjusted && range.empty)
    return {
      ok: false,
      min,
      max,
      adjusted,
      message: `本班 ${n} 人，按 ${rule.minPercent}%–${rule.maxPercent}% 没有符合的优秀人数，须由校长室决定并登记`,
    }
  if (count < min)
    return {
      ok: false,
      min,
      max,
      adjusted,
      message: `优秀应为 ${span}，现为 ${count} 人，还差 ${min - count} 人`,
    }
  if (count > max)
    return {
      ok: false,
      min,
      max,
      adjusted,
      message: `优秀应为 ${span}，现为 ${count} 人，多了 ${count - max} 人`,
    }
  return { ok: true, min, max, adjusted }
}
