import { enrollmentIdFor, newEnrollment } from './rosterBuilders'
import type { EnrollmentFields, EnrollmentRecord, EnrollmentStatus } from './rosterRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

export const ENROLLMENT_STATUS_LABELS: Record<EnrollmentStatus, string> = {
  enrolled: '在读',
  withdrawn: '退学',
  graduated: '结业',
}

/** What the roster page edits about a person in one class. */
export type EnrollmentEdit = Partial<
  Pick<
    EnrollmentFields,
    'seat' | 'roles' | 'dormRoom' | 'status' | 'withdrawReason' | 'withdrawDate' | 'note'
  >
>

/** Enrollments: a person in one class, with what is particular to that class. */
export class EnrollmentRepository extends SyncedRepository<EnrollmentFields> {
  async listByClass(classId: string): Promise<EnrollmentRecord[]> {
    return this.listLiveWhere('classId', classId)
  }

  async listByPerson(personId: string): Promise<EnrollmentRecord[]> {
    return this.listLiveWhere('personId', personId)
  }

  /** Enrols a known person (again): the record comes back from the recycle bin if it was there. */
  async enrol(classId: string, personId: string): Promise<EnrollmentRecord> {
    const id = enrollmentIdFor(classId, personId)
    const current = await this.get(id)
    if (current && !current.deleted) return current
    return this.put(id, newEnrollment(classId, personId))
  }

  /** Numbers a class's seats afresh (编排座号): every change in one transaction, unchanged seats untouched. */
  async assignSeats(seats: readonly { enrollmentId: string; seat: number | null }[]): Promise<void> {
    await this.write(async () => {
      for (const { enrollmentId, seat } of seats) {
        const current = await this.get(enrollmentId)
        if (!current || current.seat === seat) continue
        await this.patch(enrollmentId, cleanEnrollmentEdit({ seat }, current))
      }
    })
  }

  /** Seat, roles, dormitory, status; checked first (see `cleanEnrollmentEdit`). */
  async updateEnrollment(id: string, edit: EnrollmentEdit): Promise<EnrollmentRecord> {
    const current = await this.get(id)
    if (!current) throw new Error(`记录不存在或已被永久移除（${id}）`)
    return this.update(id, cleanEnrollmentEdit(edit, current))
  }
}

/**
 * Seats are whole numbers from 1; roles are trimmed and listed once; 退学 needs a reason and a
 * date (the leave rules and the class's records ask why and when, seed 000 附2 第九条), and
 * leaving 退学 clears them.
 */
export function cleanEnrollmentEdit(
  edit: EnrollmentEdit,
  current: EnrollmentFields,
): Partial<EnrollmentFields> {
  const out: Partial<EnrollmentFields> = {}
  if (edit.seat !== undefined) {
    if (edit.seat !== null && (!Number.isInteger(edit.seat) || edit.seat < 1 || edit.seat > 9999)) {
      throw new ValidationError({ seat: '座号应为 1 到 9999 的整数' })
    }
    out.seat = edit.seat
  }
  if (edit.roles !== undefined) out.roles = [...new Set(edit.roles.map((r) => r.trim()).filter(Boolean))]
  if (edit.dormRoom !== undefined) out.dormRoom = edit.dormRoom.trim()
  if (edit.note !== undefined) out.note = edit.note.trim()
  const status = edit.status ?? current.status
  if (edit.status !== undefined) out.status = edit.status
  if (status === 'withdrawn') {
    const reason = (edit.withdrawReason ?? current.withdrawReason).trim()
    const date = (edit.withdrawDate ?? current.withdrawDate).trim()
    if (!reason) throw new ValidationError({ withdrawReason: '请填写退学原因' })
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ValidationError({ withdrawDate: '请填写退学日期' })
    out.withdrawReason = reason
    out.withdrawDate = date
  } else if (edit.status !== undefined) {
    out.withdrawReason = ''
    out.withdrawDate = ''
  }
  return out
}
