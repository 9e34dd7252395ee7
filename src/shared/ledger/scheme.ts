import { z } from 'zod'
import { DEFAULT_THRESHOLDS, SCHEME3_FORMS } from './quantified'
import { VOLUNTEER_HOURS_PER_YEAR, VOLUNTEER_TIMES_PER_YEAR } from './volunteer'

/**
 * Party-spirit ledger schemes (党性锻炼方案) as data (DOMAIN.md rules 5 and 6, issue 14): schemes
 * differ between schools, so a scheme is a school-wide, versioned, synced record. The three
 * schemes of seed 004 ship as templates (`LEDGER_TEMPLATES`) that a school copies and changes.
 *
 * - `items` schemes (scheme 1, and scheme 2 for a Party-school class): a list of items a member
 *   fulfils; an item is met by one entry (`once`), by hours and times (`volunteer`), or by the
 *   class's attendance (`attendance`).
 * - `quantified` schemes (scheme 3): forms of categories with a standard, and rules that add or
 *   deduct points per occurrence; scored by quantified.ts.
 */

/**
 * `once`: met by one entry; `volunteer`: hours and times; `attendance`: read from the class's
 * org-life sessions and roll call where the class has them (orgLife.ts), else met by one entry.
 */
export const LEDGER_ITEM_RULES = ['once', 'volunteer', 'attendance'] as const
export type LedgerItemRule = (typeof LEDGER_ITEM_RULES)[number]

export const ledgerItemSchema = z.object({
  code: z.string().min(1),
  label: z.string().trim().min(1, '请填写项目名称').max(40, '项目名称不能超过 40 个字'),
  rule: z.enum(LEDGER_ITEM_RULES),
  /** What the scheme asks for, in its own words (shown on the entry form and the 登记本). */
  requirement: z.string(),
})
export type LedgerItem = z.infer<typeof ledgerItemSchema>

export const quantifiedRuleSchema = z.object({
  code: z.string().min(1),
  form: z.enum(['leader', 'member']),
  category: z.string().min(1),
  label: z.string().min(1),
  /** Points per occurrence: positive adds (加分), negative deducts (扣分). */
  points: z.number().refine((p) => p !== 0, '分值不能为 0'),
  /** What one occurrence is (次, 学时, 万字, 篇 …). */
  unit: z.string(),
})
export type QuantifiedRule = z.infer<typeof quantifiedRuleSchema>

const formSchema = z.object({
  code: z.enum(['leader', 'member']),
  label: z.string().min(1),
  categories: z.array(z.object({ code: z.string().min(1), label: z.string().min(1), standard: z.number() })),
})

export const thresholdsSchema = z.object({
  commend: z.number().min(0).max(100),
  commendInclusive: z.boolean(),
  unqualified: z.number().min(0).max(100),
  unqualifiedInclusive: z.boolean(),
})

/** The stored scheme (table `ledgerSchemes`, id = `${schemeId}@${version}`). */
const ledgerSchemeObject = z.object({
  schemeId: z.string().min(1),
  version: z.number().int().min(1),
  name: z.string().trim().min(1, '请填写方案名称'),
  kind: z.enum(['items', 'quantified']),
  /** A natural year (schemes 1 and 3) or the class's duration (scheme 2). */
  period: z.enum(['year', 'class']),
  items: z.array(ledgerItemSchema),
  volunteer: z.object({ hours: z.number().positive(), times: z.number().int().positive() }).nullable(),
  forms: z.array(formSchema),
  rules: z.array(quantifiedRuleSchema),
  thresholds: thresholdsSchema.nullable(),
  /** Weight of the quantified score in percent (第八条: 80); the survey takes the rest. */
  quantifiedPercent: z.number().int().min(0).max(100),
  /** Where the scheme comes from (the template it was copied from, a seed clause). */
  source: z.string(),
})
export const ledgerSchemeRecordSchema = ledgerSchemeObject.loose()
export type LedgerSchemeFields = z.infer<typeof ledgerSchemeObject>

export const ledgerSchemeRecordId = (schemeId: string, version: number) => `${schemeId}@${version}`

