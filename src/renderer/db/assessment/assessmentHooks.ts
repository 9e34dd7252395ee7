import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ClassRecord } from '../core/database'
import { useData } from '../core/DataProvider'
import { checkStoredRecords } from '../core/recordCheck'
import { SYNCED_ROW_SCHEMAS } from '@shared/sync/tableSchemas'
import { useClassAttendance } from '../attendance/attendanceModel'
import type { ClassAssessmentRecords } from './assessmentRepository'
import type { SchemeVersion } from './assessmentSchemeRepository'
import {
  buildClassAssessment,
  classScheme,
  loadAppraisalSources,
  type AppraisalSources,
  type ClassAssessmentView,
} from './classAssessmentQuery'

/**
 * Live reads of the assessment for components; `undefined` while loading. The summary is
 * recomputed from the pure rules whenever a record, the roster or the attendance changes.
 */

/** Field names in the user's words, for the error boundary. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  points: '分数',
  itemCode: '考核项目',
  rating: '等级',
  comment: '评语',
  score: '成绩',
  makeUpScore: '补考成绩',
  grade: '等次',
  passMark: '及格分',
  fullMark: '满分',
  finalised: '定稿',
  min: '优秀人数下限',
  max: '优秀人数上限',
}

/** The school's scheme versions (built-in first) and the one in force. */
export function useSchemeVersions(): SchemeVersion[] | undefined {
  const { assessmentSchemes } = useData()
  return useLiveQuery(() => assessmentSchemes.listVersions(), [assessmentSchemes])
}

export function useClassAssessmentRecords(classId: string):
  | {
      records: ClassAssessmentRecords
      scheme: SchemeVersion
      currentScheme: SchemeVersion
      appraisals: AppraisalSources
    }
  | undefined {
  const data = useData()
  return useLiveQuery(async () => {
    const records = await data.assessment.loadClass(classId)
    // A damaged record is named by the tab's error boundary instead of failing somewhere below.
    checkStoredRecords('考核记录', SYNCED_ROW_SCHEMAS.assessmentEntries!, records.entries, FIELD_LABELS)
    checkStoredRecords(
      '定性评价',
      SYNCED_ROW_SCHEMAS.assessmentEvaluations!,
      records.evaluations,
      FIELD_LABELS,
    )
    checkStoredRecords('考试', SYNCED_ROW_SCHEMAS.exams!, records.exams, FIELD_LABELS)
    checkStoredRecords('考试成绩', SYNCED_ROW_SCHEMAS.examScores!, records.scores, FIELD_LABELS)
    checkStoredRecords('考核等次', SYNCED_ROW_SCHEMAS.assessmentGrades!, records.grades, FIELD_LABELS)
    checkStoredRecords(
      '优秀名额调整',
      SYNCED_ROW_SCHEMAS.quotaAdjustments!,
      records.adjustments,
      FIELD_LABELS,
    )
    if (records.header)
      checkStoredRecords('考核', SYNCED_ROW_SCHEMAS.assessments!, [records.header], FIELD_LABELS)
    return {
      records,
      ...(await classScheme(data, records)),
      appraisals: await loadAppraisalSources(data, classId),
    }
  }, [data, classId])
}

/** The class's whole assessment, live (the same view `loadClassAssessment` returns). */
export function useClassAssessment(cls: ClassRecord): ClassAssessmentView | undefined {
  const attendance = useClassAttendance(cls)
  const stored = useClassAssessmentRecords(cls.id)
  return useMemo(() => {
    if (!attendance || !stored) return undefined
    return buildClassAssessment({
      classId: cls.id,
      classType: cls.type,
      ...stored,
      students: attendance.students,
      rows: attendance.rowById,
      events: attendance.events,
    })
  }, [attendance, stored, cls.id, cls.type])
}
