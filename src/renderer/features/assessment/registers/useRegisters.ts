import { useMemo } from 'react'
import { registerRows, type RegisterInput, type RegisterRow } from '@shared/assessment/registers'
import { dateSpan } from '@shared/plan/sessionFormat'
import type { ClassRecord } from '../../../db/core/database'
import { useClassAttendance } from '../../../db/attendance/attendanceModel'
import { useClassAssessment } from '../../../db/assessment/assessmentHooks'
import { useClassCertificates } from '../../../db/assessment/certificateHooks'

export interface ClassRegisters {
  source: RegisterInput
  rows: RegisterRow[]
  /** The class's exams, in order. */
  exams: string[]
  /** '2026年3月2日至7月3日'. */
  period: string
  finalised: boolean
}

/** Everything the printed registers and the workbook need of a class, live; undefined while loading. */
export function useRegisters(cls: ClassRecord): ClassRegisters | undefined {
  const view = useClassAssessment(cls)
  const attendance = useClassAttendance(cls)
  const certificates = useClassCertificates(cls.id)
  return useMemo(() => {
    if (!view || !attendance || !certificates) return undefined
    const source: RegisterInput = {
      students: view.students,
      assessment: view.summary,
      items: view.scheme.scheme.quantitative,
      attendance: attendance.rowById,
      certificates,
    }
    return {
      source,
      rows: registerRows(source),
      exams: [...view.records.exams].sort((a, b) => a.order - b.order).map((e) => e.name),
      period: dateSpan(cls.startDate, cls.endDate),
      finalised: view.summary.finalised,
    }
  }, [view, attendance, certificates, cls.startDate, cls.endDate])
}
