import { classDays, type ClassFigures, type HeadTeacherLine } from '@shared/evaluation/headTeacherReview'
import { REVIEW_ASPECTS, type ReviewWeighting } from '@shared/evaluation/review'
import { dateSpan } from '@shared/plan/sessionFormat'

export const REVIEW_READING =
  '班次按开班日期计入年度；两位班主任共带的班次各计一次。带班天数为开班至结业的日历天数；学时为班次总学时；出勤率为已完成点名课次的实到人次 ÷ 应到人次（迟到、早退计出勤，请假、旷课不计）；考核只计已定稿的班次，合格率 =（优秀 + 合格）÷ 参加考核人数；事项按时完成率 = 在截止日期当天或之前完成的事项 ÷ 截止日期已过的事项（不适用的事项不计）；学员评估、满意度测评为已达公布条件（至少 2 份且不少于全班 20%）的班次全部评分的平均分。各项按当年最高者（比率按 100%，问卷均分按评分等次的最低至最高分）折算后加权，满分 100；缺少的项按 0 计。'

export function weightingText(w: ReviewWeighting): string {
  return `权重：${REVIEW_ASPECTS.map((a) => `${a.label} ${w[a.key]}`).join('，')}`
}

export const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`)

const mean = (f: ClassFigures['evaluation']) => Math.round((f.sum / Math.max(1, f.count)) * 100) / 100

function questionnaireText(name: string, f: ClassFigures['evaluation']): string {
  return f.published
    ? `${name} ${f.responses} 份，均分 ${mean(f)}`
    : `${name} ${f.responses} 份（未达公布条件，不计）`
}

/** One class's figures in one line, for tracing a head teacher's totals. */
export function classLine(c: ClassFigures): string {
  const att = c.attendance.expected
    ? `出勤 ${c.attendance.attended}/${c.attendance.expected} 人次`
    : '未完成点名'
  const a = c.assessment
  const assessed = a.excellent + a.pass + a.fail
  const assessment = a.finalised
    ? `考核 优秀 ${a.excellent}、合格 ${a.pass}、不合格 ${a.fail}（合格率 ${pct(assessed ? (a.excellent + a.pass) / assessed : null)}）`
    : '考核未定稿（不计）'
  const checklist = !c.checklist
    ? '无事项表'
    : c.checklist.due
      ? `事项按时完成 ${c.checklist.onTime}/${c.checklist.due}`
      : '事项尚无到期'
  return [
    `${dateSpan(c.startDate, c.endDate)}`,
    `${classDays(c)} 天`,
    `${c.hours} 学时`,
    att,
    assessment,
    checklist,
    questionnaireText('学员评估', c.evaluation),
    questionnaireText('满意度测评', c.satisfaction),
  ].join('，')
}

/** The ranked list's columns, shared by the page, the print and the Excel export. */
export const REVIEW_COLUMNS: { label: string; value: (l: HeadTeacherLine) => string | number }[] = [
  { label: '班主任', value: (l) => l.name },
  { label: '带班数', value: (l) => l.classes.length },
  { label: '天数', value: (l) => l.days },
  { label: '学时', value: (l) => l.hours },
  { label: '出勤率', value: (l) => pct(l.attendanceRate) },
  {
    label: '考核（优秀/合格/不合格）',
    value: (l) =>
      l.grades.finalisedClasses ? `${l.grades.excellent}/${l.grades.pass}/${l.grades.fail}` : '未定稿',
  },
  { label: '合格率', value: (l) => pct(l.passRate) },
  {
    label: '事项按时完成',
    value: (l) =>
      l.checklist.due ? `${l.checklist.onTime}/${l.checklist.due}（${pct(l.checklistRate)}）` : '—',
  },
  { label: '学员评估均分', value: (l) => l.evaluationMean ?? '—' },
  { label: '满意度测评均分', value: (l) => l.satisfactionMean ?? '—' },
  { label: '得分', value: (l) => l.score },
]