/** Seed 004, scheme 1 (学生党员党性锻炼, 三、实施内容 (一)–(八)). */
const SCHEME1: LedgerSchemeFields = {
  schemeId: 'builtin.eight-items',
  version: 1,
  name: '学生党员党性锻炼（八个一）',
  kind: 'items',
  period: 'year',
  items: [
    {
      code: 'pledge',
      label: '签订一份承诺',
      rule: 'once',
      requirement: '每位学生党员签署一份承诺书，公开承诺',
    },
    {
      code: 'classic',
      label: '研读一部经典',
      rule: 'once',
      requirement: '每年精读至少一部经典，有笔记、有体会、有交流',
    },
    {
      code: 'post',
      label: '拥有一个岗位',
      rule: 'once',
      requirement: '在党支部、团学组织、班委会等岗位上承担一份责任',
    },
    { code: 'activity', label: '参加一项活动', rule: 'once', requirement: '在各项活动中至少参加一项' },
    {
      code: 'volunteer',
      label: '做好一周义工',
      rule: 'volunteer',
      requirement: `一年工作总时间达 ${VOLUNTEER_HOURS_PER_YEAR} 小时，工作次数不少于 ${VOLUNTEER_TIMES_PER_YEAR} 次`,
    },
    {
      code: 'pairing',
      label: '帮扶一个同学',
      rule: 'once',
      requirement: '与一位非党员困难同学结成“一帮一”对子',
    },
    { code: 'giving', label: '奉献一份爱心', rule: 'once', requirement: '义务献血、捐款捐物、拾金不昧等' },
    {
      code: 'dorm',
      label: '建好一个寝室',
      rule: 'once',
      requirement: '带领寝室成员搞好内务卫生，争创党员示范寝室',
    },
  ],
  volunteer: { hours: VOLUNTEER_HOURS_PER_YEAR, times: VOLUNTEER_TIMES_PER_YEAR },
  forms: [],
  rules: [],
  thresholds: null,
  quantifiedPercent: 80,
  source: '种子文件 004 办法一',
}

/** Seed 004, scheme 2 (党校学员党性锻炼, 第二、三、六条; seed 000 附2 第二十三条). */
const SCHEME2: LedgerSchemeFields = {
  schemeId: 'builtin.party-school-class',
  version: 1,
  name: '党校学员党性锻炼（班次）',
  kind: 'items',
  period: 'class',
  items: [
    { code: 'plan', label: '个人党性锻炼计划', rule: 'once', requirement: '入学时制定好个人党性锻炼计划' },
    {
      code: 'orgLife',
      label: '党小组活动与组织生活',
      rule: 'attendance',
      requirement: '参加党小组活动，定期过组织生活',
    },
    {
      code: 'analysis',
      label: '党性分析',
      rule: 'once',
      requirement: '在组织生活会上对本人党性状况进行剖析（专家点评）',
    },
    {
      code: 'summary',
      label: '党性锻炼总结',
      rule: 'once',
      requirement: '学习期满写出党性锻炼总结，在党支部会议上交流',
    },
    {
      code: 'appraisal',
      label: '党支部鉴定',
      rule: 'once',
      requirement: '党支部作出鉴定，报党校审核后归入干部个人档案',
    },
  ],
  volunteer: null,
  forms: [],
  rules: [],
  thresholds: null,
  quantifiedPercent: 80,
  source: '种子文件 004 办法二',
}

const rule = (
  form: 'leader' | 'member',
  category: string,
  code: string,
  label: string,
  points: number,
  unit: string,
): QuantifiedRule => ({ code: `${form}.${code}`, form, category, label, points, unit })

