import { attendanceMarkId, attendanceMarkInput, type AttendanceMarkFields } from '@shared/attendance/mark'
import type { AttendanceStatusCode } from '@shared/attendance/status'
import type { AttendanceMarkRecord } from './attendanceRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

export type AttendanceMarkStored = AttendanceMarkFields & { classId: string }

/** What the roll call sets for one student at one session; `status: null` clears the mark. */
export interface MarkChange {
  sessionId: string
  enrollmentId: string
  status: AttendanceStatusCode | null
  minutes?: number | null
  note?: string
}

/**
 * Attendance marks (考勤). Everyone is present by default, so only exceptions are stored, one
 * record per session and enrollment under the deterministic id `attendanceMarkId`: two offices
 * marking the same cell end up with one record, newest field wins. Clearing a mark puts it in the
 * recycle bin (a stamped tombstone), so a clear also merges.
 */
export class AttendanceRepository extends SyncedRepository<AttendanceMarkStored> {
  async listByClass(classId: string): Promise<AttendanceMarkRecord[]> {
    return this.listLiveWhere('classId', classId)
  }

  async listBySession(sessionId: string): Promise<AttendanceMarkRecord[]> {
    return this.listLiveWhere('sessionId', sessionId)
  }

  /** Sets or clears one cell. */
  async setMark(classId: string, change: MarkChange): Promise<AttendanceMarkRecord | null> {
    const [out] = await this.setMarks(classId, [change])
    return out ?? null
  }

  /** Sets or clears many cells in one transaction (a tick-back sheet); invalid input writes nothing. */
  async setMarks(classId: string, changes: readonly MarkChange[]): Promise<(AttendanceMarkRecord | null)[]> {
    const parsed = changes.map((c) => (c.status === null ? null : parseMark(c)))
    const out: (AttendanceMarkRecord | null)[] = []
    await this.write(async () => {
      for (const [i, c] of changes.entries()) {
        const id = attendanceMarkId(c.sessionId, c.enrollmentId)
        const fields = parsed[i]
        if (fields) {
          out.push(await this.put(id, { ...fields, classId }))
        } else {
          const current = await this.table.get(id)
          out.push(current && !current.deleted ? await this.softDelete(id) : null)
        }
      }
    })
    return out
  }
}

function parseMark(c: MarkChange): AttendanceMarkFields {
  const r = attendanceMarkInput.safeParse({
    sessionId: c.sessionId,
    enrollmentId: c.enrollmentId,
    status: c.status,
    minutes: c.minutes ?? null,
    note: c.note ?? '',
  })
  if (!r.success) throw ValidationError.fromZod(r.error)
  return r.data
}
