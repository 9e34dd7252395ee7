import { z } from 'zod'
import { DEFAULT_QUOTA_RULE } from './quota'
import { DEFAULT_PASS_MARK } from './exam'

/**
 * A 考核方案 as data (issue 13), school-wide and versioned like the checklist templates. The
 * default follows seed 000 附3: the eight quantitative items of 第八条 and the six qualitative
 * sources of 第七条. The seed gives no weights or points: every item starts at 0 points and the
 * school sets them (the screen says so plainly).
 */
export const QUANTITATIVE_ITEMS = [
  { code: 'attendance', label: '学员考勤' },
  { code: 'classDiscipline', label: '课堂纪律' },
  { code: 'questions', label: '互动提问' },
  { code: 'groupDiscussion', label: '小组研讨' },
  { code: 'classActivities', label: '班级活动' },
  { code: 'assignments', label: '学习作业' },
  { code: 'defence', label: '结业答辩' },
  { code: 'summary', label: '结业小结' },
] as const

export const QUALITATIVE_SOURCES = [
  /** 第七条: 专家点评主要针对学员参加党性分析的情况进行评价. */
  { code: 'expert', label: '专家点评' },
  { code: 'peers', label: '学员互评' },
  { code: 'partyGroup', label: '党小组评价' },
  { code: 'branch', label: '党支部（班委）评价' },
  { code: 'projectTeam', label: '项目组评价' },
  { code: 'organisation', label: '区委组织部、区委党校评价' },
] as const

export const schemeItemSchema = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  /** Points the item is worth; 0 until the school sets it. */
  maxPoints: z.number().min(0),
})

export const assessmentSchemeSchema = z.object({
  name: z.string().min(1),
  /** Where the scheme comes from, shown beside it. */
  source: z.string(),
  quantitative: z.array(schemeItemSchema),
  qualitative: z.array(z.object({ code: z.string().min(1), label: z.string().min(1) })),
  quota: z.object({
    minPercent: z.number().int().min(0).max(100),
    maxPercent: z.number().int().min(0).max(100),
  }),
  passMark: z.number().min(0),
  /** Deducted from 学员考勤 per hour of 旷课, computed from attendance (never typed twice). */
  attendanceDeductionPerAbsentHour: z.number().min(0),
})
export type AssessmentScheme = z.infer<typeof assessmentSchemeSchema>

export const DEFAULT_SCHEME: AssessmentScheme = {
  name: '主体班学员考核方案',
  source: '中共松江区委党校主体班学员考核管理办法（附3 第七条、第八条、第十三条）',
  quantitative: QUANTITATIVE_ITEMS.map((i) => ({ ...i, maxPoints: 0 })),
  qualitative: QUALITATIVE_SOURCES.map((s) => ({ ...s })),
  quota: { ...DEFAULT_QUOTA_RULE },
  passMark: DEFAULT_PASS_MARK,
  attendanceDeductionPerAbsentHour: 0,
}

/** What the screen says of a scheme whose points the school has not yet set. */
export function schemeNotice(s: AssessmentScheme): string | null {
  return s.quantitative.every((i) => i.maxPoints === 0)
    ? '考核管理办法没有规定各项分值，请学校在考核方案中设定每项的分值'
    : null
}
