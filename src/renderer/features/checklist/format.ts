import dayjs from 'dayjs'
import { checklistStatusLabel, daysBetween, isOverdue, type ClassChecklistItem } from '@shared/checklist'

/** Now as the completion time recorded on an item: local date and minute. */
export function nowLocal(): string {
  return dayjs().format('YYYY-MM-DD HH:mm')
}

/** '已逾期 N 天' for a late item, else null. */
export function overdueLabel(item: ClassChecklistItem, today: string): string | null {
  return isOverdue(item, today) ? `已逾期 ${daysBetween(item.dueDate, today)} 天` : null
}

/** Who closed the item and when, on two lines: '王老师 已完成' and '2025-03-08 09:30'. */
export function completionLabel(item: ClassChecklistItem): string | null {
  if (!item.completedBy) return null
  return `${item.completedBy} ${checklistStatusLabel(item.status)}\n${item.completedAt ?? ''}`.trim()
}