/** Seed 004, scheme 3 第六条: the rules of both forms with the seed's points. */
const SCHEME3_RULES: QuantifiedRule[] = [
  rule('leader', 'study', 'lecture', '未组织党课（缺一次扣1分）', -1, '次'),
  rule('leader', 'study', 'lectureHours', '党课少一个学时（扣0.5分）', -0.5, '学时'),
  rule('leader', 'study', 'notes', '学习笔记每少于1万字（扣1分）', -1, '万字'),
  rule('leader', 'study', 'noNotes', '没有学习笔记（扣3分）', -3, '次'),
  rule('leader', 'study', 'essays', '学习心得或理论文章缺一篇（扣1分）', -1, '篇'),
  rule('leader', 'study', 'cityTraining', '参加市党校培训并有心得体会（加3分）', 3, '次'),
  rule('leader', 'study', 'trainingNoEssay', '参加培训未撰写理论文章、党性锻炼材料（扣2分）', -2, '次'),
  rule('leader', 'study', 'visitSecretary', '组织参观学习（支部书记加2分）', 2, '次'),
  rule('leader', 'study', 'visitCommittee', '组织参观学习（支部委员加1分）', 1, '次'),
  rule('leader', 'orgLife', 'meeting', '少参加一次党员大会（扣0.5分）', -0.5, '次'),
  rule('leader', 'orgLife', 'noDevelopment', '支部未培养和发展新党员（扣2分）', -2, '次'),
  rule('leader', 'orgLife', 'lateConfirm', '超过党员转正期限三个月（扣1分）', -1, '次'),
  rule('leader', 'orgLife', 'groupMeeting', '党小组会议少一次（扣1分）', -1, '次'),
  rule('leader', 'orgLife', 'partyLecture', '少一次党课（扣0.5分）', -0.5, '次'),
  rule('leader', 'duties', 'passive', '执行上级决定消极应付（扣10分）', -10, '次'),
  rule('leader', 'duties', 'absent', '无故不参加干部学习及组织生活（每次扣3分）', -3, '次'),
  rule('leader', 'duties', 'noMechanism', '未建立党员干部教育管理长效机制（扣4分）', -4, '次'),
  rule('leader', 'duties', 'noMeasures', '思想政治工作无措施、无成效（扣3分）', -3, '次'),
  rule('leader', 'duties', 'noInnovation', '工作无创新、成效不明显（扣5分）', -5, '次'),
  rule('leader', 'duties', 'dues', '不积极交纳或不交党费（扣10分）', -10, '次'),
  rule('leader', 'duties', 'topSecretary', '年终考核前三名（支部书记加5分）', 5, '次'),
  rule('leader', 'duties', 'topCommittee', '年终考核前三名（支部委员加3分）', 3, '次'),
  rule('leader', 'duties', 'bottomSecretary', '年终考核后三名（支部书记扣5分）', -5, '次'),
  rule('leader', 'duties', 'bottomCommittee', '年终考核后三名（支部委员扣3分）', -3, '次'),
  rule('leader', 'review', 'narrow', '征求意见不广泛（扣3分）', -3, '次'),
  rule('leader', 'review', 'noSelfCheck', '没有思想自查总结或不深刻（扣4分）', -4, '次'),
  rule('leader', 'review', 'noPlan', '没有个人整改计划（扣3分）', -3, '次'),
  rule('leader', 'review', 'excellent', '民主评议为优秀格次（加3分）', 3, '次'),
  rule('leader', 'review', 'basic', '民主评议为基本合格（扣3分）', -3, '次'),
  rule('member', 'study', 'absent', '少参加一次支部组织的学习（扣1分）', -1, '次'),
  rule('member', 'study', 'hours', '每少一个学时（扣0.5分）', -0.5, '学时'),
  rule('member', 'study', 'notes', '学习笔记每少1万字（扣1分）', -1, '万字'),
  rule('member', 'study', 'noNotes', '没有学习笔记（扣3分）', -3, '次'),
  rule('member', 'study', 'essays', '理论文章缺一篇或字数不够（扣2分）', -2, '篇'),
  rule('member', 'study', 'training', '参加市、区学习培训或外出参观学习并有书面心得（加3分）', 3, '次'),
  rule('member', 'orgLife', 'absent', '少参加一次组织生活会（扣2分）', -2, '次'),
  rule('member', 'orgLife', 'absentNoReason', '无故不参加组织生活会（每次扣3分）', -3, '次'),
  rule('member', 'duties', 'unfinished', '完不成工作任务（扣5分）', -5, '次'),
  rule('member', 'duties', 'forUnit', '为单位办一件实事（加5分）', 5, '件'),
  rule('member', 'duties', 'forPeople', '为群众办一件实事（加3分）', 3, '件'),
  rule('member', 'duties', 'none', '年内办不成一件好事、实事（扣10分）', -10, '次'),
  rule('member', 'duties', 'model', '工作成绩突出，模范作用发挥好（加5分）', 5, '次'),
  rule('member', 'duties', 'notModel', '模范作用发挥不好（扣5分）', -5, '次'),
  rule('member', 'duties', 'dereliction', '工作中有失职情况（扣10分）', -10, '次'),
  rule('member', 'duties', 'advice', '提出合理化意见和建议（加2分）', 2, '条'),
  rule('member', 'duties', 'adopted', '意见建议被采纳实施（加5分）', 5, '条'),
  rule('member', 'duties', 'honourNational', '受到中央（或国家部委）表彰（加15分）', 15, '次'),
  rule('member', 'duties', 'honourProvince', '受到省级表彰（加10分）', 10, '次'),
  rule('member', 'duties', 'honourCity', '受到市级表彰（加5分）', 5, '次'),
  rule('member', 'duties', 'honourDistrict', '受到区级表彰（加3分）', 3, '次'),
  rule('member', 'review', 'narrow', '征求意见不广泛（扣5分）', -5, '次'),
  rule('member', 'review', 'noSelfCheck', '没有思想自查总结或不深刻（扣4分）', -4, '次'),
  rule('member', 'review', 'noPlan', '没有个人整改计划（扣5分）', -5, '次'),
  rule('member', 'review', 'excellent', '民主评议为优秀格次（加5分）', 5, '次'),
  rule('member', 'review', 'basic', '民主评议为基本合格（扣5分）', -5, '次'),
]

