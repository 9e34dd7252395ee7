import dayjs from 'dayjs'
import { attendanceRegister, type StudentRegisterRow } from '@shared/attendance/register'
import { leaveRuleSettingsOf } from '@shared/attendance/leaveRuleSettings'
import { resolveStatuses } from '@shared/attendance/status'
import {
  breachesFromEvents,
  classAssessment,
  type ClassAssessmentSummary,
} from '@shared/assessment/classAssessment'
import type { QuotaAdjustment } from '@shared/assessment/quota'
import { otherAppraisals, type OtherAppraisalInput } from '@shared/assessment/otherAppraisals'
import { passesOnWrittenExam } from '@shared/assessment/writtenExamClass'
import { appraisalGradeLabel } from '@shared/secondment/records'
import { classHoursSummary } from '@shared/plan/session'
import type { DataAccess } from '../core/openData'
import type { DisciplineEventRecord } from '../attendance/attendanceRecords'
import { listClassStudents, type ClassStudent } from '../roster/classStudents'
import type { ClassAssessmentRecords } from './assessmentRepository'
import type { SchemeVersion } from './assessmentSchemeRepository'

/**
 * A class's assessment as every screen and printed register sees it (the read API described at
 * the top of assessmentRepository.ts): the stored records, the scheme version the class uses,
 * and the summary the pure rules compute from them and from attendance.
 */
export interface ClassAssessmentView {
  classId: string
  /** The scheme version the class uses (recorded when its assessment started), else the current one. */
  scheme: SchemeVersion
  /** The version in force in the school now (a newer one may exist than the class's). */
  currentScheme: SchemeVersion
  started: boolean
  records: ClassAssessmentRecords
  students: ClassStudent[]
  summary: ClassAssessmentSummary
  /** The 校长室 adjustment in force (the latest recorded), if any. */
  adjustment: (QuotaAdjustment & { id: string }) | null
}

export interface AssessmentSources {
  classId: string
  /** The class's type: 入党积极分子/发展对象 classes pass on the written exam (writtenExamClass.ts). */
  classType: string
  records: ClassAssessmentRecords
  scheme: SchemeVersion
  currentScheme: SchemeVersion
  students: readonly ClassStudent[]
  /** Register rows by enrollment (absent hours, 应作退学处理). */
  rows: ReadonlyMap<string, StudentRegisterRow>
  events: readonly DisciplineEventRecord[]
  /** 挂职锻炼鉴定 and the class branch's 党支部鉴定 as stored in their areas (`loadAppraisalSources`). */
  appraisals?: AppraisalSources
}

export type AppraisalSources = Pick<OtherAppraisalInput, 'secondment' | 'branchEntries'>

/**
 * What other areas appraised of the class's students (read-only): the 挂职锻炼鉴定 (db/secondment,
 * id = enrollment id) and the entries of the class's 临时党支部 (db/ledger, a branch with this
 * classId) with each member's person, for otherAppraisals().
 */
export async function loadAppraisalSources(
  data: Pick<DataAccess, 'appraisals' | 'ledger'>,
  classId: string,
): Promise<AppraisalSources> {
  const [appraisals, branches] = await Promise.all([
    data.appraisals.listByClass(classId),
    data.ledger.listBranches(),
  ])
  const branchEntries: AppraisalSources['branchEntries'][number][] = []
  for (const b of branches.filter((x) => x.classId === classId)) {
    const loaded = await data.ledger.loadBranch(b.id)
    if (!loaded) continue
    const person = new Map(loaded.members.map((m) => [m.id, m.personId]))
    for (const e of loaded.entries)
      branchEntries.push({
        personId: person.get(e.memberId) ?? '',
        item: e.item,
        date: e.date,
        note: e.note,
        review: e.review,
      })
  }
  return {
    secondment: appraisals.map((a) => ({
      enrollmentId: a.enrollmentId,
      gradeLabel: appraisalGradeLabel(a.grade),
      appraisedOn: a.appraisedOn,
    })),
    branchEntries,
  }
}

