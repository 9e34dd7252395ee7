import { classDays, type ClassFigures } from '@shared/evaluation/headTeacherReview'
import type { ReviewWeighting } from '@shared/evaluation/review'
import { dateSpan } from '@shared/plan/sessionFormat'

export const REVIEW_READING =
  '班次按开班日期计入年度；两位班主任共带的班次各计一次。带班天数为开班至结业的日历天数；学时为班次总学时；出勤率为已完成点名课次的实到人次 ÷ 应到人次（迟到、早退计出勤，请假、旷课不计）；学员评估为已达公布条件（至少 2 份且不少于全班 20%）的班次全部评分的平均分。各项按当年最高者（出勤率、评估按满分）折算后加权，满分 100。'

export function weightingText(w: ReviewWeighting): string {
  return `权重：带班天数 ${w.days}，学时 ${w.hours}，出勤率 ${w.attendanceRate}，学员评估 ${w.evaluation}`
}

/** One class's figures in one line, for tracing a head teacher's totals. */
export function classLine(c: ClassFigures): string {
  const att = c.attendance.expected
    ? `出勤 ${c.attendance.attended}/${c.attendance.expected} 人次`
    : '未完成点名'
  const ev = c.evaluation.published
    ? `评估 ${c.evaluation.responses} 份，均分 ${Math.round((c.evaluation.sum / Math.max(1, c.evaluation.count)) * 100) / 100}`
    : `评估 ${c.evaluation.responses} 份（未达公布条件，不计）`
  return `${dateSpan(c.startDate, c.endDate)}，${classDays(c)} 天，${c.hours} 学时，${att}，${ev}`
}
