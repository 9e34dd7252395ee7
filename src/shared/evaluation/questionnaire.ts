import { z } from 'zod'

/**
 * A questionnaire as school data (seed 000 正文三(一): "每个班级结束后，相关科室下发评估问卷，由学员
 * 对班级管理工作进行具体评估"; seed 002: 组织员满意度测评 with the same machinery). Versioned like
 * the checklist templates: a record per version, id = `${questionnaireId}@${version}`; answers name
 * the version they were given on, so a later edit never changes what old answers meant.
 */
export const scalePointSchema = z.object({ value: z.number().int().min(0).max(10), label: z.string().min(1) })
export type ScalePoint = z.infer<typeof scalePointSchema>

export const questionSchema = z.object({
  /** Stable within the questionnaire: answers are keyed by it. */
  code: z.string().regex(/^[a-z][a-z0-9]*$/),
  section: z.string(),
  text: z.string().min(1),
  kind: z.enum(['rating', 'text']),
})
export type Question = z.infer<typeof questionSchema>

const questionnaireShape = z.object({
  questionnaireId: z.string().min(1),
  version: z.number().int().min(1),
  title: z.string().min(1),
  /** Rating scale, best first (5 很满意 … 1 很不满意). */
  scale: z.array(scalePointSchema).min(2),
  questions: z.array(questionSchema).min(1),
})
export const questionnaireRecordSchema = z.looseObject(questionnaireShape.shape)
export type QuestionnaireFields = z.infer<typeof questionnaireShape>

export function questionnaireKey(q: Pick<QuestionnaireFields, 'questionnaireId' | 'version'>): string {
  return `${q.questionnaireId}@${q.version}`
}

export const FIVE_POINT_SCALE: ScalePoint[] = [
  { value: 5, label: '很满意' },
  { value: 4, label: '满意' },
  { value: 3, label: '基本满意' },
  { value: 2, label: '不满意' },
  { value: 1, label: '很不满意' },
]

/** The default class evaluation: class management, the head teacher, teaching, 伙食, 住宿, free text. */
export const DEFAULT_CLASS_QUESTIONNAIRE: QuestionnaireFields = {
  questionnaireId: 'class-evaluation',
  version: 1,
  title: '学员对班级管理工作评估问卷',
  scale: FIVE_POINT_SCALE,
  questions: [
    { code: 'm1', section: '班级管理', kind: 'rating', text: '班级管理工作总体评价' },
    { code: 'm2', section: '班级管理', kind: 'rating', text: '学员考勤与纪律管理' },
    { code: 'm3', section: '班级管理', kind: 'rating', text: '临时党支部（班委）作用发挥' },
    { code: 'h1', section: '班主任', kind: 'rating', text: '班主任工作态度与服务' },
    { code: 'h2', section: '班主任', kind: 'rating', text: '班主任组织协调与沟通' },
    { code: 't1', section: '教学安排', kind: 'rating', text: '课程设置与教学内容' },
    { code: 't2', section: '教学安排', kind: 'rating', text: '教学形式与时间安排' },
    { code: 'l1', section: '后勤保障', kind: 'rating', text: '伙食' },
    { code: 'l2', section: '后勤保障', kind: 'rating', text: '住宿' },
    { code: 'f1', section: '意见建议', kind: 'text', text: '对本班次管理工作的意见和建议' },
  ],
}

/**
 * Seed 002 (二(二)): "落实学员评价入考核，在各毕业班次开展组织员满意度测评". The seed gives no form;
 * the questions below take its own words for what an organiser (组织员, the head teacher) is judged on:
 * 全身心工作、全过程跟课、全时段服务、全天候在位; the 五同 with students; 谈心谈话 in classrooms and
 * dormitories, 了解学员所思所想所盼; strict management (三(三)); the 五戒 of 廉洁自律 (三(一)). The
 * school edits them like any questionnaire.
 */
