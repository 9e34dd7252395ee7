import { ValidationError } from '@shared/validationError'
import { fridayMeetings, MEETING_KIND_LABELS } from '@shared/secondment/fridayMeetings'
import { secondmentPeriod } from '@shared/secondment/period'
import { placementRecordSchema, type PlacementFields } from '@shared/secondment/records'
import { sessionInput } from '@shared/plan/session'
import type { PlacementRow } from '@shared/secondment/placementImport'
import type { SessionStoredFields } from '../attendance/attendanceRecords'
import type { SessionRepository } from '../attendance/sessionRepository'
import { SyncedRepository } from '../core/syncedRepository'
import type { PlacementRecord, SecondmentRecord } from './secondmentRecords'
import type { SecondmentFields } from '@shared/secondment/records'
import type { Table } from 'dexie'
import type { BanwuDatabase } from '../core/database'
import type { Replica } from '../core/replica'

/** Placements (挂职安排): id = enrollment id, one student one placement (附4 第五条). */
export class PlacementRepository extends SyncedRepository<PlacementFields> {
  async listByClass(classId: string): Promise<PlacementRecord[]> {
    return this.listLiveWhere('classId', classId)
  }

  async save(classId: string, fields: Omit<PlacementFields, 'classId'>): Promise<PlacementRecord> {
    const r = placementRecordSchema.safeParse({ ...fields, classId })
    if (!r.success) throw ValidationError.fromZod(r.error)
    return this.put(fields.enrollmentId, { ...r.data, classId })
  }

  /** An imported list, in one transaction (readPlacements has refused a file with any problem). */
  async importRows(classId: string, rows: readonly PlacementRow[]): Promise<PlacementRecord[]> {
    return this.putMany(
      rows.map(({ row: _row, name: _name, ...fields }) => ({
        id: fields.enrollmentId,
        fields: { ...fields, classId },
      })),
    )
  }
}

/** Topic of a generated meeting in the plan; the week says how the alternation was counted. */
export function meetingTopic(week: number, kind: 'group' | 'class'): string {
  return `挂职座谈会（第${week}周·${MEETING_KIND_LABELS[kind]}）`
}

export function meetingSessionId(classId: string, date: string): string {
  return `${classId}:secondment-meeting:${date}`
}

/**
 * The class's secondment (id = class id): the 部署会 date and Fridays without a meeting; and the
 * Friday-afternoon meetings (附4 第六条(四)) generated into the class's teaching plan, where
 * attendance is taken like at any session. Meeting sessions have deterministic ids (class + date), so
 * generating twice, or in two offices, gives one session per Friday.
 */
export class SecondmentRepository extends SyncedRepository<SecondmentFields> {
  constructor(
    db: BanwuDatabase,
    table: Table<SecondmentRecord, string>,
    replica: Replica,
    private readonly sessions: SessionRepository,
  ) {
    super(db, table, replica)
  }

  async forClass(classId: string): Promise<SecondmentRecord | null> {
    const r = await this.get(classId)
    return r && !r.deleted ? r : null
  }

  async setSchedule(
    classId: string,
    deploymentDate: string,
    skippedFridays: string[],
  ): Promise<SecondmentRecord> {
    return this.put(classId, checkSchedule({ classId, deploymentDate, skippedFridays }))
  }

  /**
   * Writes the Friday meetings of the period into the plan (afternoon, 13:30–16:30, at the school).
   * Returns the sessions written; existing meeting sessions keep any edits of time or place.
   */
  async generateMeetings(classId: string): Promise<number> {
    const s = await this.forClass(classId)
    if (!s) throw new ValidationError({ deploymentDate: '请先填写部署会日期' })
    const meetings = fridayMeetings(secondmentPeriod(s.deploymentDate), new Set(s.skippedFridays))
    if (meetings.length === 0) throw new ValidationError({ deploymentDate: '挂职期内没有星期五' })
    const existing = new Map((await this.sessions.listByClass(classId)).map((x) => [x.id, x] as const))
    const entries = meetings.map((m) => {
      const id = meetingSessionId(classId, m.date)
      const old = existing.get(id)
      const fields: SessionStoredFields = {
        ...sessionInput.parse({
          date: m.date,
          slot: 'afternoon',
          start: old?.start ?? '13:30',
          end: old?.end ?? '16:30',
          topic: meetingTopic(m.week, m.kind),
          form: m.kind === 'group' ? 'groupDiscussion' : 'studentForum',
          teacher: old?.teacher ?? '',
          place: old?.place ?? '区委党校',
          hours: old?.hours ?? 3,
          note: '挂职锻炼期间每周五下午座谈会（附4 第六条(四)）',
        }),
        classId,
      }
      return { id, fields }
    })
    await this.sessions.putMany(entries)
    return entries.length
  }
}

function checkSchedule(fields: SecondmentFields): SecondmentFields {
  const problems: Record<string, string> = {}
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fields.deploymentDate)) problems.deploymentDate = '请填写部署会日期'
  const bad = fields.skippedFridays.find((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d))
  if (bad !== undefined) problems.skippedFridays = `“${bad}”不是日期（YYYY-MM-DD）`
  if (Object.keys(problems).length > 0) throw new ValidationError(problems)
  return { ...fields, skippedFridays: [...new Set(fields.skippedFridays)].sort() }
}
