import { dayNumber, type LocalDate } from '../plan/clock'

/**
 * Which classes 首页 reminds about (issue 13): a class that ends within the next `days` days
 * (14: two weeks), or has ended and is not yet marked 已结业/已归档, while its assessment is not
 * complete (not finalised). The assessment is every class's last duty (附3 第十三条: grades,
 * 第十四条: certificates at 结业).
 */
export const ASSESSMENT_DUE_DAYS = 14

export function assessmentDueSoon(
  cls: { endDate: string; status: string },
  today: LocalDate,
  days: number = ASSESSMENT_DUE_DAYS,
): boolean {
  if (cls.status === 'finished' || cls.status === 'archived') return false
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cls.endDate)) return false
  return dayNumber(cls.endDate) - dayNumber(today) <= days
}

/** "还有 3 天结业" / "今天结业" / "已过结业日期 2 天". */
export function daysToEndText(endDate: LocalDate, today: LocalDate): string {
  const d = dayNumber(endDate) - dayNumber(today)
  if (d > 0) return `还有 ${d} 天结业`
  if (d === 0) return '今天结业'
  return `已过结业日期 ${-d} 天`
}
