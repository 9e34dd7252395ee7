import type { LeaveFlag } from '@shared/attendance/leaveLimit'

/**
 * The same reminder about several requests (two overdue 销假, say) once, with how many requests
 * it is about, so a student's flags stay readable.
 */
export function groupedFlags(flags: readonly LeaveFlag[]): LeaveFlag[] {
  const out: (LeaveFlag & { count: number })[] = []
  for (const f of flags) {
    const same = out.find((g) => g.code === f.code && g.message === f.message)
    if (same) same.count += 1
    else out.push({ ...f, count: 1 })
  }
  return out.map(({ count, ...f }) =>
    count > 1 && f.requestId ? { ...f, message: `${f.message}（${count} 张请假单）` } : f,
  )
}
