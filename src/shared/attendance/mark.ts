import { z } from 'zod'
import { ATTENDANCE_STATUS_CODES, takesMinutes, type AttendanceStatusCode } from './status'

/**
 * An attendance mark: one student at one session. Everyone is present by default, so only the
 * exceptions are stored (issue 5). The id is the natural key, so two offices marking the same
 * cell merge into one record (ARCHITECTURE.md, Data).
 */
export interface AttendanceMarkFields {
  sessionId: string
  enrollmentId: string
  status: AttendanceStatusCode
  /** Minutes late or left early; null for other statuses or when not noted. */
  minutes: number | null
  note: string
}

export interface AttendanceMark extends AttendanceMarkFields {
  id: string
}

export function attendanceMarkId(sessionId: string, enrollmentId: string): string {
  return `${sessionId}:${enrollmentId}`
}

export const attendanceMarkInput = z
  .object({
    sessionId: z.string().min(1),
    enrollmentId: z.string().min(1),
    status: z.enum(ATTENDANCE_STATUS_CODES, { message: '请选择考勤状态' }),
    minutes: z
      .number({ message: '分钟数应为数字' })
      .int('分钟数应为整数')
      .min(1, '分钟数至少为 1')
      .max(24 * 60, '分钟数不能超过一天')
      .nullable(),
    note: z.string().max(500, '备注不能超过 500 个字').default(''),
  })
  .refine((m) => m.minutes === null || takesMinutes(m.status), {
    message: '只有迟到、早退需要填写分钟数',
    path: ['minutes'],
  })

/** A stored mark's own fields, as a sync file must carry them (shared/sync/tableSchemas.ts); extra fields allowed. */
export const attendanceMarkRecord = z.looseObject({
  ...attendanceMarkInput.shape,
  classId: z.string().min(1),
})
