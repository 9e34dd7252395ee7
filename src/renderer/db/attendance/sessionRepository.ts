import type { z } from 'zod'
import { compareSessions, sessionInput, type SessionFields } from '@shared/plan/session'
import { isLocalDate, type LocalDate } from '@shared/plan/clock'
import type { HeadCount, SessionRecord, SessionStoredFields } from './attendanceRecords'
import { SyncedRepository } from '../core/syncedRepository'
import { ValidationError } from '@shared/validationError'

export type SessionInput = z.input<typeof sessionInput>

/**
 * The teaching plan (教学计划) of a class: sessions entered by hand, copied from another day, or
 * imported from a workbook. Every write is validated with the shared schema; a batch (copy, import)
 * is one transaction, so it lands whole or not at all.
 */
export class SessionRepository extends SyncedRepository<SessionStoredFields> {
  /** Live sessions of a class in plan order. */
  async listByClass(classId: string): Promise<SessionRecord[]> {
    return (await this.listLiveWhere('classId', classId)).sort(compareSessions)
  }

  async createSession(classId: string, input: SessionInput): Promise<SessionRecord> {
    return this.create({ ...parseSession(input), classId })
  }

  async updateSession(id: string, input: SessionInput): Promise<SessionRecord> {
    return this.update(id, parseSession(input))
  }

  /** Adds many sessions in one transaction; any invalid one refuses them all. */
  async createMany(classId: string, inputs: readonly SessionInput[]): Promise<SessionRecord[]> {
    const parsed = inputs.map(parseSession)
    const out: SessionRecord[] = []
    await this.write(async () => {
      for (const fields of parsed) out.push(await this.create({ ...fields, classId }))
    })
    return out
  }

  /**
   * Copies every session of `from` to `to` (same slots, times, topics, teachers), in one
   * transaction. Head counts are not copied: they belong to the day they were taken.
   */
  async copyDay(classId: string, from: LocalDate, to: LocalDate): Promise<SessionRecord[]> {
    if (!isLocalDate(to)) throw new ValidationError({ date: '请选择要复制到的日期' })
    if (from === to) throw new ValidationError({ date: '目标日期与原日期相同' })
    const day = (await this.listByClass(classId)).filter((s) => s.date === from)
    if (day.length === 0) throw new ValidationError({ date: `${from} 没有课程可复制` })
    return this.createMany(
      classId,
      day.map((s) => ({ ...sessionFieldsOf(s), date: to })),
    )
  }

  /** Records the departure or return head count of a field trip. */
  async recordHeadCount(id: string, which: 'departure' | 'return', count: HeadCount): Promise<SessionRecord> {
    if (!Number.isInteger(count.counted) || count.counted < 0)
      throw new ValidationError({ counted: '清点人数应为非负整数' })
    return this.update(id, which === 'departure' ? { departureCount: count } : { returnCount: count })
  }

  /**
   * 完成点名: the head teacher states the roll call of this session is complete — every student not
   * marked was present. Recorded with who and when; the session now counts in the rates.
   */
  async completeCall(id: string, by: string, at: string): Promise<SessionRecord> {
    if (!by.trim()) throw new ValidationError({ calledBy: '请先在设置中填写当前使用人' })
    return this.update(id, { callState: 'called', calledBy: by.trim(), calledAt: at })
  }

  /** 重新点名: back to 点名中; the marks stay, the session leaves the rates until completed again. */
  async reopenCall(id: string): Promise<SessionRecord> {
    return this.update(id, { callState: 'calling', calledBy: null, calledAt: null })
  }

  async clearHeadCount(id: string, which: 'departure' | 'return'): Promise<SessionRecord> {
    return this.update(id, which === 'departure' ? { departureCount: null } : { returnCount: null })
  }
}

/** The user-entered fields of a stored session (no class, no sync metadata, no head counts). */
export function sessionFieldsOf(s: SessionRecord): SessionFields {
  return {
    date: s.date,
    slot: s.slot,
    start: s.start,
    end: s.end,
    topic: s.topic,
    form: s.form,
    teacher: s.teacher,
    place: s.place,
    hours: s.hours,
    note: s.note,
  }
}

function parseSession(input: SessionInput): SessionFields {
  const r = sessionInput.safeParse(input)
  if (!r.success) throw ValidationError.fromZod(r.error)
  return r.data
}