/** Category labels in simplified characters; codes and standards are quantified.ts's SCHEME3_FORMS. */
const CATEGORY_LABELS: Record<string, Record<string, string>> = {
  leader: { study: '理论学习', orgLife: '组织生活', duties: '岗位职责', review: '民主评议' },
  member: { study: '学习', orgLife: '组织生活', duties: '岗位职责', review: '民主评议' },
}
const FORM_LABELS = { leader: '党员领导干部', member: '普通党员' } as const

const SCHEME3: LedgerSchemeFields = {
  schemeId: 'builtin.quantified',
  version: 1,
  name: '党员目标管理百分制量化考核',
  kind: 'quantified',
  period: 'year',
  items: [],
  volunteer: null,
  forms: SCHEME3_FORMS.map((f) => ({
    code: f.code,
    label: FORM_LABELS[f.code],
    categories: f.categories.map((c) => ({ ...c, label: CATEGORY_LABELS[f.code]![c.code] ?? c.label })),
  })),
  rules: SCHEME3_RULES,
  thresholds: { ...DEFAULT_THRESHOLDS },
  quantifiedPercent: 80,
  source: '种子文件 004 办法三',
}

/** The three schemes of seed 004, as templates a school copies into its own schemes. */
export const LEDGER_TEMPLATES: readonly LedgerSchemeFields[] = [SCHEME1, SCHEME2, SCHEME3]

/** What an entry's `item` reads as: the label of a scheme item (scheme 1/2) or rule (scheme 3), by code. */
export function entryItemLabels(scheme: Pick<LedgerSchemeFields, 'items' | 'rules'>): Map<string, string> {
  return new Map([
    ...scheme.items.map((i) => [i.code, i.label] as const),
    ...scheme.rules.map((r) => [r.code, r.label] as const),
  ])
}

/** 以上/以下 as the scheme reads them, for display beside a result: "90分以上（含90分）". */
export function thresholdReading(t: z.infer<typeof thresholdsSchema>): {
  commend: string
  unqualified: string
} {
  return {
    commend: `${t.commend}分以上${t.commendInclusive ? `（含${t.commend}分，≥${t.commend}）` : `（不含${t.commend}分，>${t.commend}）`}表彰`,
    unqualified: `${t.unqualified}分以下${t.unqualifiedInclusive ? `（含${t.unqualified}分，≤${t.unqualified}）` : `（不含${t.unqualified}分，<${t.unqualified}）`}初步视为不合格`,
  }
}