export const DEFAULT_SATISFACTION_QUESTIONNAIRE: QuestionnaireFields = {
  questionnaireId: 'organiser-satisfaction',
  version: 1,
  title: '组织员（班主任）满意度测评表',
  scale: FIVE_POINT_SCALE,
  questions: [
    {
      code: 's1',
      section: '工作作风',
      kind: 'rating',
      text: '全身心工作、全过程跟课、全时段服务、全天候在位',
    },
    {
      code: 's2',
      section: '工作作风',
      kind: 'rating',
      text: '与学员同吃、同住、同听课、同活动、同娱乐（“五同”）',
    },
    {
      code: 's3',
      section: '服务学员',
      kind: 'rating',
      text: '深入教室、宿舍与学员谈心谈话，了解学员所思所想所盼',
    },
    { code: 's4', section: '服务学员', kind: 'rating', text: '及时回应学员意见建议，帮助解决实际问题' },
    { code: 's5', section: '严格管理', kind: 'rating', text: '严格执行学员管理制度，考勤、纪律管理到位' },
    { code: 's6', section: '示范引领', kind: 'rating', text: '指导临时党支部开展学习交流，发挥示范作用' },
    { code: 's7', section: '廉洁自律', kind: 'rating', text: '廉洁自律（戒懒、戒浮、戒松、戒俗、戒虚）' },
    { code: 's8', section: '总体评价', kind: 'rating', text: '对本班组织员（班主任）的总体满意度' },
    { code: 'f1', section: '意见建议', kind: 'text', text: '对组织员（班主任）工作的意见和建议' },
  ],
}

/** The school's questionnaires before it edits any: the class evaluation and seed 002's 满意度测评. */
export const DEFAULT_QUESTIONNAIRES: readonly QuestionnaireFields[] = [
  DEFAULT_CLASS_QUESTIONNAIRE,
  DEFAULT_SATISFACTION_QUESTIONNAIRE,
]
export type QuestionnaireId = 'class-evaluation' | 'organiser-satisfaction'
export const QUESTIONNAIRE_IDS: readonly QuestionnaireId[] = ['class-evaluation', 'organiser-satisfaction']

export function defaultQuestionnaire(questionnaireId: string): QuestionnaireFields | undefined {
  return DEFAULT_QUESTIONNAIRES.find((q) => q.questionnaireId === questionnaireId)
}

/** The questionnaire id a version key names (`organiser-satisfaction@2` → `organiser-satisfaction`). */
export function questionnaireIdOf(key: string): string {
  return key.slice(0, key.lastIndexOf('@'))
}

/**
 * The version a class answers: the one its sheets were entered on (the newest, should a class have
 * sheets of two), so a later edit never changes a class's form halfway; a class with no sheet yet
 * takes the newest version.
 */
export function versionForClass(
  questionnaireId: string,
  latestVersion: number,
  sheetKeys: readonly string[],
): number {
  const used = sheetKeys
    .filter((k) => questionnaireIdOf(k) === questionnaireId)
    .map((k) => Number(k.slice(k.lastIndexOf('@') + 1)))
  return used.length ? Math.max(...used) : latestVersion
}

/** One anonymous answer sheet of a class: numbered, never named. id = `${classId}:${key}:${number}`. */
const questionnaireResponseShape = z.object({
  classId: z.string().min(1),
  /** questionnaireKey of the version answered. */
  questionnaire: z.string().min(1),
  /** The number printed on the blank sheet (or the row of an import). */
  number: z.number().int().min(1).max(10_000),
  /** Question code → scale value (rating) or text; unanswered questions are absent. */
  answers: z.record(z.string(), z.union([z.number().int(), z.string().max(5000)])),
  source: z.enum(['paper', 'import']),
})
export const questionnaireResponseRecordSchema = z.looseObject(questionnaireResponseShape.shape)
export type QuestionnaireResponseFields = z.infer<typeof questionnaireResponseShape>

export function responseId(classId: string, questionnaire: string, number: number): string {
  return `${classId}:${questionnaire}:${number}`
}

export function ratingQuestions(q: Pick<QuestionnaireFields, 'questions'>): Question[] {
  return q.questions.filter((x) => x.kind === 'rating')
}
