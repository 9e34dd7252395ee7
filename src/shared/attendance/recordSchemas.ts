import { z } from 'zod'
import { LEAVE_TYPE_CODES } from './leaveRequest'

/**
 * The stored shape of leave requests, discipline events and attachments, as the repositories
 * write them and as a sync file must carry them (src/shared/sync/tableSchemas.ts). Strict on
 * types; unknown extra fields pass. Types: db/attendance/attendanceRecords.ts, leaveRequest.ts.
 */

export const leaveRequestRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  type: z.enum(LEAVE_TYPE_CODES),
  from: z.string(),
  to: z.string(),
  reason: z.string(),
  approver: z.string(),
  status: z.enum(['pending', 'approved', 'rejected', 'returned']),
  returnedAt: z.string().nullable(),
  unitRequestNoted: z.boolean(),
  hospitalCertificateNoted: z.boolean(),
  note: z.string(),
})

export const disciplineEventRecordSchema = z.looseObject({
  classId: z.string().min(1),
  enrollmentId: z.string().min(1),
  kind: z.enum(['criticism', 'leftSchool']),
  at: z.string(),
  note: z.string(),
})

export const attachmentRecordSchema = z.looseObject({
  classId: z.string().min(1),
  sessionId: z.string().min(1),
  name: z.string(),
  mimeType: z.string(),
  // Checked by tag, not instanceof: bytes made in a worker or another realm are Uint8Arrays too.
  bytes: z.custom<Uint8Array>((v) => Object.prototype.toString.call(v) === '[object Uint8Array]', {
    message: '应为二进制数据',
  }),
})
