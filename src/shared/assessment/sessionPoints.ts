import type { AssessmentScheme } from './scheme'

/**
 * The items recorded in class as they happen (附3 第八条: 课堂纪律, 互动提问; issue 13: "a quick
 * +/- beside the roll call"). A click adds or takes one point on the session's day: the entry
 * `${enrollmentId}:${item}:${date}` (assessmentRecords.ts), counted on top of the item's recorded
 * points. The roll call and the 考核 tab's 课堂加减分 write the same entries.
 */
export const IN_CLASS_ITEM_CODES = ['questions', 'classDiscipline'] as const

/** The scheme's in-class items, in the scheme's order (a school may have removed one). */
export function inClassItems(scheme: AssessmentScheme): { code: string; label: string }[] {
  return scheme.quantitative
    .filter((i) => (IN_CLASS_ITEM_CODES as readonly string[]).includes(i.code))
    .map((i) => ({ code: i.code, label: i.label }))
}

/** The day's points per `${enrollmentId}:${itemCode}` (dated entries of that day only). */
export function dayPoints(
  entries: readonly { enrollmentId: string; itemCode: string; date: string; points: number }[],
  date: string,
): Map<string, number> {
  const m = new Map<string, number>()
  if (!date) return m
  for (const e of entries)
    if (e.date === date) {
      const key = `${e.enrollmentId}:${e.itemCode}`
      m.set(key, (m.get(key) ?? 0) + e.points)
    }
  return m
}

/** Why a +/- cannot be recorded now, or null. */
export function sessionPointsLock(finalised: boolean): string | null {
  return finalised ? '本班考核已定稿，不能再加减分（须先在“考核 › 等次评定”解除锁定）' : null
}

/** "+2", "0", "-1": the day's points as the buttons show them. */
export function signedPoints(v: number): string {
  return v > 0 ? `+${v}` : String(v)
}
