import { PERSON_FIELDS } from '@shared/roster/fields'
import { ValidationError } from '@shared/validationError'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'
import { SyncedRepository } from '../core/syncedRepository'
import type { PersonFields } from './rosterRecords'
import type { RosterRepositories } from './rosterQueries'

/** What a purged person is called wherever the record still shows (回收站, old registers). */
export const PURGED_PERSON_NAME = '已清除的学员'

/** The person fields a purge writes: every field blank, the name replaced by PURGED_PERSON_NAME. */
export const PURGED_PERSON_FIELDS: Readonly<PersonFields> = {
  ...(Object.fromEntries(PERSON_FIELDS.map((f) => [f, ''])) as unknown as PersonFields),
  name: PURGED_PERSON_NAME,
}

/** Free text about the person kept with their places in classes, and with their leave and marks. */
const ENROLLMENT_TEXT = { dormRoom: '', note: '', withdrawReason: '' } as const
const LEAVE_TEXT = { reason: '', note: '' } as const
const NOTE_ONLY = { note: '' } as const

/** Whether the record is the tombstone a purge leaves. */
export function isPurgedPerson(person: PersonFields & { deleted: boolean }): boolean {
  return person.deleted && person.name === PURGED_PERSON_NAME && person.idNumber === ''
}

export interface PurgeOutcome {
  /** Enrollments, leave requests, attendance marks and discipline records whose text was blanked. */
  enrollments: number
  related: number
}

/**
 * 彻底清除: blanks the personal data of a person in the recycle bin, as ordinary stamped edits
 * that sync. The tombstone stays (`deleted` is not touched, the id stays), so an older file that
 * still holds the values cannot bring them back: its stamps are older than the purge's, and the
 * merge keeps the newer value of each field. Blanked: every person field (the name becomes
 * PURGED_PERSON_NAME), and the free text kept about them in each class — dormitory room, notes,
 * withdrawal reason, leave reasons and notes, notes on attendance marks and discipline records.
 * What the class needs to add up (statuses, dates, seats) stays.
 *
 * Refuses a person who is not in the recycle bin: purging is the end of deleting.
 */
export async function purgeDeletedPerson(
  repos: RosterRepositories & { db: BanwuDatabase; replica: Replica },
  personId: string,
): Promise<PurgeOutcome> {
  const { db, replica, people, enrollments } = repos
  const leave = new SyncedRepository<{ reason: string; note: string }>(db, db.leaveRequests, replica)
  const marks = new SyncedRepository<{ note: string }>(db, db.attendance, replica)
  const discipline = new SyncedRepository<{ note: string }>(db, db.disciplineEvents, replica)
  const outcome: PurgeOutcome = { enrollments: 0, related: 0 }
  await db.transaction(
    'rw',
    [db.people, db.enrollments, db.leaveRequests, db.attendance, db.disciplineEvents, db.local],
    async () => {
      const person = await people.get(personId)
      if (!person) throw new ValidationError({ person: '找不到这位学员，可能已被清除' })
      if (!person.deleted)
        throw new ValidationError({ person: `“${person.name}”不在回收站中：请先删除，再彻底清除` })
      await people.update(personId, PURGED_PERSON_FIELDS)
      for (const enrollment of await enrollments.listWhere('personId', personId)) {
        await enrollments.update(enrollment.id, ENROLLMENT_TEXT)
        outcome.enrollments++
        for (const [repo, blank] of [
          [leave, LEAVE_TEXT],
          [marks, NOTE_ONLY],
          [discipline, NOTE_ONLY],
        ] as const) {
          for (const record of await repo.listWhere('enrollmentId', enrollment.id)) {
            const fields = record as unknown as Record<string, unknown>
            if (Object.keys(blank).every((k) => fields[k] === '' || fields[k] === undefined)) continue
            await repo.update(record.id, blank)
            outcome.related++
          }
        }
      }
    },
  )
  return outcome
}