/** Computes the view from loaded data (used by the live hook and by `loadClassAssessment`). */
export function buildClassAssessment(src: AssessmentSources): ClassAssessmentView {
  const { records } = src
  const latest = records.adjustments[records.adjustments.length - 1]
  const adjustment = latest
    ? {
        id: latest.id,
        min: latest.min,
        max: latest.max,
        decidedBy: latest.decidedBy,
        decidedAt: latest.decidedAt,
        reason: latest.reason,
      }
    : null
  const attendance = new Map(
    [...src.rows].map(([id, r]) => [id, { absentHours: r.absentHours, shouldWithdraw: r.standing.withdraw }]),
  )
  const summary = classAssessment({
    scheme: src.scheme.scheme,
    students: src.students.map((s) => ({ enrollmentId: s.enrollmentId, name: s.name })),
    entries: records.entries,
    evaluations: records.evaluations,
    exams: records.exams,
    scores: records.scores,
    grades: records.grades,
    attendance,
    breaches: breachesFromEvents(src.events),
    otherAppraisals: src.appraisals
      ? otherAppraisals({
          students: src.students.map((s) => ({ enrollmentId: s.enrollmentId, personId: s.personId })),
          ...src.appraisals,
        })
      : undefined,
    adjustment,
    finalised: records.header?.finalised ?? false,
    writtenExamOnly: passesOnWrittenExam(src.classType),
  })
  return {
    classId: src.classId,
    scheme: src.scheme,
    currentScheme: src.currentScheme,
    started: records.header !== null,
    records,
    students: [...src.students],
    summary,
    adjustment,
  }
}

/** The scheme version a class uses: the one its header records, else the one in force. */
export async function classScheme(
  data: Pick<DataAccess, 'assessmentSchemes'>,
  records: Pick<ClassAssessmentRecords, 'header'>,
): Promise<{ scheme: SchemeVersion; currentScheme: SchemeVersion }> {
  const currentScheme = await data.assessmentSchemes.current()
  const h = records.header
  const scheme = (h && (await data.assessmentSchemes.version(h.schemeId, h.schemeVersion))) || currentScheme
  return { scheme, currentScheme }
}

/** One read of a class's whole assessment, attendance included (for prints and exports). */
export async function loadClassAssessment(
  data: Omit<DataAccess, 'db'>,
  classId: string,
): Promise<ClassAssessmentView> {
  const cls = await data.classes.get(classId)
  if (!cls) throw new Error(`班次不存在（${classId}）`)
  const [records, students, sessions, marks, requests, events, statuses, leaveRules] = await Promise.all([
    data.assessment.loadClass(classId),
    listClassStudents(data, classId),
    data.sessions.listByClass(classId),
    data.attendance.listByClass(classId),
    data.leaveRequests.listByClass(classId),
    data.discipline.listByClass(classId),
    data.attendanceSettings.statuses(),
    data.attendanceSettings.leaveRules(),
  ])
  const appraisals = await loadAppraisalSources(data, classId)
  const register = attendanceRegister({
    sessions,
    enrollmentIds: students.map((s) => s.enrollmentId),
    marks,
    requests,
    leftSchool: events.filter((e) => e.kind === 'leftSchool'),
    criticisms: events.filter((e) => e.kind === 'criticism'),
    totalHours: classHoursSummary(sessions, cls.totalHours).effective,
    noLeaveClass: cls.noLeave,
    now: dayjs().format('YYYY-MM-DDTHH:mm'),
    statuses: resolveStatuses(statuses),
    settings: leaveRuleSettingsOf(leaveRules),
  })
  const { scheme, currentScheme } = await classScheme(data, records)
  return buildClassAssessment({
    classId,
    classType: cls.type,
    records,
    scheme,
    currentScheme,
    students,
    rows: new Map(register.rows.map((r) => [r.enrollmentId, r])),
    events,
    appraisals,
  })
}
